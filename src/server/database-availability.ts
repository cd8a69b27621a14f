// Whether PostgreSQL answers, as this server process last saw it. A connection
// error (refused, dropped, server shutting down or starting up) marks the
// database unavailable; while it is, proxy.ts answers pages and routes with a
// French 503 page and probes the database (at most every PROBE_INTERVAL_MS)
// until it answers again. The state lives on globalThis under a registered
// symbol so that the proxy and the app's routes, bundled apart, share it.
// No "server-only" guard: proxy.ts imports it.
import { errorChain } from "./errors";

export const UNAVAILABLE_MESSAGE =
  "Service momentanément indisponible : la base de données ne répond pas. Réessayez dans quelques secondes ; rien de ce que vous avez enregistré avant n'est perdu.";
export const RETRY_AFTER_SECONDS = 5;
export const DATABASE_UNAVAILABLE_DIGEST = "BOUSSOLE_DATABASE_UNAVAILABLE";
const PROBE_INTERVAL_MS = 500;
const PROBE_TIMEOUT_MS = 2_000;

type State = {
  unavailableSince: number | null;
  lastProbeAt: number;
  probing: Promise<boolean> | null;
  probe: (() => Promise<unknown>) | null;
};

const KEY = Symbol.for("boussole.databaseAvailability");

function state(): State {
  const holder = globalThis as unknown as Record<symbol, State | undefined>;
  return (holder[KEY] ??= { unavailableSince: null, lastProbeAt: 0, probing: null, probe: null });
}

// Node socket codes, PostgreSQL SQLSTATEs (admin/crash shutdown, cannot connect now, connection
// exceptions, too many connections) and the adapter's kinds for a server that cannot be reached.
const CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "53300",
]);
const KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// What pg throws without a code: a socket closed under a query, the pool's wait for a connection.
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery)/i;

/** Whether an error (or one of its causes) says PostgreSQL cannot be reached, rather than a query's fault. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  for (const e of errorChain(error)) {
    if (typeof e.code === "string" && CODES.has(e.code)) return true;
    if (typeof e.originalCode === "string" && CODES.has(e.originalCode)) return true;
    if (typeof e.kind === "string" && KINDS.has(e.kind)) return true;
    if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  }
  return false;
}

/** The error pages and actions see when the database cannot be reached: its digest survives production builds. */
export class DatabaseUnavailableError extends Error {
  readonly status = 503;
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
  constructor(cause?: unknown) {
    super(UNAVAILABLE_MESSAGE, { cause });
  }
}

/** Where a page caught by the outage half-way sends the browser; proxy.ts answers it with the 503 page. */
export const UNAVAILABLE_PATH = "/indisponible";

export function unavailablePath(back: string): string {
  return `${UNAVAILABLE_PATH}?retour=${encodeURIComponent(back)}`;
}

/** The page to go back to once the database answers: a path of this site, or the home page. */
export function safeReturnPath(value: string | null): string {
  return value && /^\/(?![/\\])[^\s\\]*$/.test(value) && !value.startsWith(UNAVAILABLE_PATH) ? value : "/";
}

export function markDatabaseUnavailable(): void {
  const s = state();
  s.unavailableSince ??= Date.now();
}

export function markDatabaseAvailable(): void {
  state().unavailableSince = null;
}

/** The query that tells whether the database answers (the app's own pool, registered by db()). */
export function registerDatabaseProbe(probe: () => Promise<unknown>): void {
  state().probe = probe;
}

/**
 * Whether requests should be turned away: false when the database is believed up; when it is
 * marked down, probes it (one probe at a time, at most every PROBE_INTERVAL_MS) and clears the
 * mark as soon as it answers.
 */
export async function databaseUnavailable(): Promise<boolean> {
  const s = state();
  if (s.unavailableSince === null) return false;
  if (!s.probe) return true;
  if (!s.probing && Date.now() - s.lastProbeAt >= PROBE_INTERVAL_MS) {
    s.lastProbeAt = Date.now();
    const probe = s.probe;
    s.probing = (async () => {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          probe(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error("probe timeout")), PROBE_TIMEOUT_MS);
          }),
        ]);
        markDatabaseAvailable();
        return true;
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
        s.probing = null;
      }
    })();
  }
  if (s.probing) await s.probing;
  return s.unavailableSince !== null;
}
