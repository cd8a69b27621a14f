// The rows of a school's dashboard, built once for the page and its CSV export.
import { schoolYearLabel } from "@/lib/school-year";
import { indicatorCatalogue, type CatalogueIndicator } from "./catalogue";
import type { DashboardFigure } from "./queries";
import { targetStatusOf, type TargetStatus } from "./statistics";

export type DashboardRow = CatalogueIndicator & {
  /** The figure of each year shown, oldest first (null: none, or hidden). */
  years: { schoolYear: number; value: number | null; suppressed: boolean }[];
  value: number | null;
  suppressed: boolean;
  previous: number | null;
  baseline: number | null;
  target: number | null;
  status: TargetStatus;
  periods: { period: string; value: number }[];
};

export function dashboardRows(data: {
  schoolYear: number;
  figures: DashboardFigure[];
  targets: { indicatorCode: string; baseline: number | null; target: number | null }[];
  periodValues: { indicatorCode: string; period: string; value: number }[];
}): DashboardRow[] {
  const years = [data.schoolYear - 2, data.schoolYear - 1, data.schoolYear];
  const figureOf = new Map(data.figures.map((f) => [`${f.indicatorCode}|${f.schoolYear}`, f]));
  const targetOf = new Map(data.targets.map((t) => [t.indicatorCode, t]));
  return indicatorCatalogue.map((indicator) => {
    const series = years.map((schoolYear) => {
      const f = figureOf.get(`${indicator.code}|${schoolYear}`);
      return { schoolYear, value: f?.value ?? null, suppressed: f?.suppressed ?? false };
    });
    const current = series[2]!;
    const target = targetOf.get(indicator.code);
    return {
      ...indicator,
      years: series,
      value: current.value,
      suppressed: current.suppressed,
      previous: series[1]!.value,
      baseline: target?.baseline ?? null,
      target: target?.target ?? null,
      status: targetStatusOf({ value: current.value, baseline: target?.baseline ?? null, target: target?.target ?? null, direction: indicator.direction }),
      periods: data.periodValues.filter((v) => v.indicatorCode === indicator.code).map((v) => ({ period: v.period, value: v.value })),
    };
  });
}

/** The four figures the dashboard opens with, and whose trends it draws. */
export const ESSENTIAL_INDICATORS = ["HOURS_DELIVERED_RATE", "PUPILS_IN_GROUP_SHARE", "GRID_COMPLETION", "LATE_ACTIONS"] as const;

export type Trend = { row: DashboardRow; heading: string; points: { label: string; value: number | null; suppressed?: boolean }[] };

/**
 * The trends worth drawing, in the rows' order: within the year, period by
 * period, where the indicator has values per period; otherwise over three
 * years, where at least two of them have a figure.
 */
export function trendsOf(rows: DashboardRow[], schoolYear: number): Trend[] {
  return rows.flatMap((row): Trend[] => {
    if (row.periods.length > 0) {
      return [{ row, heading: `par période, ${schoolYearLabel(schoolYear)}`, points: row.periods.map((p) => ({ label: p.period, value: p.value })) }];
    }
    if (row.years.filter((y) => y.value !== null || y.suppressed).length >= 2) {
      return [{ row, heading: "sur trois ans", points: row.years.map((y) => ({ label: schoolYearLabel(y.schoolYear), value: y.value, suppressed: y.suppressed })) }];
    }
    return [];
  });
}
