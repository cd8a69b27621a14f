import "server-only";
import { academyDataScope, type RequestScope } from "@/features/access/scope";
import { listAcademiesWithEstablishments } from "@/features/establishments/queries";
import { db } from "@/server/db";
import { withScope } from "@/server/tenant";
import { comparisonParams, comparisonTable } from "./comparison";
import { ensureFreshSummaries, loadComparison } from "./queries";

/**
 * The comparison of an académie's schools. Summaries missing, changed by a
 * write since they were computed, or from another day are recomputed first
 * (only those); the comparison itself reads one summary row per school and indicator.
 */
export async function loadComparisonView(scope: RequestScope, academy: { id: string }, search: Record<string, string | string[] | undefined>) {
  const params = comparisonParams(search);
  const directory = await listAcademiesWithEstablishments({ db: db(), academyId: academy.id });
  const schools = directory.flatMap((a) => a.establishments);
  const ids = schools.map((s) => s.id);
  const rows = await withScope(academyDataScope(scope, academy, ids), async (tx) => {
    await ensureFreshSummaries(tx, { establishmentIds: ids, schoolYears: [params.schoolYear - 1, params.schoolYear] });
    return loadComparison(tx, { establishmentIds: ids, schoolYear: params.schoolYear, codes: params.codes, kind: params.kind, diploma: params.diploma });
  });
  // Schools left out by a filter have no row: keep only the schools that answered the query.
  const kept = new Set(rows.map((r) => r.establishmentId));
  const shown = params.kind || params.diploma ? schools.filter((s) => kept.has(s.id)) : schools;
  return { params, table: comparisonTable(rows, params, shown) };
}
