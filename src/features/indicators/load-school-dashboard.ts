import "server-only";
import { canOn } from "@/features/access/scope";
import { loadCompliance } from "@/features/hours/queries";
import type { SchoolAccess } from "@/server/guards";
import type { Db } from "@/server/prisma-client";
import { withScope } from "@/server/tenant";
import { dashboardRows } from "./dashboard";
import { ensureFreshSummaries, loadDashboard } from "./queries";

type Reader = { aggregateOnly: boolean; establishmentId: string; schoolYear: number; today: Date };

function readerOf(access: SchoolAccess, schoolYear: number): Reader {
  const { scope, establishment } = access;
  // Inspectors (who may not read pupils) get aggregates with small counts hidden.
  return { aggregateOnly: !canOn(scope, "pupils.read", establishment), establishmentId: establishment.id, schoolYear, today: new Date() };
}

/** The summary (recomputed first if a write changed it) and the dashboard's reads, in the caller's transaction. */
async function indicatorsOf(tx: Db, reader: Reader) {
  const { establishmentId, schoolYear } = reader;
  await ensureFreshSummaries(tx, { establishmentIds: [establishmentId], schoolYears: [schoolYear - 2, schoolYear - 1, schoolYear] });
  return loadDashboard(tx, reader);
}

/** A school's dashboard for a reader: its indicator rows, hours and late actions. */
export async function loadSchoolDashboard(access: SchoolAccess, schoolYear: number) {
  const reader = readerOf(access, schoolYear);
  const loaded = await withScope(access.data, async (tx) => {
    // One after the other: a transaction's statements share one connection anyway, and
    // Prisma compiles a batch of statements sent in the same tick again at every call when
    // it starts with a raw one (no query plan cache): 3 ms of a dashboard, measured.
    const dashboard = await indicatorsOf(tx, reader);
    const compliance = await loadCompliance(tx, { establishmentId: reader.establishmentId, schoolYear, today: reader.today });
    return { ...dashboard, compliance };
  });
  return {
    aggregateOnly: reader.aggregateOnly,
    rows: dashboardRows({ schoolYear, ...loaded }),
    compliance: loaded.compliance,
    lateActions: loaded.lateActions,
  };
}

/** A school's indicator rows alone (the trends page). */
export async function loadSchoolIndicators(access: SchoolAccess, schoolYear: number) {
  const reader = readerOf(access, schoolYear);
  const loaded = await withScope(access.data, (tx) => indicatorsOf(tx, reader));
  return { aggregateOnly: reader.aggregateOnly, rows: dashboardRows({ schoolYear, ...loaded }) };
}
