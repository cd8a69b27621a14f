// The académie comparison's SQL, alone (no "server-only") so that the
// benchmark (tests/benchmarks/comparison.ts, queries.ts) times exactly what
// the page runs: one call of app_indicator_comparison (see its migration),
// which checks the caller's schools once rather than on every row; and the
// mapping of its rows, which the benchmark's plain-pg path applies too.
// (Answering one json value instead, as the dashboard's statement does, cost
// the page 1.1-1.5 ms more at p50: PostgreSQL built 400 objects more slowly
// than Prisma converted 400 rows. Measured on the bench data at scale M.)
import { Prisma } from "@/generated/prisma/client";
import type { Diploma, EstablishmentKind } from "@/generated/prisma/enums";
import { visibleFigure } from "./privacy";

/** A row of the statement: numerics as text (Number() of it), as pg and Prisma both give them. */
export type ComparisonSqlRow = {
  id: string;
  uai: string;
  name: string;
  city: string;
  kind: EstablishmentKind;
  indicator_code: string | null;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  counts_pupils: boolean | null;
  previous: string | null;
  previous_numerator: string | null;
  previous_denominator: string | null;
};

export function comparisonQuery(options: { establishmentIds: string[]; schoolYear: number; codes: string[]; kind: EstablishmentKind | null; diploma: Diploma | null }) {
  return Prisma.sql`
    SELECT e.id, e.uai, e.name, e.city, e.kind, c.indicator_code, c.value::text, c.numerator::text, c.denominator::text, c.counts_pupils,
      c.previous::text, c.previous_numerator::text, c.previous_denominator::text
    FROM app_indicator_comparison(${options.establishmentIds}::uuid[], ${options.schoolYear}::int, ${options.codes}::text[],
      ${options.kind}::establishment_kind, ${options.diploma}::diploma) AS c
    JOIN establishments e ON e.id = c.establishment_id
    -- The schools compared, by their key: joined alone, every school of the database was hashed
    -- (25 schools among 10,000: 6.2 ms, 1.2 ms with this; tests/benchmarks/comparison.ts).
    WHERE e.id = ANY (${options.establishmentIds}::uuid[])
    ORDER BY e.name`;
}

export type ComparisonRow = {
  establishmentId: string;
  uai: string;
  name: string;
  city: string;
  kind: EstablishmentKind;
  indicatorCode: string;
  value: number | null;
  previous: number | null;
  suppressed: boolean;
};

const num = (v: string | null): number | null => (v === null ? null : Number(v));

/** The statement's rows as the comparison uses them: aggregates only, small counts hidden for the year and the year before alike. */
export function comparisonRowsFrom(rows: ComparisonSqlRow[]): ComparisonRow[] {
  return rows.flatMap((r) => {
    if (!r.indicator_code) return [];
    const countsPupils = r.counts_pupils ?? false;
    const current = visibleFigure({ indicatorCode: r.indicator_code, value: num(r.value), numerator: num(r.numerator), denominator: num(r.denominator), countsPupils }, true);
    const previous = visibleFigure(
      { indicatorCode: r.indicator_code, value: num(r.previous), numerator: num(r.previous_numerator), denominator: num(r.previous_denominator), countsPupils },
      true,
    );
    return [{ establishmentId: r.id, uai: r.uai, name: r.name, city: r.city, kind: r.kind, indicatorCode: r.indicator_code, value: current.value, previous: previous.value, suppressed: current.suppressed }];
  });
}
