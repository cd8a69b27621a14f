import { recordAudit } from "@/features/audit/record";
import { createEstablishment as insertEstablishment } from "@/features/establishments/service";
import { passwordProblem } from "@/features/identity/password-policy";
import { hashPassword } from "@/features/identity/passwords";
import { ConflictError, InvalidInputError, isUniqueViolation, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import type {
  AddMembershipInput,
  CreateAcademyInput,
  CreateEstablishmentInput,
  CreateUserInput,
  InspectorAssignmentInput,
  RemoveMembershipInput,
  SetUserPasswordInput,
  UpdateAcademyInput,
  UpdateEstablishmentInput,
  UpdateUserInput,
  UserRefInput,
} from "./schemas";

// The platform administration: académies, schools, accounts and their rights.
// The caller runs these in the administrator's data scope (row-level security
// lets an administrator write every school's memberships); each function
// checks the actor again and writes its one audit row in the same transaction.

export type Actor = { userId: string; isAdmin: boolean };

function requireAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw new NotFoundError();
}

/** Runs a write; a unique violation becomes a Conflict with the given French message. */
async function unique<T>(write: () => Promise<T>, message: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(message);
    throw error;
  }
}

const academyFields = { id: true, code: true, name: true } as const;

async function academyClash(tx: Db, input: { code: string; name: string }, exceptId?: string) {
  const clash = await tx.academy.findFirst({
    where: { OR: [{ code: input.code }, { name: input.name }], ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: academyFields,
  });
  if (!clash) return;
  throw new ConflictError(
    clash.code === input.code
      ? `Le code ${input.code} est déjà celui de l'académie de ${clash.name}.`
      : `Une académie s'appelle déjà ${input.name}.`,
  );
}

export async function createAcademy(tx: Db, actor: Actor, input: CreateAcademyInput) {
  requireAdmin(actor);
  await academyClash(tx, input);
  const academy = await unique(
    () => tx.academy.create({ data: { code: input.code, name: input.name }, select: academyFields }),
    "Une académie utilise déjà ce code ou ce nom.",
  );
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "academy.create",
    entity: "academy",
    entityId: academy.id,
    summary: { code: academy.code, name: academy.name },
  });
  return academy;
}

export async function updateAcademy(tx: Db, actor: Actor, input: UpdateAcademyInput) {
  requireAdmin(actor);
  const before = await tx.academy.findUnique({ where: { id: input.academyId }, select: academyFields });
  if (!before) throw new NotFoundError("Cette académie n'existe pas.");
  await academyClash(tx, input, input.academyId);
  const after = await unique(
    () => tx.academy.update({ where: { id: input.academyId }, data: { code: input.code, name: input.name }, select: academyFields }),
    "Une académie utilise déjà ce code ou ce nom.",
  );
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "academy.update",
    entity: "academy",
    entityId: after.id,
    summary: { before: { code: before.code, name: before.name }, after: { code: after.code, name: after.name } },
  });
  return after;
}

const establishmentFields = { id: true, uai: true, name: true, city: true, kind: true, academy: { select: { code: true } } } as const;

/** A new school, validated by the establishments' own rules (UAI check letter included). */
export async function createEstablishment(tx: Db, actor: Actor, input: CreateEstablishmentInput) {
  requireAdmin(actor);
  const created = await insertEstablishment({ db: tx, input });
  const school = await tx.establishment.findUniqueOrThrow({ where: { id: created.id }, select: establishmentFields });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: school.id,
    action: "establishment.create",
    entity: "establishment",
    entityId: school.id,
    summary: { uai: school.uai, name: school.name, city: school.city, kind: school.kind, academy: school.academy.code },
  });
  return { id: school.id, uai: school.uai };
}

