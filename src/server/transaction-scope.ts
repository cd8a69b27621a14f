// What a scoped transaction tells PostgreSQL before any work: the request's
// scope as transaction-local settings (set_config(..., true)), which the
// row-level security policies read. The statement is built here once for the
// driver adapter that sends it (scope-setting-adapter.ts), for runInScope's
// own fallback, and for the benchmark's plain-pg path. No "server-only"
// guard: the command-line tools and the tests build clients with it.
import { AsyncLocalStorage } from "node:async_hooks";
import type { DataScope } from "@/features/access/scope";

export type ScopeSettings = { sql: string; args: string[] };

export const SCOPE_SETTINGS_SQL = `SELECT
  set_config('app.user_id', $1, true),
  set_config('app.admin', $2, true),
  set_config('app.readable', $3, true),
  set_config('app.writable', $4, true),
  set_config('app.manageable', $5, true),
  set_config('app.roles', $6, true)`;

export function scopeSettings(scope: DataScope): ScopeSettings {
  return {
    sql: SCOPE_SETTINGS_SQL,
    args: [
      scope.userId ?? "",
      scope.isAdmin ? "on" : "off",
      scope.readable.join(","),
      scope.writable ?? "",
      scope.manageable ?? "",
      (scope.roles ?? []).join(","),
    ],
  };
}

/**
 * The scope of the transaction being opened, for the driver adapter: runInScope
 * puts it here, the adapter's startTransaction takes it (once: a transaction
 * opened inside the work gets none, so it sees no tenant row).
 */
export type OpeningScope = { settings: ScopeSettings; taken: boolean };

export const openingScope = new AsyncLocalStorage<OpeningScope>();

/** The scope waiting for the transaction being opened in this async context, marked as taken; null when there is none. */
export function takeOpeningScope(): ScopeSettings | null {
  const opening = openingScope.getStore();
  if (!opening || opening.taken) return null;
  opening.taken = true;
  return opening.settings;
}
