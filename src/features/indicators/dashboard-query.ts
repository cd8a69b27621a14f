// Two of the dashboard's reads as SQL (no "server-only"), so that the
// benchmark (tests/benchmarks/queries.ts) times exactly what the page runs.
import { Prisma } from "@/generated/prisma/client";
import type { ActionStatus, StrandKind } from "@/generated/prisma/enums";

export type TrendRow = {
  indicator_code: string;
  period: string;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  counts_pupils: boolean;
  comment: string;
};

/** The trend within the year: the values entered per period and the figures computed per period, in the periods' order. */
export function dashboardTrendQuery(establishmentId: string, schoolYear: number) {
  return Prisma.sql`
    SELECT t.indicator_code, p.name AS period, t.value::text, t.numerator::text, t.denominator::text, t.counts_pupils, t.comment
    FROM (
      SELECT v.period_id, v.indicator_code, v.value, NULL::numeric AS numerator, NULL::numeric AS denominator, false AS counts_pupils, v.comment
      FROM indicator_values v
      WHERE v.establishment_id = ${establishmentId}::uuid AND v.school_year = ${schoolYear}::int AND v.period_id IS NOT NULL
      UNION ALL
      SELECT s.period_id, s.indicator_code, s.value, s.numerator, s.denominator, s.counts_pupils, ''
      FROM indicator_period_summaries s
      WHERE s.establishment_id = ${establishmentId}::uuid
    ) t
    JOIN periods p ON p.establishment_id = ${establishmentId}::uuid AND p.id = t.period_id AND p.school_year = ${schoolYear}::int
    ORDER BY p.starts_on, t.indicator_code`;
}

export type LateActionRow = { id: string; title: string; owner: string; due_on: Date; status: ActionStatus; strand: StrandKind };

/** The actions of the year's grids past their due date and not done. */
export function lateActionsQuery(establishmentId: string, schoolYear: number, today: Date) {
  return Prisma.sql`
    SELECT a.id, a.title, a.owner, a.due_on, a.status, s.strand
    FROM grid_actions a
    JOIN grids g ON g.establishment_id = a.establishment_id AND g.id = a.grid_id
    JOIN schemes s ON s.establishment_id = g.establishment_id AND s.id = g.scheme_id
    WHERE a.establishment_id = ${establishmentId}::uuid AND a.status IN ('PLANNED', 'IN_PROGRESS')
      AND a.due_on < ${today}::date AND s.school_year = ${schoolYear}::int
    ORDER BY a.due_on`;
}