export async function updateEstablishment(tx: Db, actor: Actor, input: UpdateEstablishmentInput) {
  requireAdmin(actor);
  const before = await tx.establishment.findUnique({ where: { id: input.establishmentId }, select: establishmentFields });
  if (!before) throw new NotFoundError("Cet établissement n'existe pas.");
  const academy = await tx.academy.findUnique({ where: { id: input.academyId }, select: { id: true } });
  if (!academy) throw new InvalidInputError({ academyId: ["L'académie est inconnue."] });
  const after = await tx.establishment.update({
    where: { id: input.establishmentId },
    data: { name: input.name, city: input.city, kind: input.kind, academyId: input.academyId },
    select: establishmentFields,
  });
  const summarize = (s: typeof before) => ({ name: s.name, city: s.city, kind: s.kind, academy: s.academy.code });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: after.id,
    action: "establishment.update",
    entity: "establishment",
    entityId: after.id,
    summary: { uai: after.uai, before: summarize(before), after: summarize(after) },
  });
  return { id: after.id, uai: after.uai };
}

const EMAIL_TAKEN = "Un compte utilise déjà cette adresse.";

function checkPassword(password: string, email: string, field: string): void {
  const problem = passwordProblem(password, { email });
  if (problem) throw new InvalidInputError({ [field]: [problem] });
}

/** A new account; without a password, the person signs in through the académie's SSO until one is set. */
export async function createUser(tx: Db, actor: Actor, input: CreateUserInput) {
  requireAdmin(actor);
  if (input.password) checkPassword(input.password, input.email, "password");
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const user = await unique(
    () =>
      tx.user.create({
        data: { email: input.email, name: input.name, isAdmin: input.isAdmin, passwordHash },
        select: { id: true, email: true, name: true, isAdmin: true },
      }),
    EMAIL_TAKEN,
  );
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "user.create",
    entity: "user",
    entityId: user.id,
    summary: { email: user.email, name: user.name, isAdmin: user.isAdmin, password: passwordHash !== null },
  });
  return user;
}

const accountFields = { id: true, email: true, name: true, isAdmin: true, disabledAt: true, updatedAt: true } as const;

async function findAccount(tx: Db, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: accountFields });
  if (!user) throw new NotFoundError("Ce compte n'existe pas.");
  return user;
}

export async function updateUser(tx: Db, actor: Actor, input: UpdateUserInput) {
  requireAdmin(actor);
  const before = await findAccount(tx, input.userId);
  if (input.userId === actor.userId && before.isAdmin && !input.isAdmin) {
    throw new ConflictError("Vous ne pouvez pas retirer votre propre droit d'administration.");
  }
  const { count } = await unique(
    () =>
      tx.user.updateMany({
        where: { id: input.userId, updatedAt: new Date(input.version) },
        data: { email: input.email, name: input.name, isAdmin: input.isAdmin },
      }),
    EMAIL_TAKEN,
  );
  if (count === 0) {
    throw new ConflictError(
      `Ce compte a été modifié entre-temps (il s'appelle maintenant ${before.name}, ${before.email}) : rechargez la page avant d'enregistrer.`,
    );
  }
  const pick = (u: { email: string; name: string; isAdmin: boolean }) => ({ email: u.email, name: u.name, isAdmin: u.isAdmin });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "user.update",
    entity: "user",
    entityId: input.userId,
    summary: { before: pick(before), after: pick(input) },
  });
}

/** Disables an account and revokes every session it has open: a stolen cookie stops working at once. */
export async function disableUser(tx: Db, actor: Actor, input: UserRefInput) {
  requireAdmin(actor);
  if (input.userId === actor.userId) throw new ConflictError("Vous ne pouvez pas désactiver votre propre compte.");
  const user = await findAccount(tx, input.userId);
  if (user.disabledAt) throw new ConflictError("Ce compte est déjà désactivé.");
  const now = new Date();
  await tx.user.update({ where: { id: input.userId }, data: { disabledAt: now } });
  const { count } = await tx.userSession.updateMany({
    where: { userId: input.userId, revokedAt: null },
    data: { revokedAt: now },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "user.disable",
    entity: "user",
    entityId: input.userId,
    summary: { email: user.email, revokedSessions: count },
  });
  return { revokedSessions: count };
}

