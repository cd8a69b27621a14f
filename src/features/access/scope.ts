// The request scope: who is asking and which schools they may read or write.
// Built on the server from the session and the database for every request,
// never from the client's input.
import type { SessionUser } from "@/features/identity/sessions";
import type { Db } from "@/server/prisma-client";
import { roleCan, type Capability, type Role, type SchoolRole } from "./policy";

export type RequestScope = {
  user: SessionUser;
  memberships: { establishmentId: string; uai: string; name: string; role: SchoolRole }[];
  inspectedAcademies: { id: string; code: string; name: string }[];
};

/** What the database's row-level security is told for one transaction. */
export type DataScope = {
  userId: string | null;
  isAdmin: boolean;
  readable: string[];
  /** The school whose steering work (organisation, grids…) may be written. */
  writable: string | null;
  /** The school whose team may be managed (memberships); null when none. */
  manageable?: string | null;
  /** The roles held on the school worked on, as "establishmentId=ROLE" (app.roles). */
  roles?: string[];
};

/** The memberships and assignments of a signed-in user (their own rows are always readable). */
export async function resolveScope(tx: Db, user: SessionUser): Promise<RequestScope> {
  // One read (every request makes it): the user's schools with the role held, and the académies inspected.
  const rows = await tx.$queryRaw<{ kind: "membership" | "academy"; id: string; code: string; name: string; role: SchoolRole | null }[]>`
    SELECT 'membership' AS kind, e.id, e.uai AS code, e.name, m.role::text AS role
    FROM memberships m JOIN establishments e ON e.id = m.establishment_id WHERE m.user_id = ${user.id}::uuid
    UNION ALL
    SELECT 'academy', a.id, a.code, a.name, NULL FROM inspector_assignments i JOIN academies a ON a.id = i.academy_id WHERE i.user_id = ${user.id}::uuid
    ORDER BY 4, 2`;
  return {
    user,
    memberships: rows
      .filter((r) => r.kind === "membership")
      .map((r) => ({ establishmentId: r.id, uai: r.code, name: r.name, role: r.role! })),
    inspectedAcademies: rows.filter((r) => r.kind === "academy").map((r) => ({ id: r.id, code: r.code, name: r.name })),
  };
}

/** Every role the scope holds on one school: its membership, inspection of its académie, admin. */
export function rolesOn(scope: RequestScope, establishment: { id: string; academyId: string }): Role[] {
  const found: Role[] = [];
  const membership = scope.memberships.find((m) => m.establishmentId === establishment.id);
  if (membership) found.push(membership.role);
  if (scope.inspectedAcademies.some((a) => a.id === establishment.academyId)) found.push("INSPECTOR");
  if (scope.user.isAdmin) found.push("ADMIN");
  return found;
}

export function canOn(
  scope: RequestScope,
  capability: Capability,
  establishment: { id: string; academyId: string },
): boolean {
  return rolesOn(scope, establishment).some((role) => roleCan(role, capability));
}

export function canOnPlatform(scope: RequestScope, capability: Capability): boolean {
  return scope.user.isAdmin && roleCan("ADMIN", capability);
}

/** The data scope of a request on one school: read it, and write it when the capability allows. */
export function schoolDataScope(
  scope: RequestScope,
  establishment: { id: string; academyId: string },
): DataScope {
  const readable = canOn(scope, "establishment.read", establishment) ? [establishment.id] : [];
  const writable = canOn(scope, "establishment.write", establishment) ? establishment.id : null;
  const manageable = canOn(scope, "members.manage", establishment) ? establishment.id : null;
  const roles = readable.length ? rolesOn(scope, establishment).map((role) => `${establishment.id}=${role}`) : [];
  return { userId: scope.user.id, isAdmin: false, readable, writable, manageable, roles };
}

/** The data scope of a platform administrator's work. */
export function adminDataScope(scope: RequestScope): DataScope {
  return { userId: scope.user.id, isAdmin: scope.user.isAdmin, readable: [], writable: null };
}

/** The data scope of a user acting only on their own account. */
export function personalDataScope(scope: RequestScope): DataScope {
  return { userId: scope.user.id, isAdmin: false, readable: [], writable: null };
}

/** The data scope of an académie's overview: read every school of it (inspectors and admins only). */
export function academyDataScope(scope: RequestScope, academy: { id: string }, establishmentIds: string[]): DataScope {
  const allowed = scope.user.isAdmin || scope.inspectedAcademies.some((a) => a.id === academy.id);
  return { userId: scope.user.id, isAdmin: false, readable: allowed ? establishmentIds : [], writable: null };
}
