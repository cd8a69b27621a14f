// The académie comparison's SQL, alone (no "server-only") so that the
// benchmark (tests/benchmarks/comparison.ts, queries.ts) times exactly what
// the page runs: one call of app_indicator_comparison (see its migrations),
// which checks the caller's schools once rather than on every row, and hides
// small counts itself (since session 15: the counts never leave the database).
// (Answering one json value instead, as the dashboard's statement does, cost
// the page 1.1-1.5 ms more at p50: PostgreSQL built 400 objects more slowly
// than Prisma converted 400 rows. Measured on the bench data at scale M. At 1,000 schools, json
// arrays saved 3.6 ms of 43.5 before the mapping it would still need: tests/benchmarks/HISTORY.md,
// session 14.)
import { Prisma } from "@/generated/prisma/client";
import type { Diploma, EstablishmentKind } from "@/generated/prisma/enums";

/**
 * A school's figure for an indicator, as an inspector may see it: hidden
 * (null, suppressed) when it counts 1 to 4 pupils or leaves 1 to 4 out, and
 * last year's figure null when it was hidden (src/features/indicators/privacy.ts).
 */
export type ComparisonRow = {
  establishmentId: string;
  indicatorCode: string;
  value: number | null;
  previous: number | null;
  suppressed: boolean;
};

/**
 * The figures alone, one row per school and indicator, in no order, named as
 * the page uses them (the rows need no mapping): the page knows the schools
 * (their names, towns and kinds) from the académie's directory and sorts them
 * itself. Joined to the schools and sorted by name here until session 14: at
 * 1,000 schools, 4,000 rows each carrying its school's five columns,
 * converted and mapped for nothing.
 */
export function comparisonQuery(options: { establishmentIds: string[]; schoolYear: number; codes: string[]; kind: EstablishmentKind | null; diploma: Diploma | null }) {
  return Prisma.sql`
    SELECT c.establishment_id AS "establishmentId", c.indicator_code AS "indicatorCode", c.value, c.previous, c.suppressed
    FROM app_indicator_comparison(${options.establishmentIds}::uuid[], ${options.schoolYear}::int, ${options.codes}::text[],
      ${options.kind}::establishment_kind, ${options.diploma}::diploma) AS c`;
}
