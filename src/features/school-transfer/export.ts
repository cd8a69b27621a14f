// One school's data as a zip of JSON files, read in one snapshot by the owner.
// Password hashes stay behind: the archive travels by hand, and a hash offline
// can be attacked at leisure; imported members sign in again (reset or SSO).
import { strToU8, zipSync, type Zippable } from "fflate";
import pg from "pg";
import { normalizeUai, uaiProblem } from "@/lib/uai";
import {
  assertBypassesRowSecurity,
  assertEveryTenantTableCovered,
  latestMigration,
  primaryKey,
  quoteIdent,
  TransferRefusedError,
  withClient,
  type Row,
} from "./database";
import { FILE_CONTENT, FORMAT, FORMAT_VERSION, indicatorReferences, referenceTables, tenantTables } from "./tables";

export type ExportManifest = {
  format: typeof FORMAT;
  formatVersion: number;
  exportedAt: string;
  migration: string;
  establishment: { id: string; uai: string; name: string };
  tables: Record<string, number>;
  users: number;
  files: number;
  reference: Record<string, number>;
  passwordHashes: "excluded";
};

export type SchoolExport = { zip: Uint8Array; manifest: ExportManifest };

async function jsonRows(client: pg.Client, sql: string, params: unknown[]): Promise<Row[]> {
  const { rows } = await client.query<{ rows: string }>(`SELECT coalesce(jsonb_agg(x.row ORDER BY x.ord), '[]')::text AS rows FROM (${sql}) x`, params);
  return JSON.parse(rows[0]!.rows) as Row[];
}

/** Rows of one tenant table for the school, in primary-key order, as PostgreSQL's own JSON of each row. */
function tenantRowsSql(table: string, key: string[]): string {
  const drop = table === FILE_CONTENT.table ? ` - '${FILE_CONTENT.column}'` : "";
  const order = key.map(quoteIdent).join(", ");
  return `SELECT to_jsonb(t)${drop} AS row, row_number() OVER (ORDER BY ${order}) AS ord
            FROM ${quoteIdent(table)} t WHERE t.establishment_id = $1`;
}

export async function exportSchool(options: { connectionString: string; uai: string }): Promise<SchoolExport> {
  const uai = normalizeUai(options.uai);
  if (uaiProblem(uai)) throw new TransferRefusedError(`UAI invalide : « ${uai} » (sept chiffres et la lettre de contrôle, par exemple 0210047M).`);
  return withClient(options.connectionString, async (client) => {
    await assertBypassesRowSecurity(client);
    await assertEveryTenantTableCovered(client);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      const [establishment] = await jsonRows(
        client,
        "SELECT to_jsonb(e) AS row, 1 AS ord FROM establishments e WHERE e.uai = $1",
        [uai],
      );
      if (!establishment) throw new TransferRefusedError(`Aucun établissement ${uai} dans cette base.`);
      const schoolId = establishment.id as string;
      const [academy] = await jsonRows(client, "SELECT to_jsonb(a) AS row, 1 AS ord FROM academies a WHERE a.id = $1", [
        establishment.academy_id,
      ]);

      const files: Zippable = {};
      const tables: Record<string, number> = {};
      for (const table of tenantTables) {
        const rows = await jsonRows(client, tenantRowsSql(table.name, await primaryKey(client, table.name)), [schoolId]);
        tables[table.name] = rows.length;
        files[`tables/${table.name}.json`] = strToU8(JSON.stringify(rows));
      }

      const { rows: contents } = await client.query<{ id: string; content: Buffer }>(
        "SELECT id::text, content FROM stored_files WHERE establishment_id = $1 ORDER BY id",
        [schoolId],
      );
      for (const file of contents) files[`files/${file.id}`] = new Uint8Array(file.content);

      // Members only: the accounts of other schools, inspectors and admins stay where they are.
      const users = await jsonRows(
        client,
        `SELECT to_jsonb(u) - 'password_hash' AS row, row_number() OVER (ORDER BY u.id) AS ord
           FROM users u WHERE u.id IN (SELECT user_id FROM memberships WHERE establishment_id = $1)`,
        [schoolId],
      );

      const reference: Record<string, number> = {};
      for (const ref of referenceTables) {
        const pointed = ref.referencedBy
          .map((r) => `SELECT ${quoteIdent(r.column)} FROM ${quoteIdent(r.table)} WHERE establishment_id = $1`)
          .join(" UNION ");
        const columns = ["id", ...ref.naturalKey].map((c) => `'${c}', r.${quoteIdent(c)}`).join(", ");
        const rows = await jsonRows(
          client,
          `SELECT jsonb_build_object(${columns}) AS row, row_number() OVER (ORDER BY r.id) AS ord
             FROM ${quoteIdent(ref.name)} r WHERE r.id IN (${pointed})${ref.nationalOnly ? " AND r.establishment_id IS NULL" : ""}`,
          [schoolId],
        );
        reference[ref.name] = rows.length;
        files[`reference/${ref.name}.json`] = strToU8(JSON.stringify(rows));
      }
      const indicatorCodes = await jsonRows(
        client,
        `SELECT to_jsonb(code) AS row, row_number() OVER (ORDER BY code) AS ord FROM (
           ${indicatorReferences.map((t) => `SELECT indicator_code AS code FROM ${quoteIdent(t)} WHERE establishment_id = $1`).join(" UNION ")}) c`,
        [schoolId],
      );
      reference.indicators = indicatorCodes.length;
      files["reference/indicators.json"] = strToU8(JSON.stringify(indicatorCodes));

      const manifest: ExportManifest = {
        format: FORMAT,
        formatVersion: FORMAT_VERSION,
        exportedAt: new Date().toISOString(),
        migration: await latestMigration(client),
        establishment: { id: schoolId, uai, name: establishment.name as string },
        tables,
        users: users.length,
        files: contents.length,
        reference,
        passwordHashes: "excluded",
      };
      files["manifest.json"] = strToU8(JSON.stringify(manifest, null, 2));
      files["establishment.json"] = strToU8(JSON.stringify({ establishment, academy }));
      files["users.json"] = strToU8(JSON.stringify(users));
      await client.query("COMMIT");
      return { zip: zipSync(files, { level: 6 }), manifest };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}
