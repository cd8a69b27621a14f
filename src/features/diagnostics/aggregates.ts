import "server-only";
import type { Db } from "@/server/prisma-client";
import type { MasteryLevel } from "./levels";
import type { LevelCount } from "./privacy";
import type { CompetencyDomain } from "./schemas";

// Aggregates of pupils' diagnostics for readers who may not see pupils
// (inspectors). Computed by SECURITY DEFINER functions (migration
// 20261122224500_diagnostic_aggregates) that answer only for schools the
// caller may read, and return counts with 1 to 4 already hidden (null).

const toNumber = (value: bigint | number | null) => (value === null ? null : Number(value));

export type SchoolDiagnosticOverview = { establishmentId: string; pupilsEnrolled: number | null; pupilsDiagnosed: number | null };

/** Per school: pupils enrolled this year and pupils with at least one diagnostic result. */
export async function loadDiagnosticOverview(tx: Db, options: { establishmentIds: string[]; schoolYear: number }): Promise<SchoolDiagnosticOverview[]> {
  if (options.establishmentIds.length === 0) return [];
  const rows = await tx.$queryRaw<{ establishment_id: string; pupils_enrolled: bigint | null; pupils_diagnosed: bigint | null }[]>`
    SELECT establishment_id, pupils_enrolled, pupils_diagnosed
    FROM app_diagnostic_overview(${options.establishmentIds}::uuid[], ${options.schoolYear}::integer)`;
  return rows.map((row) => ({ establishmentId: row.establishment_id, pupilsEnrolled: toNumber(row.pupils_enrolled), pupilsDiagnosed: toNumber(row.pupils_diagnosed) }));
}

/** All the schools together: per domain and level, the latest results of the year. */
export async function loadDiagnosticLevels(tx: Db, options: { establishmentIds: string[]; schoolYear: number }): Promise<LevelCount[]> {
  if (options.establishmentIds.length === 0) return [];
  const rows = await tx.$queryRaw<{ domain: CompetencyDomain; level: MasteryLevel; results: bigint | null }[]>`
    SELECT domain::text AS domain, level::text AS level, results
    FROM app_diagnostic_levels(${options.establishmentIds}::uuid[], ${options.schoolYear}::integer)`;
  return rows.map((row) => ({ domain: row.domain, level: row.level, results: toNumber(row.results) }));
}
