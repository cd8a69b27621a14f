// A small world for the isolation matrix: two académies, three schools, and a
// persona for every role. School A and B share académie X; C is in académie Y.
import type { RequestScope } from "@/features/access/scope";
import type { PrismaClient } from "@/generated/prisma/client";
import { insertAcademy, insertEstablishment, insertUser, scopeOf } from "../factories";

export const personas = [
  "coordinator of A",
  "teacher of A",
  "principal of A",
  "inspector of X",
  "inspector of Y",
  "admin",
  "disabled user",
  "anonymous",
] as const;
export type Persona = (typeof personas)[number];

export const schools = ["A", "B", "C"] as const;
export type SchoolName = (typeof schools)[number];

export type World = {
  academies: { X: { id: string; code: string }; Y: { id: string; code: string } };
  schools: Record<SchoolName, { id: string; uai: string; name: string; academyId: string }>;
  users: Record<Exclude<Persona, "anonymous">, { id: string; email: string }>;
  /** A framework of the platform (the 2019 reform), for its administration page. */
  frameworkId: string;
  /** A sheet of the question bank (version 1 of the three-strand grid). */
  sheetId: string;
  /** The scope the server resolves for each persona's request: null when it is not signed in (or disabled). */
  scopes: Record<Persona, RequestScope | null>;
};

/** Builds the world; with a password hash, every persona can also sign in through the browser. */
export async function buildWorld(db: PrismaClient, options: { passwordHash?: string } = {}): Promise<World> {
  const passwordHash = options.passwordHash ?? null;
  const X = await insertAcademy(db);
  const Y = await insertAcademy(db);
  const A = await insertEstablishment(db, { academyId: X.id });
  const B = await insertEstablishment(db, { academyId: X.id });
  const C = await insertEstablishment(db, { academyId: Y.id });
  const users = {
    "coordinator of A": await insertUser(db, { passwordHash, memberships: [{ establishmentId: A.id, role: "COORDINATOR" }] }),
    "teacher of A": await insertUser(db, { passwordHash, memberships: [{ establishmentId: A.id, role: "TEACHER" }] }),
    "principal of A": await insertUser(db, { passwordHash, memberships: [{ establishmentId: A.id, role: "PRINCIPAL" }] }),
    "inspector of X": await insertUser(db, { passwordHash, inspects: [X.id] }),
    "inspector of Y": await insertUser(db, { passwordHash, inspects: [Y.id] }),
    admin: await insertUser(db, { passwordHash, isAdmin: true }),
    "disabled user": await insertUser(db, {
      passwordHash,
      // Disabled after signing in when a password is given (browser tests), from the start otherwise.
      disabled: passwordHash === null,
      memberships: [{ establishmentId: A.id, role: "PRINCIPAL" }],
    }),
  };
  const scopes = {} as Record<Persona, RequestScope | null>;
  for (const persona of personas) {
    scopes[persona] =
      persona === "anonymous" || persona === "disabled user" ? null : await scopeOf(db, users[persona].id);
  }
  const school = (e: typeof A) => ({ id: e.id, uai: e.uai, name: e.name, academyId: e.academyId });
  const framework = await db.framework.findFirstOrThrow({ where: { code: "TVP-2019" }, select: { id: true } });
  const sheet = await db.gridSheet.findUniqueOrThrow({ where: { key_version: { key: "tvp-three-strands", version: 1 } }, select: { id: true } });
  return {
    frameworkId: framework.id,
    sheetId: sheet.id,
    academies: { X: { id: X.id, code: X.code }, Y: { id: Y.id, code: Y.code } },
    schools: { A: school(A), B: school(B), C: school(C) },
    users,
    scopes,
  };
}
