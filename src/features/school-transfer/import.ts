// Loads a school's export into another database of the same schema, in one
// transaction: a refusal or a failure half-way leaves the database unchanged.
import { createHash, randomUUID } from "node:crypto";
import { strFromU8, unzipSync, type Unzipped } from "fflate";
import type pg from "pg";
import {
  assertBypassesRowSecurity,
  assertEveryTenantTableCovered,
  quoteIdent,
  TransferRefusedError,
  withClient,
  type Row,
} from "./database";
import type { ExportManifest } from "./export";
import { FILE_CONTENT, FORMAT, FORMAT_VERSION, referenceTables, tenantTables, type TenantTable } from "./tables";

/** Larger than any school's year of data; stops a zip bomb before it is inflated. */
const MAX_UNCOMPRESSED_BYTES = 2 * 1024 ** 3;

export type ImportReport = { uai: string; name: string; tables: Record<string, number>; usersCreated: number; usersMatched: number };

function readArchive(zip: Uint8Array): Unzipped {
  let total = 0;
  try {
    return unzipSync(zip, {
      filter: (entry) => {
        total += entry.originalSize;
        if (total > MAX_UNCOMPRESSED_BYTES) throw new TransferRefusedError("Archive trop volumineuse une fois décompressée (plus de 2 Go).");
        return true;
      },
    });
  } catch (error) {
    if (error instanceof TransferRefusedError) throw error;
    throw new TransferRefusedError("Le fichier n'est pas une archive zip lisible.");
  }
}

function jsonEntry<T>(files: Unzipped, name: string): T {
  const bytes = files[name];
  if (!bytes) throw new TransferRefusedError(`Archive incomplète : ${name} manque.`);
  try {
    return JSON.parse(strFromU8(bytes)) as T;
  } catch {
    throw new TransferRefusedError(`Archive illisible : ${name} n'est pas du JSON valide.`);
  }
}

function readManifest(files: Unzipped): ExportManifest {
  if (!files["manifest.json"]) {
    throw new TransferRefusedError("manifest.json manque : ce fichier n'est pas un export d'établissement Boussole.");
  }
  const manifest = jsonEntry<Partial<ExportManifest>>(files, "manifest.json");
  if (manifest.format !== FORMAT) {
    throw new TransferRefusedError("Ce fichier n'est pas un export d'établissement Boussole (format inconnu).");
  }
  if (manifest.formatVersion !== FORMAT_VERSION) {
    throw new TransferRefusedError(
      `Export au format version ${String(manifest.formatVersion)} : cette version de Boussole lit la version ${FORMAT_VERSION} seulement.`,
    );
  }
  return manifest as ExportManifest;
}

async function insertRows(client: pg.Client, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const { rows: known } = await client.query<{ column_name: string }>(
    "SELECT column_name::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
    [table],
  );
  const targetColumns = new Set(known.map((c) => c.column_name));
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const unknown = columns.filter((c) => !targetColumns.has(c));
  if (unknown.length > 0) {
    throw new TransferRefusedError(`La base cible n'a pas la ou les colonnes ${table}.${unknown.join(", ")} : mettez-la à jour (npm run db:migrate).`);
  }
  const list = columns.map(quoteIdent).join(", ");
  // PostgreSQL reads back its own JSON of each row: timestamps, numerics, arrays and bytes exactly as they were.
  // One statement per table: its foreign keys are checked at the statement's end, so a division may
  // come before the previous-year division it points at.
  await client.query(
    `INSERT INTO ${quoteIdent(table)} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${quoteIdent(table)}, $1::jsonb)`,
    [JSON.stringify(rows)],
  );
}

