// The académie comparison's SQL, alone (no "server-only") so that the
// benchmark (tests/benchmarks/comparison.ts, queries.ts) times exactly what
// the page runs: one call of app_indicator_comparison (see its migration),
// which checks the caller's schools once rather than on every row; and the
// mapping of its rows, which the benchmark's plain-pg path applies too.
// (Answering one json value instead, as the dashboard's statement does, cost
// the page 1.1-1.5 ms more at p50: PostgreSQL built 400 objects more slowly
// than Prisma converted 400 rows. Measured on the bench data at scale M. At 1,000 schools, json
// arrays saved 3.6 ms of 43.5 before the mapping it would still need: tests/benchmarks/HISTORY.md,
// session 14.)
import { Prisma } from "@/generated/prisma/client";
import type { Diploma, EstablishmentKind } from "@/generated/prisma/enums";
import { countsSuppressed } from "./privacy";

/** A row of the statement: numerics as text (Number() of it), as pg and Prisma both give them. */
export type ComparisonSqlRow = {
  establishment_id: string;
  indicator_code: string | null;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  counts_pupils: boolean | null;
  previous: string | null;
  previous_numerator: string | null;
  previous_denominator: string | null;
};

/**
 * The figures alone, one row per school and indicator, in no order: the page
 * knows the schools (their names, towns and kinds) from the académie's
 * directory and sorts them itself. Joined to the schools and sorted by name
 * here until session 14: at 1,000 schools, 4,000 rows each carrying its
 * school's five columns, converted and mapped for nothing.
 */
export function comparisonQuery(options: { establishmentIds: string[]; schoolYear: number; codes: string[]; kind: EstablishmentKind | null; diploma: Diploma | null }) {
  return Prisma.sql`
    SELECT c.establishment_id, c.indicator_code, c.value::text, c.numerator::text, c.denominator::text, c.counts_pupils,
      c.previous::text, c.previous_numerator::text, c.previous_denominator::text
    FROM app_indicator_comparison(${options.establishmentIds}::uuid[], ${options.schoolYear}::int, ${options.codes}::text[],
      ${options.kind}::establishment_kind, ${options.diploma}::diploma) AS c`;
}

export type ComparisonRow = {
  establishmentId: string;
  indicatorCode: string;
  value: number | null;
  previous: number | null;
  suppressed: boolean;
};

const num = (v: string | null): number | null => (v === null ? null : Number(v));

/** The statement's rows as the comparison uses them: aggregates only, small counts hidden for the year and the year before alike. */
export function comparisonRowsFrom(rows: ComparisonSqlRow[]): ComparisonRow[] {
  const out: ComparisonRow[] = [];
  for (const r of rows) {
    if (!r.indicator_code) continue;
    const countsPupils = r.counts_pupils ?? false;
    const suppressed = countsSuppressed(r.indicator_code, countsPupils, num(r.numerator), num(r.denominator));
    const previousSuppressed = countsSuppressed(r.indicator_code, countsPupils, num(r.previous_numerator), num(r.previous_denominator));
    out.push({
      establishmentId: r.establishment_id,
      indicatorCode: r.indicator_code,
      value: suppressed ? null : num(r.value),
      previous: previousSuppressed ? null : num(r.previous),
      suppressed,
    });
  }
  return out;
}
