import "server-only";
import { Prisma } from "@/generated/prisma/client";
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
  /** The volumes of the class's diploma in its year's framework (a json number of hours, or null). */
  volumes: { yearOfStudy: number; hours: number | null }[];
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

/** Compliance of every class of one school's year (see loadSchoolsCompliance). */
export async function loadCompliance(tx: Db, options: { establishmentId: string; schoolYear: number; today: Date }): Promise<ClassCompliance[]> {
  const bySchool = await loadSchoolsCompliance(tx, { ...options, establishmentIds: [options.establishmentId] });
  return bySchool.get(options.establishmentId) ?? [];
}

/**
 * Compliance of every class of a school year, for several schools in one
 * statement, with the cycle totals of each class's cohort (its classes of
 * earlier years, linked by previousDivisionId).
 */
export async function loadSchoolsCompliance(
  tx: Db,
  options: { establishmentIds: string[]; schoolYear: number; today: Date },
): Promise<Map<string, ClassCompliance[]>> {
  const result = new Map<string, ClassCompliance[]>(options.establishmentIds.map((id) => [id, []]));
  if (options.establishmentIds.length === 0) return result;
  // Each class with its hours and the volumes of its diploma in the framework its school's year
  // follows (that of the year's schemes, which share one): one statement, where Prisma's nested
  // read of the frameworks took three more (measured on a dashboard: 3.7 ms for the four, 2.2 for this one).
  // One school (a dashboard, the hours page) is matched with `=`: PostgreSQL then keeps a plan for the
  // connection, where with `= ANY(array)` it planned again at every call (it cannot tell one school from
  // a thousand): 0.9 ms of planning for 0.9 of execution.
  const ids = options.establishmentIds;
  const ofSchools = (column: Prisma.Sql) => (ids.length === 1 ? Prisma.sql`${column} = ${ids[0]}::uuid` : Prisma.sql`${column} = ANY(${ids}::uuid[])`);
  const divisions = await tx.$queryRaw<DivisionSums[]>`
    WITH sums AS (
      SELECT d.establishment_id, d.id, d.name, d.school_year, d.diploma, d.year_of_study, d.previous_division_id,
        coalesce(sum(e.planned_hours), 0)::text AS planned,
        coalesce(sum(e.delivered_hours), 0)::text AS delivered,
        coalesce(sum(e.planned_hours) FILTER (WHERE p.ends_on < ${options.today}::date), 0)::text AS due
      FROM divisions d
      LEFT JOIN hour_plan_entries e ON e.establishment_id = d.establishment_id AND e.division_id = d.id
      LEFT JOIN periods p ON p.establishment_id = e.establishment_id AND p.id = e.period_id
      WHERE ${ofSchools(Prisma.sql`d.establishment_id`)} AND d.school_year <= ${options.schoolYear}
      GROUP BY d.establishment_id, d.id
    ), followed AS (
      SELECT DISTINCT ON (s.establishment_id, s.school_year) s.establishment_id, s.school_year, s.framework_id
      FROM schemes s
      WHERE ${ofSchools(Prisma.sql`s.establishment_id`)} AND s.school_year <= ${options.schoolYear}
      ORDER BY s.establishment_id, s.school_year, s.id
    ), volumes AS (
      SELECT f.establishment_id, f.school_year, v.diploma,
        json_agg(json_build_object('yearOfStudy', v.year_of_study, 'hours', v.hours) ORDER BY v.year_of_study) AS volumes
      FROM followed f JOIN framework_volumes v ON v.framework_id = f.framework_id
      GROUP BY f.establishment_id, f.school_year, v.diploma
    )
    SELECT sums.*, coalesce(volumes.volumes, '[]') AS volumes
    FROM sums
    LEFT JOIN volumes ON volumes.establishment_id = sums.establishment_id AND volumes.school_year = sums.school_year AND volumes.diploma = sums.diploma
    ORDER BY sums.diploma, sums.year_of_study, sums.name`;
  const regulatoryOf = (d: DivisionSums): number | null => d.volumes.find((v) => v.yearOfStudy === d.year_of_study)?.hours ?? null;
  const cycleOf = (d: DivisionSums): number | null => {
    if (d.volumes.length === 0 || d.volumes.some((v) => v.hours === null)) return null;
    return d.volumes.reduce((sum, v) => sum + (v.hours ?? 0), 0);
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
