// The dashboard's reads as one SQL statement (no "server-only"), so that the
// benchmark (tests/benchmarks/queries.ts) times exactly what the page runs.
// PostgreSQL answers one row holding one json value: each statement costs the
// app a round trip and a fixed price in Prisma, and numeric columns read as
// json numbers skip the Decimal conversion. A numeric becomes a json number
// written as PostgreSQL writes it (66.67), so JSON.parse gives the same JS
// number as Number() of its text did; a date becomes "YYYY-MM-DD".
// Each part is json_agg of a row (its columns named as the app names them),
// cheaper than json_build_object per row; the trend joins the year's periods in
// each branch of its union, so each table is read once (joined after the
// union, the planner read the union again for every period).
import { Prisma } from "@/generated/prisma/client";
import type { ActionStatus, StrandKind } from "@/generated/prisma/enums";
import { visibleFigure, type SummaryFigure } from "./privacy";

/** The json value the statement answers (the column "dashboard"). */
export type DashboardJson = {
  /** The summary rows of the year and the two before, by year then indicator. */
  summaries: {
    schoolYear: number;
    indicatorCode: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    countsPupils: boolean;
  }[];
  /** The year's baselines and targets, by indicator. */
  targets: { indicatorCode: string; baseline: number | null; target: number | null; comment: string }[];
  /** The trend within the year: the values entered per period and the figures computed per period, in the periods' order. */
  trend: {
    indicatorCode: string;
    period: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    countsPupils: boolean;
    comment: string;
  }[];
  /** The actions of the year's grids past their due date and not done, the oldest due first (dueOn: "YYYY-MM-DD"). */
  lateActions: { id: string; title: string; owner: string; dueOn: string; status: ActionStatus; strand: StrandKind }[];
};

/**
 * A school's dashboard in one statement: its summary rows over the year and
 * the two before, the year's targets, the trend within the year and the late
 * actions of its grids. Run in the caller's scoped transaction (row-level
 * security applies to every table read).
 */
export function dashboardQuery(establishmentId: string, schoolYear: number, today: Date) {
  // Repeated where each part needs them: one parameter per use.
  const est = Prisma.sql`${establishmentId}::uuid`;
  const year = Prisma.sql`${schoolYear}::int`;
  return Prisma.sql`
    SELECT json_build_object(
      'summaries', (
        SELECT coalesce(json_agg(r ORDER BY r."schoolYear", r."indicatorCode"), '[]') FROM (
          SELECT s.school_year AS "schoolYear", s.indicator_code AS "indicatorCode", s.value, s.numerator, s.denominator, s.counts_pupils AS "countsPupils"
          FROM indicator_summaries s
          WHERE s.establishment_id = ${est} AND s.school_year IN (${year} - 2, ${year} - 1, ${year})
        ) r
      ),
      'targets', (
        SELECT coalesce(json_agg(r ORDER BY r."indicatorCode"), '[]') FROM (
          SELECT t.indicator_code AS "indicatorCode", t.baseline, t.target, t.comment
          FROM indicator_targets t
          WHERE t.establishment_id = ${est} AND t.school_year = ${year}
        ) r
      ),
      'trend', (
        SELECT coalesce(json_agg(json_build_object(
          'indicatorCode', t.indicator_code, 'period', t.period, 'value', t.value, 'numerator', t.numerator,
          'denominator', t.denominator, 'countsPupils', t.counts_pupils, 'comment', t.comment
        ) ORDER BY t.starts_on, t.indicator_code), '[]')
        FROM (
          SELECT p.starts_on, p.name AS period, v.indicator_code, v.value, NULL::numeric AS numerator, NULL::numeric AS denominator, false AS counts_pupils, v.comment
          FROM indicator_values v
          JOIN periods p ON p.establishment_id = ${est} AND p.id = v.period_id AND p.school_year = ${year}
          WHERE v.establishment_id = ${est} AND v.school_year = ${year}
          UNION ALL
          SELECT p.starts_on, p.name, s.indicator_code, s.value, s.numerator, s.denominator, s.counts_pupils, ''
          FROM indicator_period_summaries s
          JOIN periods p ON p.establishment_id = ${est} AND p.id = s.period_id AND p.school_year = ${year}
          WHERE s.establishment_id = ${est}
        ) t
      ),
      'lateActions', (
        SELECT coalesce(json_agg(r ORDER BY r."dueOn"), '[]') FROM (
          SELECT a.id, a.title, a.owner, a.due_on AS "dueOn", a.status, s.strand
          FROM grid_actions a
          JOIN grids g ON g.establishment_id = a.establishment_id AND g.id = a.grid_id
          JOIN schemes s ON s.establishment_id = g.establishment_id AND s.id = g.scheme_id
          WHERE a.establishment_id = ${est} AND a.status IN ('PLANNED', 'IN_PROGRESS')
            AND a.due_on < ${today}::date AND s.school_year = ${year}
        ) r
      )
    ) AS dashboard`;
}

export type DashboardFigure = SummaryFigure & { schoolYear: number; suppressed: boolean };

/**
 * The statement's json as the dashboard uses it: inspectors (aggregateOnly)
 * get small counts hidden, and a computed figure hidden from them is left out
 * of the trend; a due date becomes midnight UTC, as Prisma reads a date.
 */
export function dashboardFromJson(data: DashboardJson, aggregateOnly: boolean) {
  return {
    figures: data.summaries.map((s): DashboardFigure => visibleFigure(s, aggregateOnly)),
    targets: data.targets.map((t) => ({ indicatorCode: t.indicatorCode, baseline: t.baseline, target: t.target, comment: t.comment })),
    periodValues: data.trend.flatMap((t) => {
      const figure = visibleFigure(t, aggregateOnly);
      return figure.value === null ? [] : [{ indicatorCode: t.indicatorCode, period: t.period, value: figure.value, comment: t.comment }];
    }),
    lateActions: data.lateActions.map((a) => ({ id: a.id, title: a.title, owner: a.owner, dueOn: new Date(`${a.dueOn}T00:00:00Z`), status: a.status, strand: a.strand })),
  };
}
