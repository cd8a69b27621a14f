// Row-level comparisons between two databases, read as the owner.
import pg from "pg";

export async function withPg<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Every table of the public schema: its row count and an md5 of all its rows, in a stable order.
 * `leaveOut` reads each row without some columns: every timestamp column (when it was written),
 * and the columns it names; what two generations of the same data must share.
 */
export async function tableFingerprints(
  connectionString: string,
  leaveOut: { timestamps?: boolean; columns?: string[] } = {},
): Promise<Record<string, string>> {
  return withPg(connectionString, async (client) => {
    const { rows: tables } = await client.query<{ name: string; left_out: string[] }>(
      `SELECT c.relname::text AS name,
              coalesce(array_agg(a.attname::text) FILTER (
                WHERE ($1 AND a.atttypid IN ('timestamptz'::regtype, 'timestamp'::regtype)) OR a.attname = ANY ($2)), '{}') AS left_out
         FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
        GROUP BY 1 ORDER BY 1`,
      [leaveOut.timestamps ?? false, leaveOut.columns ?? []],
    );
    const out: Record<string, string> = {};
    for (const { name, left_out } of tables) {
      const { rows } = await client.query<{ n: number; md5: string | null }>(
        `SELECT count(*)::int AS n, md5(string_agg(r::text, '|' ORDER BY r::text)) AS md5
           FROM (SELECT to_jsonb(t) - $1::text[] AS r FROM "${name}" t) AS rows`,
        [left_out],
      );
      out[name] = `${rows[0]!.n}:${rows[0]!.md5 ?? "-"}`;
    }
    return out;
  });
}

/** Tables that carry an establishment_id, from the catalogue (not from the code under test). */
export async function tablesWithEstablishmentId(connectionString: string): Promise<string[]> {
  return withPg(connectionString, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT c.relname::text AS name FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attname = 'establishment_id' AND NOT a.attisdropped
        ORDER BY 1`,
    );
    return rows.map((r) => r.name);
  });
}

