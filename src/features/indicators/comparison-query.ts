// The académie comparison's SQL, alone (no "server-only") so that the
// benchmark (tests/benchmarks/comparison.ts) times exactly what the page runs:
// one call of app_indicator_comparison (see its migration), which checks the
// caller's schools once rather than on every row.
import { Prisma } from "@/generated/prisma/client";
import type { Diploma, EstablishmentKind } from "@/generated/prisma/enums";

export function comparisonQuery(options: { establishmentIds: string[]; schoolYear: number; codes: string[]; kind: EstablishmentKind | null; diploma: Diploma | null }) {
  return Prisma.sql`
    SELECT e.id, e.uai, e.name, e.city, e.kind, c.indicator_code, c.value::text, c.numerator::text, c.denominator::text, c.counts_pupils,
      c.previous::text, c.previous_numerator::text, c.previous_denominator::text
    FROM app_indicator_comparison(${options.establishmentIds}::uuid[], ${options.schoolYear}::int, ${options.codes}::text[],
      ${options.kind}::establishment_kind, ${options.diploma}::diploma) AS c
    JOIN establishments e ON e.id = c.establishment_id
    ORDER BY e.name`;
}
