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

/** Every table of the public schema: its row count and an md5 of all its rows, in a stable order. */
export async function tableFingerprints(connectionString: string): Promise<Record<string, string>> {
  return withPg(connectionString, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT relname::text AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1",
    );
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: number; md5: string | null }>(
        `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM "${name}" t`,
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
