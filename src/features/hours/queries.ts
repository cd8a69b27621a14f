import "server-only";
import type { Diploma } from "@/generated/prisma/enums";
import type { Db } from "@/server/prisma-client";
import { cycleCompliance, yearCompliance, type Compliance, type CycleCompliance } from "./compliance";

/** The hour grid of one class: its year's teaching periods and schemes, and what is saved in each cell. */
export async function loadHourGrid(tx: Db, options: { establishmentId: string; schoolYear: number; divisionId: string }) {
  const where = { establishmentId: options.establishmentId, schoolYear: options.schoolYear };
  const [periods, entries] = await Promise.all([
    tx.period.findMany({ where: { ...where, kind: "TEACHING" }, orderBy: { startsOn: "asc" }, select: { id: true, name: true, startsOn: true, endsOn: true } }),
    tx.hourPlanEntry.findMany({
      where: { establishmentId: options.establishmentId, divisionId: options.divisionId },
      select: { schemeId: true, periodId: true, discipline: true, plannedHours: true, deliveredHours: true, updatedAt: true },
    }),
  ]);
  return {
    periods,
    entries: entries.map((e) => ({
      schemeId: e.schemeId,
      periodId: e.periodId,
      discipline: e.discipline,
      planned: Number(e.plannedHours),
      delivered: Number(e.deliveredHours),
      version: e.updatedAt.toISOString(),
    })),
  };
}

type DivisionSums = {
  establishment_id: string;
  id: string;
  name: string;
  school_year: number;
  diploma: Diploma;
  year_of_study: number;
  previous_division_id: string | null;
  planned: string;
  delivered: string;
  due: string;
};

export type ClassCompliance = {
  divisionId: string;
  name: string;
  diploma: Diploma;
  yearOfStudy: number;
  regulatory: number | null;
  planned: number;
  delivered: number;
  year: Compliance;
  cycleRegulatory: number | null;
  cycle: CycleCompliance;
};

type Volume = { diploma: Diploma; yearOfStudy: number; hours: number | null };

/** Compliance of every class of one school's year (see loadSchoolsCompliance). */
export async function loadCompliance(tx: Db, options: { establishmentId: string; schoolYear: number; today: Date }): Promise<ClassCompliance[]> {
  const bySchool = await loadSchoolsCompliance(tx, { ...options, establishmentIds: [options.establishmentId] });
  return bySchool.get(options.establishmentId) ?? [];
}

/**
 * Compliance of every class of a school year, for several schools in two
 * queries, with the cycle totals of each class's cohort (its classes of
 * earlier years, linked by previousDivisionId).
 */
export async function loadSchoolsCompliance(
  tx: Db,
  options: { establishmentIds: string[]; schoolYear: number; today: Date },
): Promise<Map<string, ClassCompliance[]>> {
  const result = new Map<string, ClassCompliance[]>(options.establishmentIds.map((id) => [id, []]));
  if (options.establishmentIds.length === 0) return result;
  const divisions = await tx.$queryRaw<DivisionSums[]>`
    SELECT d.establishment_id, d.id, d.name, d.school_year, d.diploma, d.year_of_study, d.previous_division_id,
      coalesce(sum(e.planned_hours), 0)::text AS planned,
      coalesce(sum(e.delivered_hours), 0)::text AS delivered,
      coalesce(sum(e.planned_hours) FILTER (WHERE p.ends_on < ${options.today}::date), 0)::text AS due
    FROM divisions d
    LEFT JOIN hour_plan_entries e ON e.establishment_id = d.establishment_id AND e.division_id = d.id
    LEFT JOIN periods p ON p.establishment_id = e.establishment_id AND p.id = e.period_id
    WHERE d.establishment_id = ANY(${options.establishmentIds}::uuid[]) AND d.school_year <= ${options.schoolYear}
    GROUP BY d.establishment_id, d.id
    ORDER BY d.diploma, d.year_of_study, d.name`;
  // The framework each school's year follows (its schemes'), and its volumes.
  const frameworks = await tx.scheme.findMany({
    where: { establishmentId: { in: options.establishmentIds }, schoolYear: { lte: options.schoolYear } },
    distinct: ["establishmentId", "schoolYear"],
    select: { establishmentId: true, schoolYear: true, framework: { select: { volumes: { select: { diploma: true, yearOfStudy: true, hours: true } } } } },
  });
  const volumes = new Map<string, Volume[]>(
    frameworks.map((f) => [
      `${f.establishmentId}|${f.schoolYear}`,
      f.framework.volumes.map((v) => ({ ...v, hours: v.hours === null ? null : Number(v.hours) })),
    ]),
  );
  const volumesOf = (d: DivisionSums) => volumes.get(`${d.establishment_id}|${d.school_year}`) ?? [];
  const regulatoryOf = (d: DivisionSums): number | null =>
    volumesOf(d).find((v) => v.diploma === d.diploma && v.yearOfStudy === d.year_of_study)?.hours ?? null;
  const cycleOf = (d: DivisionSums): number | null => {
    const ofDiploma = volumesOf(d).filter((v) => v.diploma === d.diploma);
    if (ofDiploma.length === 0 || ofDiploma.some((v) => v.hours === null)) return null;
    return ofDiploma.reduce((sum, v) => sum + (v.hours ?? 0), 0);
  };
  const byId = new Map(divisions.map((d) => [d.id, d]));
  for (const d of divisions) {
    if (d.school_year !== options.schoolYear) continue;
    const planned = Number(d.planned);
    const delivered = Number(d.delivered);
    const regulatory = regulatoryOf(d);
    // Walk the cohort back through its earlier classes (bounded: a cycle lasts a few years).
    let plannedSoFar = 0;
    let regulatorySoFar: number | null = 0;
    const seen = new Set<string>();
    for (let c: DivisionSums | undefined = d; c && !seen.has(c.id) && seen.size < 6; c = c.previous_division_id ? byId.get(c.previous_division_id) : undefined) {
      seen.add(c.id);
      plannedSoFar += Number(c.planned);
      const r = regulatoryOf(c);
      regulatorySoFar = regulatorySoFar === null || r === null ? null : regulatorySoFar + r;
    }
    const cycleRegulatory = cycleOf(d);
    result.get(d.establishment_id)?.push({
      divisionId: d.id,
      name: d.name,
      diploma: d.diploma,
      yearOfStudy: d.year_of_study,
      regulatory,
      planned,
      delivered,
      year: yearCompliance({ regulatory, planned, delivered, plannedForEndedPeriods: Number(d.due) }),
      cycleRegulatory,
      cycle: cycleCompliance({ cycleRegulatory, regulatorySoFar, plannedSoFar }),
    });
  }
  return result;
}

/** Planned and delivered hours of a school year by strand and by discipline. */
export async function loadHourTotals(tx: Db, options: { establishmentId: string; schoolYear: number }) {
  const rows = await tx.$queryRaw<{ scheme_id: string; discipline: string; planned: string; delivered: string }[]>`
    SELECT e.scheme_id, e.discipline, sum(e.planned_hours)::text AS planned, sum(e.delivered_hours)::text AS delivered
    FROM hour_plan_entries e JOIN schemes s ON s.establishment_id = e.establishment_id AND s.id = e.scheme_id
    WHERE e.establishment_id = ${options.establishmentId}::uuid AND s.school_year = ${options.schoolYear}
    GROUP BY e.scheme_id, e.discipline`;
  return rows.map((r) => ({ schemeId: r.scheme_id, discipline: r.discipline, planned: Number(r.planned), delivered: Number(r.delivered) }));
}
