import "server-only";
import type { Diploma, EstablishmentKind } from "@/generated/prisma/enums";
import type { Db } from "@/server/prisma-client";
import { comparisonQuery, type ComparisonRow } from "./comparison-query";
import { dashboardFromJson, dashboardQuery, type DashboardJson } from "./dashboard-query";

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** The catalogue as stored (the migration seeds it), in its order. */
export async function listIndicators(tx: Db) {
  const rows = await tx.indicator.findMany({ orderBy: { position: "asc" } });
  return rows.map((r) => ({ ...r, minValue: Number(r.minValue), maxValue: Number(r.maxValue) }));
}
export type IndicatorRow = Awaited<ReturnType<typeof listIndicators>>[number];

/**
 * Recomputes the summaries that are stale: those a write has changed since
 * they were computed (triggers note every change of the data they count), or
 * computed before today. A fresh summary is read as stored. With no years
 * given, the years a change is waiting for.
 */
export async function ensureFreshSummaries(tx: Db, options: { establishmentIds: string[]; schoolYears: number[] | null }) {
  if (options.establishmentIds.length === 0) return 0;
  const [row] = await tx.$queryRaw<{ written: number }[]>`
    SELECT app_refresh_stale_indicator_summaries(${options.establishmentIds}::uuid[], ${options.schoolYears}::int[]) AS written`;
  return row?.written ?? 0;
}

/** What the entry page shows: the year's teaching periods, entered indicators with their values, and every target. */
export async function loadEntrySheet(tx: Db, options: { establishmentId: string; schoolYear: number }) {
  const where = { establishmentId: options.establishmentId, schoolYear: options.schoolYear };
  const [periods, values, targets] = await Promise.all([
    tx.period.findMany({ where: { ...where, kind: "TEACHING" }, orderBy: { startsOn: "asc" }, select: { id: true, name: true } }),
    tx.indicatorValue.findMany({ where, select: { id: true, indicatorCode: true, periodId: true, value: true, comment: true, updatedAt: true } }),
    tx.indicatorTarget.findMany({ where, select: { indicatorCode: true, baseline: true, target: true, comment: true, updatedAt: true } }),
  ]);
  return {
    periods,
    values: values.map((v) => ({ id: v.id, indicatorCode: v.indicatorCode, periodId: v.periodId ?? "", value: Number(v.value), comment: v.comment, version: v.updatedAt.toISOString() })),
    targets: targets.map((t) => ({ indicatorCode: t.indicatorCode, baseline: num(t.baseline), target: num(t.target), comment: t.comment, version: t.updatedAt.toISOString() })),
  };
}

export type { DashboardFigure } from "./dashboard-query";

/**
 * A school's dashboard in one statement (see dashboard-query.ts): its summary
 * rows over the year and the two before, the year's targets, the trend within
 * the year (entered values and computed figures per teaching period), and the
 * actions of its grids that are late. Inspectors (aggregateOnly) get small
 * counts hidden.
 */
export async function loadDashboard(tx: Db, options: { establishmentId: string; schoolYear: number; aggregateOnly: boolean; today: Date }) {
  // Prisma parses a json column: the one row's value is the object itself.
  const [row] = await tx.$queryRaw<{ dashboard: DashboardJson }[]>(dashboardQuery(options.establishmentId, options.schoolYear, options.today));
  return dashboardFromJson(row!.dashboard, options.aggregateOnly);
}

export type { ComparisonRow } from "./comparison-query";

/**
 * The académie comparison: one summary row per school and indicator for the
 * year, paired with the year before's for the change, each read by its primary
 * key; never a raw row of the schools. Small counts are hidden by the database
 * (aggregates only), for the year and the year before alike.
 */
export async function loadComparison(
  tx: Db,
  options: { establishmentIds: string[]; schoolYear: number; codes: string[]; kind: EstablishmentKind | null; diploma: Diploma | null },
): Promise<ComparisonRow[]> {
  if (options.establishmentIds.length === 0 || options.codes.length === 0) return [];
  return tx.$queryRaw<ComparisonRow[]>(comparisonQuery(options));
}