async function mapUsers(client: pg.Client, users: Row[]): Promise<{ map: Map<string, string>; created: number; matched: number }> {
  const map = new Map<string, string>();
  let created = 0;
  let matched = 0;
  for (const user of users) {
    const { rows } = await client.query<{ id: string }>("SELECT id::text FROM users WHERE lower(email) = lower($1)", [user.email]);
    if (rows[0]) {
      // The account already exists here (a teacher of two schools): the school's rows point at it, unchanged.
      map.set(user.id as string, rows[0].id);
      matched += 1;
      continue;
    }
    const { rowCount } = await client.query("SELECT 1 FROM users WHERE id = $1", [user.id]);
    const id = rowCount ? randomUUID() : (user.id as string);
    map.set(user.id as string, id);
    // No password (not exported) and never an administrator: an archive must not grant platform rights.
    await insertRows(client, "users", [{ ...user, id, is_admin: false, password_hash: null }]);
    created += 1;
  }
  return { map, created, matched };
}

async function mapReferences(client: pg.Client, files: Unzipped): Promise<Map<string, Map<string, string>>> {
  const maps = new Map<string, Map<string, string>>();
  for (const ref of referenceTables) {
    const map = new Map<string, string>();
    for (const row of jsonEntry<Row[]>(files, `reference/${ref.name}.json`)) {
      const where = ref.naturalKey.map((c, i) => `${quoteIdent(c)}::text = $${i + 1}`).join(" AND ");
      const national = ref.nationalOnly ? " AND establishment_id IS NULL" : "";
      const { rows } = await client.query<{ id: string }>(
        `SELECT id::text FROM ${quoteIdent(ref.name)} WHERE ${where}${national}`,
        ref.naturalKey.map((c) => String(row[c])),
      );
      if (!rows[0]) {
        const label = ref.naturalKey.map((c) => `${c} = ${String(row[c])}`).join(", ");
        throw new TransferRefusedError(`Référence nationale absente de la base cible : ${ref.name} (${label}).`);
      }
      map.set(row.id as string, rows[0].id);
    }
    for (const { table, column } of ref.referencedBy) maps.set(`${table}.${column}`, map);
  }
  const codes = jsonEntry<string[]>(files, "reference/indicators.json");
  const { rows } = await client.query<{ code: string }>("SELECT code FROM indicators WHERE code = ANY($1::text[])", [codes]);
  const missing = codes.filter((c) => !rows.some((r) => r.code === c));
  if (missing.length > 0) throw new TransferRefusedError(`Indicateur(s) absent(s) de la base cible : ${missing.join(", ")}.`);
  return maps;
}

function remap(table: TenantTable, rows: Row[], users: Map<string, string>, references: Map<string, Map<string, string>>): Row[] {
  return rows.map((row) => {
    const out = { ...row };
    for (const column of table.userColumns ?? []) {
      const id = out[column];
      if (typeof id === "string" && users.has(id)) out[column] = users.get(id);
    }
    for (const [name, map] of references) {
      const [refTable, column] = name.split(".") as [string, string];
      if (refTable !== table.name) continue;
      const id = out[column];
      if (typeof id === "string" && map.has(id)) out[column] = map.get(id);
    }
    return out;
  });
}

function withFileContents(rows: Row[], files: Unzipped): Row[] {
  return rows.map((row) => {
    const bytes = files[`files/${String(row.id)}`];
    if (!bytes) throw new TransferRefusedError(`Archive incomplète : le fichier ${String(row.file_name)} manque.`);
    const digest = createHash("sha256").update(bytes).digest("hex");
    if (digest !== row.sha256) throw new TransferRefusedError(`Archive altérée : le fichier ${String(row.file_name)} ne correspond pas à son empreinte.`);
    return { ...row, [FILE_CONTENT.column]: `\\x${Buffer.from(bytes).toString("hex")}` };
  });
}

