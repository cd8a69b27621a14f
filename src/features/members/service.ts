import { recordAudit } from "@/features/audit/record";
import { ConflictError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import type { AddMemberInput, ChangeMemberRoleInput, RemoveMemberInput } from "./schemas";

// A school's team. The caller runs these in the school's data scope, whose
// row-level security lets only that school's rows be written; the manager's
// own right is checked again inside each statement.

type Actor = { userId: string; isAdmin: boolean };

/** Schools the actor may manage: any for an admin, else those where the actor is principal (checked in the statement itself). */
function managedSchools(actor: Actor) {
  return actor.isAdmin ? {} : { memberships: { some: { userId: actor.userId, role: "PRINCIPAL" as const } } };
}

/** Memberships the actor may change: those of the schools it manages. */
function managedBy(actor: Actor) {
  return { establishment: managedSchools(actor) };
}

/** Adds a person to the school: an existing account by its email, or a new one (without password: SSO or an admin sets one). */
export async function addMember(tx: Db, actor: Actor, input: AddMemberInput) {
  const allowed = await tx.establishment.count({ where: { id: input.establishmentId, ...managedSchools(actor) } });
  if (!allowed) throw new NotFoundError();
  const user =
    (await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true } })) ??
    (await tx.user.create({ data: { email: input.email, name: input.name }, select: { id: true, name: true } }));
  const existing = await tx.membership.findUnique({
    where: { establishmentId_userId: { establishmentId: input.establishmentId, userId: user.id } },
  });
  if (existing) throw new ConflictError(`${user.name} fait déjà partie de l'équipe.`);
  await tx.membership.create({ data: { establishmentId: input.establishmentId, userId: user.id, role: input.role } });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "membership.create",
    entity: "membership",
    entityId: user.id,
    summary: { email: input.email, role: input.role },
  });
  return user;
}

export async function changeMemberRole(tx: Db, actor: Actor, input: ChangeMemberRoleInput) {
  const before = await tx.membership.findUnique({
    where: { establishmentId_userId: { establishmentId: input.establishmentId, userId: input.userId } },
    select: { role: true },
  });
  if (!before) throw new NotFoundError("Ce membre ne fait pas partie de l'équipe.");
  if (input.userId === actor.userId && before.role === "PRINCIPAL" && input.role !== "PRINCIPAL") {
    throw new ConflictError("Vous ne pouvez pas retirer votre propre rôle de chef d'établissement.");
  }
  const { count } = await tx.membership.updateMany({
    where: { establishmentId: input.establishmentId, userId: input.userId, ...managedBy(actor) },
    data: { role: input.role },
  });
  if (count === 0) throw new NotFoundError();
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "membership.update",
    entity: "membership",
    entityId: input.userId,
    summary: { before: { role: before.role }, after: { role: input.role } },
  });
}

export async function removeMember(tx: Db, actor: Actor, input: RemoveMemberInput) {
  if (input.userId === actor.userId && !actor.isAdmin) {
    throw new ConflictError("Vous ne pouvez pas vous retirer vous-même de l'équipe.");
  }
  const before = await tx.membership.findUnique({
    where: { establishmentId_userId: { establishmentId: input.establishmentId, userId: input.userId } },
    select: { role: true, user: { select: { email: true } } },
  });
  if (!before) throw new NotFoundError("Ce membre ne fait pas partie de l'équipe.");
  const { count } = await tx.membership.deleteMany({
    where: { establishmentId: input.establishmentId, userId: input.userId, ...managedBy(actor) },
  });
  if (count === 0) throw new NotFoundError();
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "membership.delete",
    entity: "membership",
    entityId: input.userId,
    summary: { before: { role: before.role, email: before.user.email } },
  });
}
