export type Summary = { n: number; p50: number; p95: number; p99: number; mean: number };

/** Nearest-rank percentile of a list of times (ms). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function summarise(values: number[]): Summary {
  const round = (v: number) => Math.round(v * 100) / 100;
  const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
  return { n: values.length, p50: round(percentile(values, 0.5)), p95: round(percentile(values, 0.95)), p99: round(percentile(values, 0.99)), mean: round(mean) };
}
