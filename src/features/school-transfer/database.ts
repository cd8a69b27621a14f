// Connections and checks shared by the school export and import. They run as
// the database's owner: row-level security must not hide any row from them.
import pg from "pg";
import { derivedTables, tenantTables } from "./tables";

/** A refusal the operator can act on, in French; nothing was changed. */
export class TransferRefusedError extends Error {
  override name = "TransferRefusedError";
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected identifier ${name}`);
  return `"${name}"`;
}

export async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Refuses a role that row-level security would filter (it would export or check only part of the rows). */
export async function assertBypassesRowSecurity(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ role: string; bypass: boolean }>(
    "SELECT current_user::text AS role, (rolsuper OR rolbypassrls) AS bypass FROM pg_roles WHERE rolname = current_user",
  );
  if (!rows[0]?.bypass) {
    throw new TransferRefusedError(
      `Le rôle ${rows[0]?.role ?? "?"} est soumis à la sécurité par ligne : connectez-vous avec le propriétaire ` +
        "de la base (superutilisateur ou BYPASSRLS), sinon des lignes manqueraient.",
    );
  }
}

/** Tables carrying an establishment_id that the export does not know: it would leave their rows behind. */
export async function uncoveredTenantTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT DISTINCT c.table_name::text FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND c.column_name = 'establishment_id' AND t.table_type = 'BASE TABLE'
      ORDER BY 1`,
  );
  const known = new Set([...tenantTables.map((t) => t.name), ...derivedTables]);
  return rows.map((r) => r.table_name).filter((name) => !known.has(name));
}

export async function assertEveryTenantTableCovered(client: pg.Client): Promise<void> {
  const missing = await uncoveredTenantTables(client);
  if (missing.length > 0) {
    throw new TransferRefusedError(
      `Table(s) d'établissement inconnue(s) de l'export : ${missing.join(", ")}. ` +
        "Ajoutez-les à src/features/school-transfer/tables.ts avant d'exporter ou d'importer.",
    );
  }
}

/** The last migration applied to the database: an export names it, an import needs it. */
export async function latestMigration(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`,
  );
  if (!rows[0]) throw new TransferRefusedError("Aucune migration appliquée à cette base : lancez d'abord npm run db:migrate.");
  return rows[0].migration_name;
}

export type Row = Record<string, unknown>;

/** The primary key's columns, read from the catalogue: rows are exported and compared in this order. */
export async function primaryKey(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column: string }>(
    `SELECT a.attname::text AS column FROM pg_constraint k
       CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, position)
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
      WHERE k.contype = 'p' AND k.conrelid = to_regclass('public.' || quote_ident($1))
      ORDER BY u.position`,
    [table],
  );
  if (rows.length === 0) throw new Error(`no primary key on ${table}`);
  return rows.map((r) => r.column);
}