async function loadSchool(client: pg.Client, files: Unzipped, manifest: ExportManifest): Promise<ImportReport> {
  const { rows: applied } = await client.query("SELECT 1 FROM _prisma_migrations WHERE migration_name = $1 AND finished_at IS NOT NULL", [
    manifest.migration,
  ]);
  if (applied.length === 0) {
    throw new TransferRefusedError(`La base cible n'a pas la migration ${manifest.migration} de l'export : mettez-la à jour (npm run db:migrate).`);
  }
  const { establishment, academy } = jsonEntry<{ establishment: Row; academy: Row }>(files, "establishment.json");
  const uai = String(establishment.uai);
  // Taken before the check, so that two imports of one school cannot both pass it.
  await client.query("SELECT pg_advisory_xact_lock(hashtext('school-import:' || $1))", [uai]);
  const { rows: existing } = await client.query("SELECT 1 FROM establishments WHERE uai = $1 OR id = $2", [uai, establishment.id]);
  if (existing.length > 0) {
    throw new TransferRefusedError(`L'établissement ${uai} existe déjà dans cette base : import refusé, rien n'a été modifié.`);
  }

  const { rows: academies } = await client.query<{ id: string }>("SELECT id::text FROM academies WHERE code = $1", [academy.code]);
  let academyId = academies[0]?.id;
  if (!academyId) {
    const { rowCount } = await client.query("SELECT 1 FROM academies WHERE id = $1", [academy.id]);
    academyId = rowCount ? randomUUID() : (academy.id as string);
    await insertRows(client, "academies", [{ ...academy, id: academyId }]);
  }
  await insertRows(client, "establishments", [{ ...establishment, academy_id: academyId }]);

  const users = await mapUsers(client, jsonEntry<Row[]>(files, "users.json"));
  const references = await mapReferences(client, files);
  const tables: Record<string, number> = {};
  const deferred: { table: TenantTable; rows: Row[] }[] = [];
  for (const table of tenantTables) {
    let rows = remap(table, jsonEntry<Row[]>(files, `tables/${table.name}.json`), users.map, references);
    if (rows.length !== manifest.tables[table.name]) {
      throw new TransferRefusedError(`Archive altérée : ${table.name} compte ${rows.length} ligne(s), le manifeste en annonce ${String(manifest.tables[table.name])}.`);
    }
    if (rows.some((r) => r.establishment_id !== establishment.id)) {
      throw new TransferRefusedError(`Archive altérée : ${table.name} contient des lignes d'un autre établissement.`);
    }
    if (table.name === FILE_CONTENT.table) rows = withFileContents(rows, files);
    tables[table.name] = rows.length;
    if (table.writtenByTriggers) deferred.push({ table, rows });
    else await insertRows(client, table.name, rows);
  }
  for (const { table, rows } of deferred) {
    await client.query(`DELETE FROM ${quoteIdent(table.name)} WHERE establishment_id = $1`, [establishment.id]);
    await insertRows(client, table.name, rows);
  }
  await client.query(
    `INSERT INTO audit_events (establishment_id, actor_id, action, entity, entity_id, summary)
     VALUES ($1::uuid, NULL, 'establishment.imported', 'Establishment', $2::text, $3::jsonb)`,
    [establishment.id, establishment.id, JSON.stringify({ exportedAt: manifest.exportedAt, migration: manifest.migration, tables })],
  );
  return { uai, name: String(establishment.name), tables, usersCreated: users.created, usersMatched: users.matched };
}

export async function importSchool(options: { connectionString: string; zip: Uint8Array }): Promise<ImportReport> {
  const files = readArchive(options.zip);
  const manifest = readManifest(files);
  return withClient(options.connectionString, async (client) => {
    await assertBypassesRowSecurity(client);
    await assertEveryTenantTableCovered(client);
    await client.query("BEGIN");
    try {
      const report = await loadSchool(client, files, manifest);
      await client.query("COMMIT");
      return report;
    } catch (error) {
      await client.query("ROLLBACK");
      if (error instanceof TransferRefusedError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new TransferRefusedError(`Import interrompu, rien n'a été modifié : ${message}`);
    }
  });
}
