// A write of another session that the work under test cannot see yet: the
// statement runs in a transaction of its own connection, left open until the
// work waits on one of its locks (a row or a unique index entry), then
// committed. The work's own checks ran before the write was visible; what its
// write does on meeting it is what the test sees, whatever the timing.
import pg from "pg";
import { testDatabaseUrl } from "./database";

export async function whileWrittenMeanwhile<T>(statement: { sql: string; values: unknown[] }, work: () => Promise<T>): Promise<T> {
  const other = new pg.Client({ connectionString: testDatabaseUrl() });
  // Watches from outside any transaction: inside one, PostgreSQL shows the same pg_stat_activity at every read.
  const observer = new pg.Client({ connectionString: testDatabaseUrl() });
  await Promise.all([other.connect(), observer.connect()]);
  try {
    await other.query("BEGIN");
    await other.query(statement.sql, statement.values);
    const settled = work().then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    await untilWaitingOnLock(observer, (await other.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid);
    await other.query("COMMIT");
    const outcome = await settled;
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  } finally {
    await Promise.all([other.end(), observer.end()]);
  }
}

/** Until a statement of another session waits on a lock that the holder's session holds. */
async function untilWaitingOnLock(observer: pg.Client, holderPid: number) {
  for (let i = 0; i < 400; i++) {
    const { rows } = await observer.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid))", [holderPid]);
    if (rows[0]!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the work never waited on the other session's write");
}
