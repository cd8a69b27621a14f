// The académie's spread of one indicator: quartiles and median (linear
// interpolation, as PostgreSQL's percentile_cont and spreadsheets compute them),
// and where a school stands against them, taking the indicator's direction into account.
import type { IndicatorDirection } from "@/generated/prisma/enums";

export type Spread = { count: number; q1: number; median: number; q3: number } | null;

function quantile(sorted: number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

export function spreadOf(values: (number | null)[]): Spread {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { count: sorted.length, q1: round(quantile(sorted, 0.25)), median: round(quantile(sorted, 0.5)), q3: round(quantile(sorted, 0.75)) };
}

export type Position = "TOP_QUARTER" | "ABOVE_MEDIAN" | "BELOW_MEDIAN" | "BOTTOM_QUARTER";

export const positionLabels: Record<Position, string> = {
  TOP_QUARTER: "Quart le plus favorable",
  ABOVE_MEDIAN: "Au-delà de la médiane",
  BELOW_MEDIAN: "En deçà de la médiane",
  BOTTOM_QUARTER: "Quart le moins favorable",
};

/** A school's place in the académie: "favourable" follows the direction (a low drop-out rate is favourable). */
export function positionOf(value: number | null, spread: Spread, direction: IndicatorDirection): Position | null {
  if (value === null || spread === null || spread.count < 2) return null;
  const better = direction === "HIGHER_IS_BETTER" ? (a: number, b: number) => a > b : (a: number, b: number) => a < b;
  const topEdge = direction === "HIGHER_IS_BETTER" ? spread.q3 : spread.q1;
  const bottomEdge = direction === "HIGHER_IS_BETTER" ? spread.q1 : spread.q3;
  if (better(value, topEdge)) return "TOP_QUARTER";
  if (better(bottomEdge, value)) return "BOTTOM_QUARTER";
  if (better(value, spread.median) || value === spread.median) return "ABOVE_MEDIAN";
  return "BELOW_MEDIAN";
}

export type TargetStatus = "REACHED" | "PROGRESSING" | "BEHIND" | "NO_TARGET";

export const targetStatusLabels: Record<TargetStatus, string> = {
  REACHED: "Cible atteinte",
  PROGRESSING: "En progrès",
  BEHIND: "En retrait",
  NO_TARGET: "Sans cible",
};

/** Against its target: reached, or moving from the baseline toward it, or not. */
export function targetStatusOf(options: { value: number | null; baseline: number | null; target: number | null; direction: IndicatorDirection }): TargetStatus {
  const { value, baseline, target, direction } = options;
  if (target === null || value === null) return "NO_TARGET";
  const sign = direction === "HIGHER_IS_BETTER" ? 1 : -1;
  if (sign * (value - target) >= 0) return "REACHED";
  if (baseline !== null && sign * (value - baseline) > 0) return "PROGRESSING";
  return "BEHIND";
}
