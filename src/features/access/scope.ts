// The request scope: who is asking and which schools they may read or write.
// Built on the server from the session and the database for every request,
// never from the client's input.
import type { SessionUser } from "@/features/identity/sessions";
import type { Db } from "@/server/prisma-client";
import { roleCan, type Capability, type Role, type SchoolRole } from "./policy";

export type RequestScope = {
  user: SessionUser;
  memberships: { establishmentId: string; academyId: string; uai: string; name: string; role: SchoolRole }[];
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

type SessionScopeRow = {
  user_id: string;
  user_email: string;
  user_name: string;
  user_is_admin: boolean;
  entry_kind: "membership" | "academy" | null;
  entry_id: string | null;
  entry_code: string | null;
  entry_name: string | null;
  entry_role: SchoolRole | null;
  entry_academy_id: string | null;
};

/**
 * The scope of the user behind a session, in one statement (every request
 * makes it): null unless the session is open and unexpired and the account
 * enabled. Memberships are read under the user's own row-level
 * security (see app_session_scope).
 */
export async function findSessionScope(db: Db, sessionId: string): Promise<RequestScope | null> {
  const rows = await db.$queryRaw<SessionScopeRow[]>`SELECT * FROM app_session_scope(${sessionId}::uuid)`;
  const first = rows[0];
  if (!first) return null;
  return {
    user: { sessionId, id: first.user_id, email: first.user_email, name: first.user_name, isAdmin: first.user_is_admin },
    memberships: rows
      .filter((r) => r.entry_kind === "membership")
      .map((r) => ({ establishmentId: r.entry_id!, academyId: r.entry_academy_id!, uai: r.entry_code!, name: r.entry_name!, role: r.entry_role! })),
    inspectedAcademies: rows.filter((r) => r.entry_kind === "academy").map((r) => ({ id: r.entry_id!, code: r.entry_code!, name: r.entry_name! })),
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
