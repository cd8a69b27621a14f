import "server-only";
import { canOn } from "@/features/access/scope";
import { loadCompliance } from "@/features/hours/queries";
import type { SchoolAccess } from "@/server/guards";
import { withScope } from "@/server/tenant";
import { dashboardRows } from "./dashboard";
import { ensureFreshSummaries, loadDashboard } from "./queries";

/** A school's dashboard for a reader: its summary (recomputed first if a write changed it), rows, hours and late actions. */
export async function loadSchoolDashboard(access: SchoolAccess, schoolYear: number) {
  const { scope, establishment, data } = access;
  // Inspectors (who may not read pupils) get aggregates with small counts hidden.
  const aggregateOnly = !canOn(scope, "pupils.read", establishment);
  const today = new Date();
  const loaded = await withScope(data, async (tx) => {
    await ensureFreshSummaries(tx, { establishmentIds: [establishment.id], schoolYears: [schoolYear - 2, schoolYear - 1, schoolYear] });
    const [dashboard, compliance] = await Promise.all([
      loadDashboard(tx, { establishmentId: establishment.id, schoolYear, aggregateOnly, today }),
      loadCompliance(tx, { establishmentId: establishment.id, schoolYear, today }),
    ]);
    return { ...dashboard, compliance };
  });
  return { aggregateOnly, rows: dashboardRows({ schoolYear, ...loaded }), compliance: loaded.compliance, lateActions: loaded.lateActions };
}
