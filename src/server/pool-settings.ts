// The app server's database pool and timeouts, with their defaults. No "server-only"
// guard and no imports: env.ts and the command-line tools read it.

/** The app server's pool and timeouts (see DATABASE_* in .env.example); milliseconds, 0 = none. */
export type PoolTimeouts = {
  /** Wait for a free connection or a new one before giving up. */
  connectionTimeoutMs: number;
  /** Close a connection unused for this long. */
  idleTimeoutMs: number;
  /** PostgreSQL cancels a statement running longer than this. */
  statementTimeoutMs: number;
  /** PostgreSQL gives up waiting for a lock after this. */
  lockTimeoutMs: number;
  /** PostgreSQL ends a session left idle inside a transaction this long (its transaction rolls back). */
  idleInTransactionTimeoutMs: number;
};

export const DEFAULT_POOL_TIMEOUTS: PoolTimeouts = {
  connectionTimeoutMs: 5_000,
  idleTimeoutMs: 30_000,
  statementTimeoutMs: 15_000,
  lockTimeoutMs: 5_000,
  idleInTransactionTimeoutMs: 20_000,
};
