import { recordAudit } from "@/features/audit/record";
import { InvalidInputError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import type { AddInterviewInput, AssignClassReferentInput, AssignReferentInput, CaseloadLimitInput, DeleteInterviewInput } from "./schemas";

type Actor = { userId: string };
/** A teacher acts on the pupils they are the referent of; the steering team on any pupil. */
export type Follower = { userId: string; canWriteSchool: boolean };

async function checkReferent(tx: Db, establishmentId: string, userId: string) {
  const member = await tx.membership.findUnique({ where: { establishmentId_userId: { establishmentId, userId } }, select: { role: true } });
  if (!member || member.role === "PRINCIPAL") {
    throw new InvalidInputError({ userId: ["Le référent doit être un professeur ou un coordonnateur de l'établissement."] });
  }
}

export async function assignReferent(tx: Db, actor: Actor, input: AssignReferentInput) {
  const pupil = await tx.pupil.findUnique({
    where: { establishmentId_id: { establishmentId: input.establishmentId, id: input.pupilId } },
    select: { id: true, firstName: true, lastName: true },
  });
  if (!pupil) throw new NotFoundError("Cet élève n'existe plus.");
  const key = { establishmentId_pupilId: { establishmentId: input.establishmentId, pupilId: input.pupilId } };
  if (input.userId === null) {
    await tx.pupilReferent.deleteMany({ where: { establishmentId: input.establishmentId, pupilId: input.pupilId } });
  } else {
    await checkReferent(tx, input.establishmentId, input.userId);
    await tx.pupilReferent.upsert({
      where: key,
      create: { establishmentId: input.establishmentId, pupilId: input.pupilId, userId: input.userId },
      update: { userId: input.userId, assignedAt: new Date() },
    });
  }
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "referent.assign",
    entity: "pupil",
    entityId: input.pupilId,
    summary: { referent: input.userId },
  });
}

/** Gives every pupil of a class (or only those without one) the same referent. */
export async function assignClassReferent(tx: Db, actor: Actor, input: AssignClassReferentInput) {
  const division = await tx.division.findUnique({
    where: { establishmentId_id: { establishmentId: input.establishmentId, id: input.divisionId } },
    select: { name: true, schoolYear: true },
  });
  if (!division) throw new NotFoundError("Cette classe n'existe plus.");
  await checkReferent(tx, input.establishmentId, input.userId);
  const pupils = await tx.pupil.findMany({
    where: {
      establishmentId: input.establishmentId,
      divisionId: input.divisionId,
      ...(input.onlyUnassigned === "on" ? { referent: { is: null } } : {}),
    },
    select: { id: true },
  });
  const ids = pupils.map((p) => p.id);
  await tx.pupilReferent.deleteMany({ where: { establishmentId: input.establishmentId, pupilId: { in: ids } } });
  await tx.pupilReferent.createMany({ data: ids.map((pupilId) => ({ establishmentId: input.establishmentId, pupilId, userId: input.userId })) });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "referent.assign-class",
    entity: "division",
    entityId: input.divisionId,
    summary: { division: division.name, referent: input.userId, pupils: ids.length },
  });
  return { assigned: ids.length };
}

export async function setCaseloadLimit(tx: Db, actor: Actor, input: CaseloadLimitInput) {
  await tx.steeringSettings.upsert({
    where: { establishmentId: input.establishmentId },
    create: { establishmentId: input.establishmentId, referentCaseloadLimit: input.limit },
    update: { referentCaseloadLimit: input.limit },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "referent.settings",
    entity: "steering_settings",
    entityId: input.establishmentId,
    summary: { limit: input.limit },
  });
}

/** The pupil's referent, if the follower may log their interviews: the referent themself, or the steering team. */
async function followedReferent(tx: Db, follower: Follower, establishmentId: string, pupilId: string) {
  const referent = await tx.pupilReferent.findUnique({
    where: { establishmentId_pupilId: { establishmentId, pupilId } },
    select: { userId: true },
  });
  if (!referent || (!follower.canWriteSchool && referent.userId !== follower.userId)) {
    if (!referent && follower.canWriteSchool) throw new InvalidInputError({ pupilId: ["Désignez d'abord le référent de cet élève."] });
    throw new NotFoundError("Cet élève n'existe pas ou vous n'êtes pas son référent.");
  }
  return referent;
}

/** Notes an interview of the pupil with their referent (date, subject). */
export async function addInterview(tx: Db, follower: Follower, input: AddInterviewInput) {
  const referent = await followedReferent(tx, follower, input.establishmentId, input.pupilId);
  const interview = await tx.referentInterview.create({
    data: { establishmentId: input.establishmentId, pupilId: input.pupilId, userId: referent.userId, heldOn: input.heldOn, subject: input.subject },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: follower.userId,
    establishmentId: input.establishmentId,
    action: "interview.create",
    entity: "referent_interview",
    entityId: interview.id,
    summary: { heldOn: input.heldOn.toISOString().slice(0, 10) },
  });
  return interview;
}

export async function deleteInterview(tx: Db, follower: Follower, input: DeleteInterviewInput) {
  const interview = await tx.referentInterview.findUnique({
    where: { establishmentId_id: { establishmentId: input.establishmentId, id: input.interviewId } },
    select: { id: true, pupilId: true, userId: true },
  });
  if (!interview || (!follower.canWriteSchool && interview.userId !== follower.userId)) throw new NotFoundError("Cet entretien n'existe plus.");
  await tx.referentInterview.delete({ where: { establishmentId_id: { establishmentId: input.establishmentId, id: interview.id } } });
  await recordAudit(tx, {
    actorId: follower.userId,
    establishmentId: input.establishmentId,
    action: "interview.delete",
    entity: "referent_interview",
    entityId: interview.id,
  });
}
