import { recordAudit } from "@/features/audit/record";
import { storeFile } from "@/features/files/service";
import { schoolYearBounds, schoolYearLabel } from "@/lib/school-year";
import { STALE_EDIT, isCurrentVersion } from "@/lib/versions";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import type { CreateMeetingInput, DeleteMeetingInput, UpdateMeetingInput } from "./schemas";

type Actor = { userId: string };

function checkYear(input: { heldOn: Date; schoolYear: number }) {
  const { start, end } = schoolYearBounds(input.schoolYear);
  if (input.heldOn < start || input.heldOn > end) {
    throw new InvalidInputError({ heldOn: [`La réunion doit avoir lieu pendant l'année ${schoolYearLabel(input.schoolYear)}.`] });
  }
}

const fields = (input: CreateMeetingInput) => ({
  heldOn: input.heldOn,
  body: input.body,
  bodyLabel: input.body === "OTHER" ? input.bodyLabel : "",
  participants: input.participants,
  agenda: input.agenda,
  decisions: input.decisions,
});

async function removeFile(tx: Db, establishmentId: string, fileId: string | null) {
  if (!fileId) return;
  // A file may be shared by nothing else: minutes are stored for one meeting.
  await tx.storedFile.deleteMany({ where: { establishmentId, id: fileId, meetings: { none: {} }, evidence: { none: {} } } });
}

export async function createMeeting(tx: Db, actor: Actor, input: CreateMeetingInput) {
  checkYear(input);
  const file = input.minutes ? await storeFile(tx, actor, { establishmentId: input.establishmentId, file: input.minutes, field: "minutes" }) : null;
  const meeting = await tx.meeting.create({
    data: { establishmentId: input.establishmentId, schoolYear: input.schoolYear, ...fields(input), minutesFileId: file?.id ?? null },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "meeting.create",
    entity: "meeting",
    entityId: meeting.id,
    summary: { heldOn: input.heldOn.toISOString().slice(0, 10), body: input.body, minutes: file?.fileName ?? null },
  });
  return meeting;
}

export async function updateMeeting(tx: Db, actor: Actor, input: UpdateMeetingInput) {
  checkYear(input);
  const before = await tx.meeting.findUnique({
    where: { establishmentId_id: { establishmentId: input.establishmentId, id: input.meetingId } },
    select: { updatedAt: true, minutesFileId: true, schoolYear: true },
  });
  if (!before) throw new NotFoundError("Cette réunion n'existe plus.");
  if (!isCurrentVersion(before.updatedAt, input.version)) throw new ConflictError(STALE_EDIT);
  if (before.schoolYear !== input.schoolYear) throw new InvalidInputError({ heldOn: ["Une réunion ne change pas d'année scolaire."] });
  const file = input.minutes ? await storeFile(tx, actor, { establishmentId: input.establishmentId, file: input.minutes, field: "minutes" }) : null;
  const minutesFileId = file ? file.id : input.removeMinutes === "on" ? null : before.minutesFileId;
  const { count } = await tx.meeting.updateMany({
    where: { establishmentId: input.establishmentId, id: input.meetingId, updatedAt: before.updatedAt },
    data: { ...fields(input), minutesFileId, updatedAt: new Date() },
  });
  if (count === 0) throw new ConflictError(STALE_EDIT);
  if (minutesFileId !== before.minutesFileId) await removeFile(tx, input.establishmentId, before.minutesFileId);
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "meeting.update",
    entity: "meeting",
    entityId: input.meetingId,
    summary: { heldOn: input.heldOn.toISOString().slice(0, 10), body: input.body, minutes: file?.fileName ?? (minutesFileId ? "inchangé" : null) },
  });
}

export async function deleteMeeting(tx: Db, actor: Actor, input: DeleteMeetingInput) {
  const meeting = await tx.meeting.findUnique({
    where: { establishmentId_id: { establishmentId: input.establishmentId, id: input.meetingId } },
    select: { id: true, heldOn: true, minutesFileId: true },
  });
  if (!meeting) throw new NotFoundError("Cette réunion n'existe plus.");
  await tx.meeting.delete({ where: { establishmentId_id: { establishmentId: input.establishmentId, id: meeting.id } } });
  await removeFile(tx, input.establishmentId, meeting.minutesFileId);
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "meeting.delete",
    entity: "meeting",
    entityId: meeting.id,
    summary: { heldOn: meeting.heldOn.toISOString().slice(0, 10) },
  });
}
