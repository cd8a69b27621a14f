// Inspectors read aggregates only: a figure made of 1 to 4 pupils (or that
// leaves 1 to 4 pupils out of a share) is hidden, so that a small group
// cannot be singled out. 0 stays 0. Figures that count no pupil are shown.

export const SMALL_COUNT = 5;

export type SummaryFigure = {
  indicatorCode: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  countsPupils: boolean;
};

const small = (n: number | null) => n !== null && n > 0 && n < SMALL_COUNT;

/**
 * Whether the figure must be hidden from a reader who may not read pupils. The
 * comparison applies the same rule in the database (app_counts_suppressed, in
 * migration 20261205120000_comparison_hides_small_counts); a test checks that
 * the two agree (tests/integration/indicators.integration.test.ts, "small
 * counts for inspectors").
 */
export function isSuppressed({ indicatorCode, countsPupils, numerator, denominator }: SummaryFigure): boolean {
  if (!countsPupils) return false;
  // A mean group size counts members (pupils) over groups: only the members matter.
  if (indicatorCode === "MEAN_GROUP_SIZE") return small(numerator);
  return small(numerator) || small(denominator) || (numerator !== null && denominator !== null && small(denominator - numerator));
}

/** The figure as a reader may see it: inspectors get null (shown as "< 5") for a small count, and no counts at all. */
export function visibleFigure<T extends SummaryFigure>(figure: T, aggregateOnly: boolean): T & { suppressed: boolean } {
  if (!aggregateOnly) return { ...figure, suppressed: false };
  if (isSuppressed(figure)) return { ...figure, value: null, numerator: null, denominator: null, suppressed: true };
  return { ...figure, suppressed: false };
}
