// A write of another session that the work under test cannot see yet: the
// statement runs in a transaction of its own connection, left open until the
// work waits on one of its locks (a row or a unique index entry), then
// committed. The work's own checks ran before the write was visible; what its
// write does on meeting it is what the test sees, whatever the timing.
import pg from "pg";
import { testDatabaseUrl } from "./database";

export async function whileWrittenMeanwhile<T>(statement: { sql: string; values: unknown[] }, work: () => Promise<T>): Promise<T> {
  const other = new pg.Client({ connectionString: testDatabaseUrl() });
  await other.connect();
  try {
    await other.query("BEGIN");
    await other.query(statement.sql, statement.values);
    const settled = work().then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    await untilWaitingOnLock(other);
    await other.query("COMMIT");
    const outcome = await settled;
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  } finally {
    await other.end();
  }
}

async function untilWaitingOnLock(holder: pg.Client) {
  for (let i = 0; i < 400; i++) {
    const { rows } = await holder.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
    );
    if (rows[0]!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the work never waited on the other session's write");
}
