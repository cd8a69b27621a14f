import { recordAudit } from "@/features/audit/record";
import { STALE_EDIT, isCurrentVersion } from "@/lib/versions";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import { groupConflicts, type GroupState } from "./slots";
import type { CreateGroupInput, DeleteGroupInput, SaveCompositionInput, SetMembersInput, UpdateGroupInput } from "./schemas";

type Actor = { userId: string };

/**
 * Locks the period's row: every change to the groups of one period runs one
 * after the other, so that two saves cannot both pass the checks of
 * double booking and capacity. Returns the period, or NotFound.
 */
async function lockPeriod(tx: Db, establishmentId: string, periodId: string) {
  const rows = await tx.$queryRaw<{ id: string; school_year: number; kind: string; name: string }[]>`
    SELECT id, school_year, kind::text AS kind, name FROM periods
    WHERE establishment_id = ${establishmentId}::uuid AND id = ${periodId}::uuid FOR UPDATE`;
  const period = rows[0];
  if (!period) throw new NotFoundError("Cette période n'existe plus.");
  if (period.kind !== "TEACHING") throw new InvalidInputError({ periodId: ["Aucun groupe ne se réunit pendant les vacances."] });
  return { id: period.id, schoolYear: period.school_year, name: period.name };
}

async function checkScheme(tx: Db, establishmentId: string, schemeId: string, schoolYear: number) {
  const scheme = await tx.scheme.findUnique({ where: { establishmentId_id: { establishmentId, id: schemeId } }, select: { schoolYear: true } });
  if (!scheme || scheme.schoolYear !== schoolYear) throw new InvalidInputError({ schemeId: ["Choisissez un dispositif de l'année de la période."] });
}

async function checkTeachers(tx: Db, establishmentId: string, teacherIds: readonly string[]) {
  if (teacherIds.length === 0) return;
  const found = await tx.membership.count({ where: { establishmentId, userId: { in: [...teacherIds] } } });
  if (found !== new Set(teacherIds).size) throw new InvalidInputError({ teacherIds: ["Les professeurs doivent être membres de l'établissement."] });
}

async function checkPupils(tx: Db, establishmentId: string, pupilIds: readonly string[], schoolYear: number) {
  const unique = [...new Set(pupilIds)];
  if (unique.length !== pupilIds.length) throw new InvalidInputError({ members: ["Un élève figure deux fois dans la liste."] });
  if (unique.length === 0) return;
  const found = await tx.pupil.count({ where: { establishmentId, schoolYear, id: { in: unique } } });
  if (found !== unique.length) throw new InvalidInputError({ members: ["Un élève n'existe plus ou n'est pas de cette année : rechargez la page."] });
}

/**
 * Checks the rules of the period's groups after a change, inside its
 * transaction (the period is locked): a refusal rolls the change back.
 */
async function assertPeriodRules(tx: Db, establishmentId: string, periodId: string, touched: ReadonlySet<string>) {
  const groups = await tx.needGroup.findMany({
    where: { establishmentId, periodId },
    select: {
      id: true,
      name: true,
      weekday: true,
      startMinute: true,
      endMinute: true,
      firstWeek: true,
      lastWeek: true,
      room: true,
      capacity: true,
      teachers: { select: { userId: true } },
      members: { select: { pupilId: true } },
    },
  });
  const states: GroupState[] = groups.map((g) => ({
    id: g.id,
    name: g.name,
    slot: { weekday: g.weekday, startMinute: g.startMinute, endMinute: g.endMinute, firstWeek: g.firstWeek, lastWeek: g.lastWeek },
    room: g.room,
    capacity: g.capacity,
    teacherIds: g.teachers.map((t) => t.userId),
    pupilIds: g.members.map((m) => m.pupilId),
  }));
  const pupilNames = new Map<string, string>();
  const teacherNames = new Map<string, string>();
  const firstPass = groupConflicts(states, touched, { pupil: (id) => id, teacher: (id) => id });
  if (firstPass.length === 0) return;
  // Only now fetch the names the messages need.
  const touchedStates = states.filter((s) => touched.has(s.id));
  const pupilIds = [...new Set(touchedStates.flatMap((s) => s.pupilIds))];
  const teacherIds = [...new Set(touchedStates.flatMap((s) => s.teacherIds))];
  const [pupils, users] = await Promise.all([
    tx.pupil.findMany({ where: { establishmentId, id: { in: pupilIds } }, select: { id: true, firstName: true, lastName: true } }),
    tx.user.findMany({ where: { id: { in: teacherIds } }, select: { id: true, name: true } }),
  ]);
  for (const p of pupils) pupilNames.set(p.id, `${p.firstName} ${p.lastName}`);
  for (const u of users) teacherNames.set(u.id, u.name);
  const messages = groupConflicts(states, touched, {
    pupil: (id) => pupilNames.get(id) ?? "Un élève",
    teacher: (id) => teacherNames.get(id) ?? "Un professeur",
  });
  throw new ConflictError(messages.join(" "));
}

