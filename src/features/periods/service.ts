import { recordAudit } from "@/features/audit/record";
import { STALE_EDIT, isCurrentVersion } from "@/lib/versions";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import { periodProblems } from "./rules";
import type { CreatePeriodInput, DeletePeriodInput, UpdatePeriodInput } from "./schemas";

type Actor = { userId: string };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Serialises the changes to one school's periods of one year, so that two
 * concurrent saves cannot both pass the overlap check.
 */
async function lockYear(tx: Db, establishmentId: string, schoolYear: number) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`periods:${establishmentId}:${schoolYear}`}))`;
}

async function checkAgainstYear(tx: Db, input: CreatePeriodInput & { periodId?: string }) {
  await lockYear(tx, input.establishmentId, input.schoolYear);
  const others = await tx.period.findMany({
    where: { establishmentId: input.establishmentId, schoolYear: input.schoolYear },
    select: { id: true, name: true, startsOn: true, endsOn: true },
  });
  const problems = periodProblems({ ...input, id: input.periodId }, input.schoolYear, others);
  if (Object.keys(problems).length) throw new InvalidInputError(problems);
}

export async function createPeriod(tx: Db, actor: Actor, input: CreatePeriodInput) {
  await checkAgainstYear(tx, input);
  const period = await tx.period.create({
    data: {
      establishmentId: input.establishmentId,
      schoolYear: input.schoolYear,
      kind: input.kind,
      name: input.name,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "period.create",
    entity: "period",
    entityId: period.id,
    summary: { name: input.name, kind: input.kind, from: isoDay(input.startsOn), to: isoDay(input.endsOn) },
  });
  return period;
}

export async function updatePeriod(tx: Db, actor: Actor, input: UpdatePeriodInput) {
  const before = await tx.period.findUnique({
    where: { establishmentId_id: { establishmentId: input.establishmentId, id: input.periodId } },
  });
  if (!before) throw new NotFoundError("Cette période n'existe plus.");
  if (!isCurrentVersion(before.updatedAt, input.version)) throw new ConflictError(STALE_EDIT);
  if (before.schoolYear !== input.schoolYear) throw new InvalidInputError({ schoolYear: ["Une période ne change pas d'année scolaire."] });
  await checkAgainstYear(tx, input);
  const { count } = await tx.period.updateMany({
    where: { establishmentId: input.establishmentId, id: input.periodId, updatedAt: before.updatedAt },
    data: { kind: input.kind, name: input.name, startsOn: input.startsOn, endsOn: input.endsOn, updatedAt: new Date() },
  });
  if (count === 0) throw new ConflictError(STALE_EDIT);
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "period.update",
    entity: "period",
    entityId: input.periodId,
    summary: {
      before: { name: before.name, from: isoDay(before.startsOn), to: isoDay(before.endsOn) },
      after: { name: input.name, from: isoDay(input.startsOn), to: isoDay(input.endsOn) },
    },
  });
}

export async function deletePeriod(tx: Db, actor: Actor, input: DeletePeriodInput) {
  const period = await tx.period.findUnique({
    where: { establishmentId_id: { establishmentId: input.establishmentId, id: input.periodId } },
    select: { name: true, _count: { select: { hourEntries: true } } },
  });
  if (!period) throw new NotFoundError("Cette période n'existe plus.");
  if (period._count.hourEntries > 0) {
    throw new ConflictError(`« ${period.name} » porte des heures prévues ou faites : retirez-les avant de supprimer la période.`);
  }
  await tx.period.delete({ where: { establishmentId_id: { establishmentId: input.establishmentId, id: input.periodId } } });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "period.delete",
    entity: "period",
    entityId: input.periodId,
    summary: { name: period.name },
  });
}
