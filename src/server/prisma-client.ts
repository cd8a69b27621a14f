// Builds a Prisma client on the pg driver. No "server-only" guard here: the
// command-line tools (migrations, seed, tests) build their clients with it too.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client";
import { DEFAULT_POOL_TIMEOUTS, type PoolTimeouts } from "./pool-settings";
import { preparedStatementName } from "./prepared-statements";
import { ScopeSettingAdapterFactory } from "./scope-setting-adapter";

/** What data functions take: the client itself or a transaction opened on it. */
export type Db = Prisma.TransactionClient;

export const APP_ROLE = "boussole_app";

type PoolOptions = {
  connectionString: string;
  poolMax?: number;
  /** Role to switch to on every new connection (the embedded database knows only one login). */
  setRole?: string;
  /** Server-side timeouts are only set when given (the command-line tools run long statements). */
  timeouts?: PoolTimeouts;
  /** Told when a pooled connection fails outside a query (the server went away). */
  onConnectionLost?: (error: Error) => void;
};

type ClientOptions = {
  /** Name the app's statements so that each connection plans them once (see prepared-statements.ts). */
  preparedStatements?: boolean;
};

export function createPrismaClient(options: PoolOptions & ClientOptions): PrismaClient {
  return prismaOnPool(createPool(options), options);
}

/** The pg pool a Prisma client is built on. */
export function createPool(options: PoolOptions): pg.Pool {
  const t = options.timeouts;
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: t?.connectionTimeoutMs ?? DEFAULT_POOL_TIMEOUTS.connectionTimeoutMs,
    idleTimeoutMillis: t?.idleTimeoutMs ?? DEFAULT_POOL_TIMEOUTS.idleTimeoutMs,
    // Sent as start-up parameters: in force on every connection, no extra round trip.
    ...(t?.statementTimeoutMs ? { statement_timeout: t.statementTimeoutMs } : {}),
    ...(t?.lockTimeoutMs ? { lock_timeout: t.lockTimeoutMs } : {}),
    ...(t?.idleInTransactionTimeoutMs ? { idle_in_transaction_session_timeout: t.idleInTransactionTimeoutMs } : {}),
  });
  if (options.setRole) {
    const role = options.setRole;
    if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`invalid role name ${role}`);
    pool.on("connect", (client) => {
      client.query(`SET ROLE ${role}`).catch(() => client.release(true));
    });
  }
  pool.on("error", (error) => {
    // An idle connection dropped (server restart): the pool replaces it on next use.
    options.onConnectionLost?.(error);
  });
  return pool;
}

/** A Prisma client on a pool of createPool's (the client ends the pool when it disconnects). */
export function prismaOnPool(pool: pg.Pool, options: ClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg(pool, {
    disposeExternalPool: true,
    ...(options.preparedStatements ? { statementNameGenerator: preparedStatementName } : {}),
  });
  // runInScope's transactions get their scope from the adapter (scope-setting-adapter.ts).
  return new PrismaClient({ adapter: new ScopeSettingAdapterFactory(adapter) });
}

/** The URL the app server connects with: its own restricted role, unless told otherwise. */
export function appConnection(environment: {
  DATABASE_URL: string;
  APP_DATABASE_URL?: string;
  DATABASE_SET_ROLE?: string;
}): { connectionString: string; setRole?: string } {
  if (environment.APP_DATABASE_URL) return { connectionString: environment.APP_DATABASE_URL };
  if (environment.DATABASE_SET_ROLE) {
    return { connectionString: environment.DATABASE_URL, setRole: environment.DATABASE_SET_ROLE };
  }
  const url = new URL(environment.DATABASE_URL);
  url.username = APP_ROLE;
  url.password = "";
  return { connectionString: url.toString() };
}

/**
 * Refuses a connection whose role could bypass row-level security: superuser,
 * BYPASSRLS, owner of a table, or (unless a role switch is expected) logged in
 * as another role. Returns the French reason, or null when the role is safe.
 * Asked through pg itself: the server checks it at start-up, where a Prisma
 * client of its own would cost the process its query compiler's memory again.
 */
export async function appRoleProblem(db: Pick<pg.Pool, "query">, options: { roleSwitch: boolean }): Promise<string | null> {
  const { rows: [row] } = await db.query<{ current_user: string; session_user: string; rolsuper: boolean; rolbypassrls: boolean; owned: number }>(
    `SELECT current_user::text AS current_user, session_user::text AS session_user, r.rolsuper, r.rolbypassrls,
        (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid AND c.relnamespace = 'public'::regnamespace) AS owned
      FROM pg_roles r WHERE r.rolname = current_user`,
  );
  if (!row) return "le rôle de connexion est introuvable.";
  if (row.rolsuper) return `le rôle ${row.current_user} est superutilisateur.`;
  if (row.rolbypassrls) return `le rôle ${row.current_user} peut contourner la sécurité par ligne (BYPASSRLS).`;
  if (row.owned > 0) return `le rôle ${row.current_user} possède ${row.owned} objet(s) du schéma.`;
  if (!options.roleSwitch && row.session_user !== row.current_user) {
    return `la session est ouverte par ${row.session_user}, pas par ${row.current_user}.`;
  }
  return null;
}