const slotData = (input: { weekday: number; startTime: number; endTime: number; firstWeek: number | null; lastWeek: number | null }) => ({
  weekday: input.weekday,
  startMinute: input.startTime,
  endMinute: input.endTime,
  firstWeek: input.firstWeek,
  lastWeek: input.lastWeek,
});

export async function createGroup(tx: Db, actor: Actor, input: CreateGroupInput) {
  const period = await lockPeriod(tx, input.establishmentId, input.periodId);
  await checkScheme(tx, input.establishmentId, input.schemeId, period.schoolYear);
  await checkTeachers(tx, input.establishmentId, input.teacherIds);
  const group = await tx.needGroup.create({
    data: {
      establishmentId: input.establishmentId,
      periodId: input.periodId,
      schemeId: input.schemeId,
      name: input.name,
      kind: input.kind,
      focus: input.focus,
      ...slotData(input),
      room: input.room,
      capacity: input.capacity,
      plannedHours: input.plannedHours,
      teachers: { create: input.teacherIds.map((userId) => ({ userId })) },
    },
    select: { id: true },
  });
  await assertPeriodRules(tx, input.establishmentId, input.periodId, new Set([group.id]));
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "group.create",
    entity: "need_group",
    entityId: group.id,
    summary: { name: input.name, kind: input.kind, period: period.name },
  });
  return group;
}

async function findGroup(tx: Db, establishmentId: string, groupId: string) {
  const group = await tx.needGroup.findUnique({
    where: { establishmentId_id: { establishmentId, id: groupId } },
    select: { id: true, periodId: true, name: true, updatedAt: true, period: { select: { schoolYear: true } } },
  });
  if (!group) throw new NotFoundError("Ce groupe n'existe plus.");
  return group;
}

export async function updateGroup(tx: Db, actor: Actor, input: UpdateGroupInput) {
  const before = await findGroup(tx, input.establishmentId, input.groupId);
  if (before.periodId !== input.periodId) throw new InvalidInputError({ periodId: ["Un groupe ne change pas de période : créez-en un pour la période voulue."] });
  const period = await lockPeriod(tx, input.establishmentId, input.periodId);
  await checkScheme(tx, input.establishmentId, input.schemeId, period.schoolYear);
  await checkTeachers(tx, input.establishmentId, input.teacherIds);
  if (!isCurrentVersion(before.updatedAt, input.version)) throw new ConflictError(STALE_EDIT);
  const { count } = await tx.needGroup.updateMany({
    where: { establishmentId: input.establishmentId, id: input.groupId, updatedAt: before.updatedAt },
    data: {
      schemeId: input.schemeId,
      name: input.name,
      kind: input.kind,
      focus: input.focus,
      ...slotData(input),
      room: input.room,
      capacity: input.capacity,
      plannedHours: input.plannedHours,
      updatedAt: new Date(),
    },
  });
  if (count === 0) throw new ConflictError(STALE_EDIT);
  await tx.needGroupTeacher.deleteMany({ where: { establishmentId: input.establishmentId, groupId: input.groupId } });
  await tx.needGroupTeacher.createMany({ data: input.teacherIds.map((userId) => ({ establishmentId: input.establishmentId, groupId: input.groupId, userId })) });
  await assertPeriodRules(tx, input.establishmentId, input.periodId, new Set([input.groupId]));
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "group.update",
    entity: "need_group",
    entityId: input.groupId,
    summary: { before: before.name, name: input.name },
  });
}

