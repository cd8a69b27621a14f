import type { RequestScope } from "@/features/access/scope";
import { resolveScope } from "@/features/access/scope";
import { openSession } from "@/features/identity/sessions";
import type { MembershipRole } from "@/generated/prisma/enums";
import type { Db } from "@/server/prisma-client";
import { runInScope } from "@/server/scoped-transaction";
import type { PrismaClient } from "@/generated/prisma/client";
import { nextSequence } from "./sequence";

export type UserData = { email: string; name: string; isAdmin?: boolean; passwordHash?: string | null };

export function buildUser(overrides: Partial<UserData> = {}): UserData {
  const n = nextSequence();
  return { email: `personne.${n}@ac-test.example`, name: `Personne ${n}`, ...overrides };
}

export async function insertUser(
  db: Db,
  overrides: Partial<UserData> & {
    memberships?: { establishmentId: string; role: MembershipRole }[];
    inspects?: string[];
    disabled?: boolean;
  } = {},
) {
  const { memberships = [], inspects = [], disabled, ...data } = overrides;
  return db.user.create({
    data: {
      ...buildUser(data),
      disabledAt: disabled ? new Date() : null,
      memberships: { create: memberships },
      inspectorAssignments: { create: inspects.map((academyId) => ({ academyId })) },
    },
  });
}

/** The scope the server would resolve for this user's request, built the same way. */
export async function scopeOf(client: PrismaClient, userId: string): Promise<RequestScope> {
  const user = await client.user.findUniqueOrThrow({ where: { id: userId } });
  const session = await openSession(client, { userId, method: "password" });
  const sessionUser = { sessionId: session.id, id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin };
  return runInScope(client, { userId, isAdmin: false, readable: [], writable: null }, (tx) => resolveScope(tx, sessionUser));
}
