import { recordAudit } from "@/features/audit/record";
import { parseFrenchDecimal } from "@/lib/french-number";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import { formatIndicatorValue } from "./format";
import type { DeleteIndicatorValueInput, SaveIndicatorTargetInput, SaveIndicatorValueInput } from "./schemas";

type Actor = { userId: string };
type Range = { unit: "PERCENT" | "COUNT" | "HOURS" | "SCORE"; minValue: unknown; maxValue: unknown };

/** A typed figure in French format, within the indicator's range (a rate is 0–100); whole numbers for counts. */
export function parseIndicatorNumber(text: string, indicator: Range): { ok: true; value: number } | { ok: false; message: string } {
  return parseFrenchDecimal(text, {
    min: Number(indicator.minValue),
    max: Number(indicator.maxValue),
    decimals: indicator.unit === "COUNT" ? 0 : 2,
  });
}

async function findIndicator(tx: Db, code: string) {
  const indicator = await tx.indicator.findUnique({ where: { code }, select: { code: true, label: true, unit: true, source: true, minValue: true, maxValue: true } });
  if (!indicator) throw new NotFoundError("Cet indicateur n'existe pas.");
  return indicator;
}

/** Recomputes the school's summary of a year (see app_refresh_indicator_summary), in the caller's transaction. */
export async function refreshSummary(tx: Db, options: { establishmentIds: string[]; schoolYear: number; today?: Date }) {
  const today = (options.today ?? new Date()).toISOString().slice(0, 10);
  const [row] = await tx.$queryRaw<{ written: number }[]>`
    SELECT app_refresh_indicator_summary(${options.establishmentIds}::uuid[], ${options.schoolYear}::int, ${today}::date) AS written`;
  return row?.written ?? 0;
}

/**
 * Saves the value of an entered indicator for one period of the year (or the
 * whole year). The version the form saw must still be the stored one: a stale
 * save is refused with the newer value, never written over it.
 */
export async function saveIndicatorValue(tx: Db, actor: Actor, input: SaveIndicatorValueInput) {
  const indicator = await findIndicator(tx, input.indicatorCode);
  if (indicator.source === "COMPUTED") {
    throw new InvalidInputError({ indicatorCode: ["Cet indicateur est calculé à partir des données : il ne se saisit pas."] });
  }
  let periodName = "année entière";
  if (input.periodId) {
    const period = await tx.period.findUnique({
      where: { establishmentId_id: { establishmentId: input.establishmentId, id: input.periodId } },
      select: { schoolYear: true, kind: true, name: true },
    });
    if (!period) throw new NotFoundError("Cette période n'existe plus.");
    if (period.schoolYear !== input.schoolYear) throw new InvalidInputError({ periodId: ["La période doit être de l'année choisie."] });
    if (period.kind !== "TEACHING") throw new InvalidInputError({ periodId: ["Choisissez une période d'enseignement, pas des vacances."] });
    periodName = period.name;
  }
  const parsed = parseIndicatorNumber(input.value, indicator);
  if (!parsed.ok) throw new InvalidInputError({ value: [parsed.message] });

  const where = input.periodId
    ? { establishmentId: input.establishmentId, indicatorCode: input.indicatorCode, periodId: input.periodId }
    : { establishmentId: input.establishmentId, indicatorCode: input.indicatorCode, schoolYear: input.schoolYear, periodId: null };
  const current = await tx.indicatorValue.findFirst({ where, select: { id: true, value: true, comment: true, updatedAt: true } });
  if ((current?.updatedAt.toISOString() ?? "") !== input.version) {
    const newer = current ? formatIndicatorValue(Number(current.value), indicator.unit) : "aucune valeur";
    throw new ConflictError(
      `Cette valeur a été modifiée entre-temps : la valeur enregistrée est ${newer}. Votre saisie (${input.value}) n'a pas été enregistrée ; validez-la de nouveau si elle doit la remplacer.`,
      current
        ? { value: Number(current.value), comment: current.comment, version: current.updatedAt.toISOString() }
        : { value: null, comment: "", version: "" },
    );
  }
  let saved: { id: string; updatedAt: Date };
  if (current) {
    const { count } = await tx.indicatorValue.updateMany({
      where: { establishmentId: input.establishmentId, id: current.id, updatedAt: current.updatedAt },
      data: { value: parsed.value, comment: input.comment, enteredById: actor.userId, updatedAt: new Date() },
    });
    if (count === 0) throw new ConflictError("Cette valeur vient d'être modifiée par quelqu'un d'autre : rechargez la page.");
    saved = await tx.indicatorValue.findUniqueOrThrow({
      where: { establishmentId_id: { establishmentId: input.establishmentId, id: current.id } },
      select: { id: true, updatedAt: true },
    });
  } else {
    saved = await tx.indicatorValue.create({
      data: {
        establishmentId: input.establishmentId,
        indicatorCode: input.indicatorCode,
        schoolYear: input.schoolYear,
        periodId: input.periodId || null,
        value: parsed.value,
        comment: input.comment,
        enteredById: actor.userId,
      },
      select: { id: true, updatedAt: true },
    });
  }
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "indicator.value",
    entity: "indicator_value",
    entityId: saved.id,
    summary: { indicator: indicator.code, period: periodName, before: current ? Number(current.value) : null, after: parsed.value },
  });
  await refreshSummary(tx, { establishmentIds: [input.establishmentId], schoolYear: input.schoolYear });
  return { id: saved.id, version: saved.updatedAt.toISOString(), value: parsed.value };
}