export async function deleteGroup(tx: Db, actor: Actor, input: DeleteGroupInput) {
  const group = await findGroup(tx, input.establishmentId, input.groupId);
  await tx.needGroup.delete({ where: { establishmentId_id: { establishmentId: input.establishmentId, id: input.groupId } } });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "group.delete",
    entity: "need_group",
    entityId: input.groupId,
    summary: { name: group.name },
  });
}

/** Sets the pupils of a group, each with the reason they are there. */
export async function setGroupMembers(tx: Db, actor: Actor, input: SetMembersInput) {
  const group = await findGroup(tx, input.establishmentId, input.groupId);
  await lockPeriod(tx, input.establishmentId, group.periodId);
  const pupilIds = input.members.map((m) => m.pupilId);
  await checkPupils(tx, input.establishmentId, pupilIds, group.period.schoolYear);
  if (!isCurrentVersion(group.updatedAt, input.version)) throw new ConflictError(STALE_EDIT);
  const { count } = await tx.needGroup.updateMany({
    where: { establishmentId: input.establishmentId, id: input.groupId, updatedAt: group.updatedAt },
    data: { updatedAt: new Date() },
  });
  if (count === 0) throw new ConflictError(STALE_EDIT);
  await tx.needGroupMember.deleteMany({ where: { establishmentId: input.establishmentId, groupId: input.groupId } });
  await tx.needGroupMember.createMany({
    data: input.members.map((m) => ({ establishmentId: input.establishmentId, groupId: input.groupId, pupilId: m.pupilId, reason: m.reason })),
  });
  await assertPeriodRules(tx, input.establishmentId, group.periodId, new Set([input.groupId]));
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "group.members",
    entity: "need_group",
    entityId: input.groupId,
    summary: { name: group.name, pupils: pupilIds.length },
  });
}

/**
 * Saves the assistant's proposal as the coordinator adjusted it: every group
 * on the same slot (a barrette), with its teachers and its pupils and their
 * reasons, in one transaction that keeps the period's rules.
 */
export async function saveComposition(tx: Db, actor: Actor, input: SaveCompositionInput) {
  const period = await lockPeriod(tx, input.establishmentId, input.periodId);
  await checkScheme(tx, input.establishmentId, input.schemeId, period.schoolYear);
  await checkTeachers(tx, input.establishmentId, [...new Set(input.groups.flatMap((g) => g.teacherIds))]);
  await checkPupils(tx, input.establishmentId, input.groups.flatMap((g) => g.members.map((m) => m.pupilId)), period.schoolYear);
  const created = await tx.needGroup.createManyAndReturn({
    data: input.groups.map((g) => ({
      establishmentId: input.establishmentId,
      periodId: input.periodId,
      schemeId: input.schemeId,
      name: g.name,
      kind: g.kind,
      focus: g.focus,
      ...slotData(input),
      room: g.room,
      capacity: Math.max(input.capacity, 1),
      plannedHours: input.plannedHours,
    })),
    select: { id: true },
  });
  const ids = created.map((c) => c.id);
  await tx.needGroupTeacher.createMany({
    data: input.groups.flatMap((g, i) => g.teacherIds.map((userId) => ({ establishmentId: input.establishmentId, groupId: ids[i]!, userId }))),
  });
  await tx.needGroupMember.createMany({
    data: input.groups.flatMap((g, i) =>
      g.members.map((m) => ({ establishmentId: input.establishmentId, groupId: ids[i]!, pupilId: m.pupilId, reason: m.reason })),
    ),
  });
  await assertPeriodRules(tx, input.establishmentId, input.periodId, new Set(ids));
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "group.compose",
    entity: "period",
    entityId: input.periodId,
    summary: { period: period.name, groups: ids.length, pupils: input.groups.reduce((n, g) => n + g.members.length, 0) },
  });
  return { groupIds: ids };
}
