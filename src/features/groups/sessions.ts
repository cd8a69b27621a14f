import { recordAudit } from "@/features/audit/record";
import { InvalidInputError, NotFoundError, sqlState } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import type { DeleteSessionInput, RecordSessionInput } from "./schemas";

/** Who records: a teacher of the group, or the school's steering team (coordinators, administrators). */
export type Recorder = { userId: string; canWriteSchool: boolean };

/**
 * The group, if the recorder may record its sessions: one of its teachers, or
 * a coordinator. Anyone else gets NotFound, like a missing group. The check
 * sits in the query itself.
 */
async function recordableGroup(tx: Db, recorder: Recorder, establishmentId: string, groupId: string) {
  const group = await tx.needGroup.findFirst({
    where: {
      establishmentId,
      id: groupId,
      ...(recorder.canWriteSchool ? {} : { teachers: { some: { userId: recorder.userId } } }),
    },
    select: {
      id: true,
      name: true,
      period: { select: { startsOn: true, endsOn: true, name: true } },
      members: { select: { pupilId: true } },
    },
  });
  if (!group) throw new NotFoundError("Ce groupe n'existe pas ou vous n'y intervenez pas.");
  return group;
}

/**
 * The sessions' writes, whose hours the database adds up into each class's line
 * of the hour plan (a line holds 1,000 h at most, its check): a session that
 * would take a line past it is refused in French, and nothing is written.
 */
async function withinHourPlan<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (sqlState(error) !== "23514") throw error;
    throw new InvalidInputError({
      hours: ["Avec cette séance, les heures faites d'une classe du groupe dépasseraient 1 000 h sur la période : vérifiez la durée des séances enregistrées."],
    });
  }
}

const frenchDay = (date: Date) => date.toLocaleDateString("fr-FR", { timeZone: "UTC" });

/**
 * Records one session of a group (date, hours) and its register: every pupil
 * of the group present, absent or excused. Recording the same date again
 * replaces that session's hours and register. The hours reach the hour plan
 * through the database's triggers (migration group_session_hours).
 */
export async function recordSession(tx: Db, recorder: Recorder, input: RecordSessionInput) {
  const group = await recordableGroup(tx, recorder, input.establishmentId, input.groupId);
  const { startsOn, endsOn } = group.period;
  if (input.heldOn < startsOn || input.heldOn > endsOn) {
    throw new InvalidInputError({
      heldOn: [`La séance doit avoir lieu pendant la période du groupe (${group.period.name} : du ${frenchDay(startsOn)} au ${frenchDay(endsOn)}).`],
    });
  }
  const members = new Set(group.members.map((m) => m.pupilId));
  const marked = new Set(input.attendance.map((a) => a.pupilId));
  if (marked.size !== input.attendance.length) throw new InvalidInputError({ attendance: ["Un élève figure deux fois dans l'appel."] });
  if ([...marked].some((id) => !members.has(id))) {
    throw new InvalidInputError({ attendance: ["L'appel nomme un élève qui n'est pas dans le groupe : rechargez la page."] });
  }
  if ([...members].some((id) => !marked.has(id))) {
    throw new InvalidInputError({ attendance: ["Indiquez pour chaque élève s'il est présent, absent ou excusé."] });
  }
  const key = { establishmentId_groupId_heldOn: { establishmentId: input.establishmentId, groupId: input.groupId, heldOn: input.heldOn } };
  const existing = await tx.groupSession.findUnique({ where: key, select: { id: true } });
  const session = await withinHourPlan(async () => {
    const written = existing
      ? await tx.groupSession.update({ where: key, data: { hours: input.hours, recordedById: recorder.userId }, select: { id: true } })
      : await tx.groupSession.create({
          data: { establishmentId: input.establishmentId, groupId: input.groupId, heldOn: input.heldOn, hours: input.hours, recordedById: recorder.userId },
          select: { id: true },
        });
    if (existing) await tx.sessionAttendance.deleteMany({ where: { establishmentId: input.establishmentId, sessionId: written.id } });
    await tx.sessionAttendance.createMany({
      data: input.attendance.map((a) => ({ establishmentId: input.establishmentId, sessionId: written.id, pupilId: a.pupilId, status: a.status })),
    });
    return written;
  });
  const count = (status: string) => input.attendance.filter((a) => a.status === status).length;
  await recordAudit(tx, {
    actorId: recorder.userId,
    establishmentId: input.establishmentId,
    action: "session.record",
    entity: "group_session",
    entityId: session.id,
    summary: { group: group.name, heldOn: input.heldOn.toISOString().slice(0, 10), hours: input.hours, present: count("PRESENT"), absent: count("ABSENT"), excused: count("EXCUSED") },
  });
  return { sessionId: session.id, replaced: existing !== null };
}

export async function deleteSession(tx: Db, recorder: Recorder, input: DeleteSessionInput) {
  const session = await tx.groupSession.findUnique({
    where: { establishmentId_id: { establishmentId: input.establishmentId, id: input.sessionId } },
    select: { id: true, groupId: true, heldOn: true },
  });
  if (!session) throw new NotFoundError("Cette séance n'existe plus.");
  const group = await recordableGroup(tx, recorder, input.establishmentId, session.groupId);
  await tx.groupSession.delete({ where: { establishmentId_id: { establishmentId: input.establishmentId, id: session.id } } });
  await recordAudit(tx, {
    actorId: recorder.userId,
    establishmentId: input.establishmentId,
    action: "session.delete",
    entity: "group_session",
    entityId: session.id,
    summary: { group: group.name, heldOn: session.heldOn.toISOString().slice(0, 10) },
  });
}