export async function enableUser(tx: Db, actor: Actor, input: UserRefInput) {
  requireAdmin(actor);
  const user = await findAccount(tx, input.userId);
  if (!user.disabledAt) throw new ConflictError("Ce compte est déjà actif.");
  await tx.user.update({ where: { id: input.userId }, data: { disabledAt: null } });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "user.enable",
    entity: "user",
    entityId: input.userId,
    summary: { email: user.email },
  });
}

/** Sets a new password for someone; the audit row says that it changed, never what it is. */
export async function setUserPassword(tx: Db, actor: Actor, input: SetUserPasswordInput) {
  requireAdmin(actor);
  const user = await findAccount(tx, input.userId);
  checkPassword(input.password, user.email, "password");
  if (input.password !== input.confirmation) {
    throw new InvalidInputError({ confirmation: ["La confirmation ne correspond pas au mot de passe."] });
  }
  await tx.user.update({ where: { id: input.userId }, data: { passwordHash: await hashPassword(input.password) } });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "user.password",
    entity: "user",
    entityId: input.userId,
    summary: { email: user.email, by: "admin" },
  });
}

async function findSchool(tx: Db, establishmentId: string) {
  const school = await tx.establishment.findUnique({ where: { id: establishmentId }, select: { id: true, uai: true, name: true } });
  if (!school) throw new NotFoundError("Cet établissement n'existe pas.");
  return school;
}

export async function addMembership(tx: Db, actor: Actor, input: AddMembershipInput) {
  requireAdmin(actor);
  const user = await findAccount(tx, input.userId);
  const school = await findSchool(tx, input.establishmentId);
  await unique(
    () => tx.membership.create({ data: { userId: user.id, establishmentId: school.id, role: input.role } }),
    `${user.name} fait déjà partie de l'équipe de ${school.name} : retirez-l'y d'abord pour changer son rôle.`,
  );
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: school.id,
    action: "membership.create",
    entity: "membership",
    entityId: user.id,
    summary: { email: user.email, uai: school.uai, role: input.role },
  });
}

export async function removeMembership(tx: Db, actor: Actor, input: RemoveMembershipInput) {
  requireAdmin(actor);
  const before = await tx.membership.findUnique({
    where: { establishmentId_userId: { establishmentId: input.establishmentId, userId: input.userId } },
    select: { role: true, user: { select: { email: true } }, establishment: { select: { uai: true } } },
  });
  if (!before) throw new NotFoundError("Cette personne ne fait pas partie de l'équipe de cet établissement.");
  await tx.membership.delete({
    where: { establishmentId_userId: { establishmentId: input.establishmentId, userId: input.userId } },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "membership.delete",
    entity: "membership",
    entityId: input.userId,
    summary: { before: { email: before.user.email, uai: before.establishment.uai, role: before.role } },
  });
}

export async function assignInspector(tx: Db, actor: Actor, input: InspectorAssignmentInput) {
  requireAdmin(actor);
  const user = await findAccount(tx, input.userId);
  const academy = await tx.academy.findUnique({ where: { id: input.academyId }, select: academyFields });
  if (!academy) throw new NotFoundError("Cette académie n'existe pas.");
  await unique(
    () => tx.inspectorAssignment.create({ data: { userId: user.id, academyId: academy.id } }),
    `${user.name} est déjà inspecteur de l'académie de ${academy.name}.`,
  );
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "inspector.assign",
    entity: "inspector_assignment",
    entityId: user.id,
    summary: { email: user.email, academy: academy.code },
  });
}

export async function unassignInspector(tx: Db, actor: Actor, input: InspectorAssignmentInput) {
  requireAdmin(actor);
  const before = await tx.inspectorAssignment.findUnique({
    where: { userId_academyId: { userId: input.userId, academyId: input.academyId } },
    select: { user: { select: { email: true } }, academy: { select: { code: true } } },
  });
  if (!before) throw new NotFoundError("Cette personne n'est pas inspecteur de cette académie.");
  await tx.inspectorAssignment.delete({ where: { userId_academyId: { userId: input.userId, academyId: input.academyId } } });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "inspector.unassign",
    entity: "inspector_assignment",
    entityId: input.userId,
    summary: { before: { email: before.user.email, academy: before.academy.code } },
  });
}
