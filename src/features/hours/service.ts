import { recordAudit } from "@/features/audit/record";
import { parseFrenchDecimal } from "@/lib/french-number";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import { GROUP_SESSIONS_DISCIPLINE } from "@/features/groups/labels";
import { formatHours } from "./compliance";
import type { SaveHoursInput } from "./schemas";

type Actor = { userId: string };

/** The most one period may count when the year has no regulatory volume. */
const MAX_PERIOD_HOURS_WITHOUT_REFERENCE = 200;

/**
 * Saves the planned or delivered hours of one cell (class × scheme × period ×
 * discipline). The version the form saw must still be the stored one: a stale
 * save is refused with the newer value, never written over it.
 */
export async function saveHours(tx: Db, actor: Actor, input: SaveHoursInput) {
  const key = { establishmentId: input.establishmentId };
  const [division, scheme, period] = await Promise.all([
    tx.division.findUnique({ where: { establishmentId_id: { ...key, id: input.divisionId } }, select: { name: true, schoolYear: true, diploma: true, yearOfStudy: true } }),
    tx.scheme.findUnique({ where: { establishmentId_id: { ...key, id: input.schemeId } }, select: { schoolYear: true, frameworkId: true } }),
    tx.period.findUnique({ where: { establishmentId_id: { ...key, id: input.periodId } }, select: { schoolYear: true, kind: true } }),
  ]);
  if (!division || !scheme || !period) throw new NotFoundError("Cette classe, ce dispositif ou cette période n'existe plus.");
  if (division.schoolYear !== scheme.schoolYear || division.schoolYear !== period.schoolYear) {
    throw new InvalidInputError({ periodId: ["La classe, le dispositif et la période doivent être de la même année."] });
  }
  if (period.kind !== "TEACHING") throw new InvalidInputError({ periodId: ["Aucune heure ne se prévoit pendant les vacances."] });

  const volume = await tx.frameworkVolume.findUnique({
    where: { frameworkId_diploma_yearOfStudy: { frameworkId: scheme.frameworkId, diploma: division.diploma, yearOfStudy: division.yearOfStudy } },
    select: { hours: true },
  });
  const yearHours = volume?.hours ? Number(volume.hours) : null;
  const max = yearHours ?? MAX_PERIOD_HOURS_WITHOUT_REFERENCE;
  const parsed = parseFrenchDecimal(input.hours, { min: 0, decimals: 2 });
  if (!parsed.ok) throw new InvalidInputError({ hours: [parsed.message] });
  if (parsed.value > max) {
    throw new InvalidInputError({
      hours: [
        yearHours !== null
          ? `Une période ne peut pas compter plus que l'année entière (${formatHours(yearHours)}).`
          : `Une période ne peut pas compter plus de ${formatHours(max)}.`,
      ],
    });
  }
  if (input.kind === "delivered" && input.discipline === GROUP_SESSIONS_DISCIPLINE) {
    throw new InvalidInputError({
      hours: ["Ces heures viennent des séances enregistrées par les professeurs de groupes : elles se corrigent dans l'appel de la séance."],
    });
  }
  const field = input.kind === "planned" ? "plannedHours" : "deliveredHours";
  const unique = {
    establishmentId_divisionId_schemeId_periodId_discipline: {
      establishmentId: input.establishmentId,
      divisionId: input.divisionId,
      schemeId: input.schemeId,
      periodId: input.periodId,
      discipline: input.discipline,
    },
  };
  const current = await tx.hourPlanEntry.findUnique({ where: unique, select: { id: true, updatedAt: true, plannedHours: true, deliveredHours: true } });
  const stale = (current?.updatedAt.toISOString() ?? "") !== input.version;
  if (stale) {
    const newer = current ? formatHours(Number(current[field])) : "aucune valeur";
    throw new ConflictError(
      `Cette case a été modifiée entre-temps : la valeur enregistrée est ${newer}. Votre saisie (${input.hours} h) n'a pas été enregistrée ; validez-la de nouveau si elle doit la remplacer.`,
      current ? { hours: Number(current[field]), version: current.updatedAt.toISOString() } : { hours: 0, version: "" },
    );
  }
  let saved: { id: string; updatedAt: Date };
  if (current) {
    const { count } = await tx.hourPlanEntry.updateMany({
      where: { establishmentId: input.establishmentId, id: current.id, updatedAt: current.updatedAt },
      data: { [field]: parsed.value, updatedAt: new Date() },
    });
    if (count === 0) throw new ConflictError("Cette case vient d'être modifiée par quelqu'un d'autre : rechargez la page.");
    saved = await tx.hourPlanEntry.findUniqueOrThrow({ where: unique, select: { id: true, updatedAt: true } });
  } else {
    saved = await tx.hourPlanEntry.create({
      data: {
        establishmentId: input.establishmentId,
        divisionId: input.divisionId,
        schemeId: input.schemeId,
        periodId: input.periodId,
        discipline: input.discipline,
        [field]: parsed.value,
      },
      select: { id: true, updatedAt: true },
    });
  }
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: input.kind === "planned" ? "hours.plan" : "hours.deliver",
    entity: "hour_plan_entry",
    entityId: saved.id,
    summary: {
      division: division.name,
      discipline: input.discipline || undefined,
      before: current ? Number(current[field]) : null,
      after: parsed.value,
    },
  });
  return { version: saved.updatedAt.toISOString(), hours: parsed.value };
}
