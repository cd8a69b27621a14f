import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { canOn, canOnPlatform, findSessionScope, schoolDataScope, type DataScope, type RequestScope } from "@/features/access/scope";
import type { Capability } from "@/features/access/policy";
import type { SessionUser } from "@/features/identity/sessions";
import type { EstablishmentKind } from "@/generated/prisma/enums";
import { uaiFromSegment } from "@/lib/uai";
import { db } from "./db";
import { currentSessionId } from "./session-id";

// Every page and every action calls one of these itself: a layout's check is
// never enough, since Next.js renders a page without re-running its layout.

/** The signed-in user's scope for this request, checked against the database (open session, enabled account): one read. */
export const currentScope = cache(async (): Promise<RequestScope | null> => {
  const sessionId = await currentSessionId();
  return sessionId ? findSessionScope(db(), sessionId) : null;
});

/** The signed-in user of this request, or null. */
export const currentUser = cache(async (): Promise<SessionUser | null> => (await currentScope())?.user ?? null);

/** The scope of a signed-in user; anyone else goes to the sign-in page, and comes back here after. */
export async function requireScope(): Promise<RequestScope> {
  const scope = await currentScope();
  if (!scope) {
    const path = (await headers()).get("x-request-path");
    redirect(path && path !== "/" ? `/connexion?retour=${encodeURIComponent(path)}` : "/connexion");
  }
  return scope;
}

const findEstablishment = cache(async (segment: string) => {
  const uai = uaiFromSegment(segment);
  if (!uai) return null;
  // One read (every school page makes it): the school and its académie.
  const [row] = await db().$queryRaw<
    { id: string; uai: string; name: string; city: string; kind: EstablishmentKind; academy_id: string; academy_code: string; academy_name: string }[]
  >`SELECT e.id, e.uai, e.name, e.city, e.kind, e.academy_id, a.code AS academy_code, a.name AS academy_name
    FROM establishments e JOIN academies a ON a.id = e.academy_id WHERE e.uai = ${uai}`;
  return row
    ? { id: row.id, uai: row.uai, name: row.name, city: row.city, kind: row.kind, academyId: row.academy_id, academy: { code: row.academy_code, name: row.academy_name } }
    : null;
});

export type SchoolAccess = {
  scope: RequestScope;
  establishment: NonNullable<Awaited<ReturnType<typeof findEstablishment>>>;
  data: DataScope;
};

/** A school page: the school must exist and the user hold the capability on it; otherwise 404, alike. */
export async function requireSchool(segment: string, capability: Capability): Promise<SchoolAccess> {
  const scope = await requireScope();
  const establishment = await findEstablishment(segment);
  if (!establishment || !canOn(scope, capability, establishment)) notFound();
  return { scope, establishment, data: schoolDataScope(scope, establishment) };
}

/** A platform administration page. */
export async function requirePlatform(capability: Capability): Promise<RequestScope> {
  const scope = await requireScope();
  if (!canOnPlatform(scope, capability)) notFound();
  return scope;
}

/** An académie's overview: its inspectors and the platform's administrators. */
export async function requireAcademy(code: string) {
  const scope = await requireScope();
  const academy = /^[0-9A-Z]{1,3}$/.test(code)
    ? await db().academy.findUnique({ where: { code }, select: { id: true, code: true, name: true } })
    : null;
  const allowed = academy && (scope.user.isAdmin || scope.inspectedAcademies.some((a) => a.id === academy.id));
  if (!allowed) notFound();
  return { scope, academy };
}
