import "server-only";
import { authorizeSchool } from "@/server/action";
import type { RequestScope } from "@/features/access/scope";
import { withScope } from "@/server/tenant";
import { ensureFreshSummaries } from "./queries";

// After a write to a school, its indicator summaries are brought up to date
// once the response has gone: the triggers have noted which years changed,
// and only those are recomputed. Writes close together (an afternoon of
// diagnostics, an import) share one refresh: it starts a moment after the
// first and sees them all. This only saves the next view the work: a view
// recomputes whatever is still stale before reading, on any instance.

const QUIET_MS = 1_000;
const queued = new Map<string, Promise<void>>();

export function refreshSummariesAfterWrite(scope: RequestScope, establishmentId: string): Promise<void> {
  const already = queued.get(establishmentId);
  if (already) return already;
  const run = (async () => {
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    queued.delete(establishmentId);
    try {
      const { data } = await authorizeSchool(scope, establishmentId, "establishment.read");
      await withScope(data, (tx) => ensureFreshSummaries(tx, { establishmentIds: [establishmentId], schoolYears: null }));
    } catch (error) {
      // The next view recomputes it; nothing is lost.
      console.error("[indicateurs] mise à jour après écriture différée :", error instanceof Error ? error.message : error);
    }
  })();
  queued.set(establishmentId, run);
  return run;
}