/** Removes an entered value (a mistake), if it is still the version the form saw. */
export async function deleteIndicatorValue(tx: Db, actor: Actor, input: DeleteIndicatorValueInput) {
  const current = await tx.indicatorValue.findUnique({
    where: { establishmentId_id: { establishmentId: input.establishmentId, id: input.valueId } },
    select: { id: true, indicatorCode: true, schoolYear: true, value: true, updatedAt: true },
  });
  if (!current) throw new NotFoundError("Cette valeur n'existe plus.");
  const { count } =
    current.updatedAt.toISOString() === input.version
      ? await tx.indicatorValue.deleteMany({ where: { establishmentId: input.establishmentId, id: current.id, updatedAt: current.updatedAt } })
      : { count: 0 };
  if (count === 0) throw new ConflictError("Cette valeur a été modifiée entre-temps : rechargez la page avant de l'effacer.");
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "indicator.value.delete",
    entity: "indicator_value",
    entityId: current.id,
    summary: { indicator: current.indicatorCode, before: Number(current.value) },
  });
  await refreshSummary(tx, { establishmentIds: [input.establishmentId], schoolYear: current.schoolYear });
  return { id: current.id };
}

/**
 * Sets the baseline (where the school starts) and the target of an indicator
 * for a school year. Coordinators and principals both may: the principal
 * commits the school to its targets, the coordinator prepares them.
 */
export async function saveIndicatorTarget(tx: Db, actor: Actor, input: SaveIndicatorTargetInput) {
  const indicator = await findIndicator(tx, input.indicatorCode);
  const errors: Record<string, string[]> = {};
  const read = (name: "baseline" | "target") => {
    if (input[name].trim() === "") return null;
    const parsed = parseIndicatorNumber(input[name], indicator);
    if (!parsed.ok) {
      errors[name] = [parsed.message];
      return null;
    }
    return parsed.value;
  };
  const baseline = read("baseline");
  const target = read("target");
  if (Object.keys(errors).length) throw new InvalidInputError(errors);

  const key = { establishmentId: input.establishmentId, indicatorCode: input.indicatorCode, schoolYear: input.schoolYear };
  const current = await tx.indicatorTarget.findUnique({
    where: { establishmentId_indicatorCode_schoolYear: key },
    select: { baseline: true, target: true, comment: true, updatedAt: true },
  });
  if ((current?.updatedAt.toISOString() ?? "") !== input.version) {
    const show = (n: unknown) => (n === null || n === undefined ? "aucune" : formatIndicatorValue(Number(n), indicator.unit));
    throw new ConflictError(
      `La situation de départ et la cible ont été modifiées entre-temps (départ : ${show(current?.baseline)}, cible : ${show(current?.target)}). Votre saisie n'a pas été enregistrée ; validez-la de nouveau si elle doit les remplacer.`,
      current
        ? { baseline: current.baseline === null ? null : Number(current.baseline), target: current.target === null ? null : Number(current.target), comment: current.comment, version: current.updatedAt.toISOString() }
        : { baseline: null, target: null, comment: "", version: "" },
    );
  }
  let updatedAt: Date;
  if (current) {
    const { count } = await tx.indicatorTarget.updateMany({
      where: { ...key, updatedAt: current.updatedAt },
      data: { baseline, target, comment: input.comment, enteredById: actor.userId, updatedAt: new Date() },
    });
    if (count === 0) throw new ConflictError("Cette cible vient d'être modifiée par quelqu'un d'autre : rechargez la page.");
    updatedAt = (await tx.indicatorTarget.findUniqueOrThrow({ where: { establishmentId_indicatorCode_schoolYear: key }, select: { updatedAt: true } })).updatedAt;
  } else {
    updatedAt = (
      await tx.indicatorTarget.create({ data: { ...key, baseline, target, comment: input.comment, enteredById: actor.userId }, select: { updatedAt: true } })
    ).updatedAt;
  }
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "indicator.target",
    entity: "indicator_target",
    entityId: `${input.indicatorCode}:${input.schoolYear}`,
    summary: {
      indicator: indicator.code,
      before: current ? { baseline: current.baseline === null ? null : Number(current.baseline), target: current.target === null ? null : Number(current.target) } : null,
      after: { baseline, target },
    },
  });
  return { version: updatedAt.toISOString(), baseline, target };
}
