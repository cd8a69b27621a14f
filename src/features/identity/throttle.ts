// Sign-in throttling, kept in PostgreSQL so that every app instance shares it:
// after MAX_FAILURES failed attempts for one account from one address within
// the window, further attempts are refused until the block ends, whatever
// the password.
import { createHash } from "node:crypto";
import type { Db } from "@/server/prisma-client";

export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;
export const BLOCK_MINUTES = 15;

/** One hashed key per account and address: neither is stored in clear. */
export function throttleKey(email: string, address: string): string {
  return createHash("sha256").update(`${email}\u0000${address}`).digest("hex");
}

/** Seconds until the key may try again, or 0 when it is not blocked. */
export async function secondsBlocked(db: Db, key: string): Promise<number> {
  const rows = await db.$queryRaw<{ seconds: number }[]>`
    SELECT ceil(extract(epoch FROM blocked_until - now()))::int AS seconds
    FROM auth_throttles WHERE key = ${key} AND blocked_until > now()`;
  return rows[0]?.seconds ?? 0;
}

/** Counts a failure in one atomic statement; returns the seconds blocked after it (0 if not blocked). */
export async function recordFailure(db: Db, key: string): Promise<number> {
  const rows = await db.$queryRaw<{ seconds: number | null }[]>`
    INSERT INTO auth_throttles AS t (key, failures, window_started_at)
    VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t.window_started_at < now() - make_interval(mins => ${WINDOW_MINUTES})
                      THEN 1 ELSE t.failures + 1 END,
      window_started_at = CASE WHEN t.window_started_at < now() - make_interval(mins => ${WINDOW_MINUTES})
                      THEN now() ELSE t.window_started_at END,
      blocked_until = CASE WHEN t.window_started_at >= now() - make_interval(mins => ${WINDOW_MINUTES})
                            AND t.failures + 1 >= ${MAX_FAILURES}
                      THEN now() + make_interval(mins => ${BLOCK_MINUTES}) END
    RETURNING ceil(extract(epoch FROM t.blocked_until - now()))::int AS seconds`;
  return rows[0]?.seconds ?? 0;
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM auth_throttles WHERE key = ${key}`;
}

/** "14 min", "45 s": the wait, as a French sentence fragment. */
export function formatWait(seconds: number): string {
  return seconds >= 60 ? `${Math.ceil(seconds / 60)} min` : `${seconds} s`;
}
