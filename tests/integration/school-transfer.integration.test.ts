// Per-school export and import (issue 9, item 5): a rich school goes from one
// database to a freshly migrated one without losing a row or a byte, nothing
// of another school travels with it, and a refused import changes nothing.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../prisma/engine";
import { seedDemoData } from "../../prisma/seed";
import { TransferRefusedError, uncoveredTenantTables } from "@/features/school-transfer/database";
import { exportSchool, type SchoolExport } from "@/features/school-transfer/export";
import { importSchool } from "@/features/school-transfer/import";
import { derivedTables, tenantTables } from "@/features/school-transfer/tables";
import { validUai } from "../factories";
import { testDatabaseUrl } from "../setup/database";
import { tableFingerprints, tablesWithEstablishmentId, withPg } from "../setup/fingerprints";
import { createDatabase, dropDatabase } from "../setup/postgres";

const CASTEL = "0210047M";
const OTHER = "0211356K"; // Les Marcs d'Or: shares its coordinator's account with Le Castel
const OTHER_MARK = "Zéphyrin-Autre-École";
const targetName = `boussole_test_transfer_${randomUUID().slice(0, 8)}`;
let source: string;
let target: string;
let castelId: string;
let exported: SchoolExport;
const evidenceBytes = randomBytes(4096); // every byte value, NULs included

async function enrich(url: string): Promise<void> {
  await withPg(url, async (client) => {
    const school = async (uai: string) =>
      (await client.query<{ id: string }>("SELECT id::text FROM establishments WHERE uai = $1", [uai])).rows[0]!.id;
    castelId = await school(CASTEL);
    const otherId = await school(OTHER);
    // Le Castel: its own competency and tool, a result with a national tool, an evidence file, an inspector's audit row.
    await client.query(
      `WITH c AS (INSERT INTO competencies (establishment_id, domain, label, position) VALUES ($1, 'METHODS', 'S''organiser (Castel)', 1) RETURNING id),
            t AS (INSERT INTO positioning_tools (establishment_id, kind, label) VALUES ($1, 'SCHOOL_OWN', 'Test maison du Castel') RETURNING id),
            p AS (SELECT p.id, pe.id AS period_id FROM pupils p JOIN periods pe ON pe.establishment_id = p.establishment_id AND pe.school_year = p.school_year
                   WHERE p.establishment_id = $1 ORDER BY p.id, pe.starts_on LIMIT 1)
       INSERT INTO diagnostic_results (establishment_id, pupil_id, competency_id, period_id, level, tool_id)
       SELECT $1, p.id, c.id, p.period_id, 'FRAGILE', t.id FROM c, t, p`,
      [castelId],
    );
    await client.query(
      `UPDATE diagnostic_results SET tool_id = (SELECT id FROM positioning_tools WHERE establishment_id IS NULL ORDER BY label LIMIT 1)
        WHERE establishment_id = $1 AND tool_id IS NULL AND pupil_id = (SELECT min(pupil_id::text)::uuid FROM diagnostic_results WHERE establishment_id = $1)`,
      [castelId],
    );
    const { rows: file } = await client.query<{ id: string }>(
      `INSERT INTO stored_files (establishment_id, file_name, media_type, byte_size, sha256, content)
       VALUES ($1, 'preuve-bilan.pdf', 'application/pdf', $2, $3, $4) RETURNING id::text`,
      [castelId, evidenceBytes.length, createHash("sha256").update(evidenceBytes).digest("hex"), evidenceBytes],
    );
    await client.query(
      `INSERT INTO grid_evidence (establishment_id, grid_id, item_key, file_id)
       SELECT establishment_id, grid_id, item_key, $2 FROM grid_answers WHERE establishment_id = $1 ORDER BY item_key LIMIT 1`,
      [castelId, file[0]!.id],
    );
    await client.query(
      `INSERT INTO audit_events (establishment_id, actor_id, action, entity, entity_id, summary)
       SELECT $1, u.id, 'grid.coached', 'Grid', 'x', '{"note": "Visite de l''IEN", "n": 1.50}'::jsonb
         FROM users u WHERE u.email = 'ien.dijon@ac-dijon.example'`,
      [castelId],
    );
    // A cohort: a class pointing at last year's class, whose id sorts after its own (the export's order).
    await client.query(
      `INSERT INTO divisions (establishment_id, id, school_year, name, diploma, year_of_study) VALUES ($1, 'ffffffff-0000-4000-8000-000000000001', 2025, '1 MVA 2025', 'BAC_PRO', 1);
       INSERT INTO divisions (establishment_id, id, school_year, name, diploma, year_of_study, previous_division_id)
       VALUES ($1, '00000000-0000-4000-8000-000000000001', 2026, '2 MVA cohorte', 'BAC_PRO', 2, 'ffffffff-0000-4000-8000-000000000001')`.replace(/\$1/g, `'${castelId}'`),
    );
    // The other school: data that must never appear in Le Castel's archive.
    const pid = (await client.query<{ id: string }>(
      `WITH d AS (INSERT INTO divisions (establishment_id, school_year, name, diploma, year_of_study) VALUES ($1, 2026, '2 ${OTHER_MARK}', 'BAC_PRO', 2) RETURNING id)
       INSERT INTO pupils (establishment_id, school_year, division_id, first_name, last_name) SELECT $1, 2026, d.id, 'Élève', '${OTHER_MARK}' FROM d RETURNING id::text`,
      [otherId],
    )).rows[0]!.id;
    expect(pid).toBeTruthy();
    const otherBytes = Buffer.from(`${OTHER_MARK} secret`);
    await client.query(
      `INSERT INTO stored_files (establishment_id, file_name, media_type, byte_size, sha256, content) VALUES ($1, '${OTHER_MARK}.txt', 'text/plain', $2, $3, $4)`,
      [otherId, otherBytes.length, createHash("sha256").update(otherBytes).digest("hex"), otherBytes],
    );
    await client.query(
      `INSERT INTO competencies (establishment_id, domain, label) VALUES ($1, 'FRENCH', '${OTHER_MARK}')`,
      [otherId],
    );
  });
}

/** Source id → target id of the national rows, matched by their natural keys (the migrations draw the ids at random). */
async function nationalIdMap(): Promise<Map<string, string>> {
  const sql = `SELECT id::text, k FROM (
      SELECT id, 'c:' || domain || ':' || label AS k FROM competencies WHERE establishment_id IS NULL
      UNION ALL SELECT id, 't:' || kind || ':' || label FROM positioning_tools WHERE establishment_id IS NULL
      UNION ALL SELECT id, 'f:' || code || ':' || version FROM frameworks
      UNION ALL SELECT id, 's:' || key || ':' || version FROM grid_sheets) x`;
  const read = (url: string) => withPg(url, async (c) => (await c.query<{ id: string; k: string }>(sql)).rows);
  const byKey = new Map((await read(target)).map((r) => [r.k, r.id]));
  return new Map((await read(source)).map((r) => [r.id, byKey.get(r.k)!]));
}

async function schoolRows(url: string, table: string, where = "establishment_id = $1"): Promise<Record<string, unknown>[]> {
  return withPg(url, async (c) => (await c.query<{ row: Record<string, unknown> }>(`SELECT to_jsonb(t) AS row FROM "${table}" t WHERE ${where}`, [castelId])).rows.map((r) => r.row));
}

function canonical(rows: Record<string, unknown>[], ids: Map<string, string>): string[] {
  return rows
    .map((row) => JSON.stringify(Object.fromEntries(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, typeof v === "string" && ids.has(v) ? ids.get(v) : v]))))
    .sort();
}

function rezip(files: Record<string, Uint8Array>, change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const copy = { ...files };
  change(copy);
  return zipSync(copy);
}

beforeAll(async () => {
  source = testDatabaseUrl();
  expect(await seedDemoData(source)).toBe("loaded");
  await enrich(source);
  // A freshly migrated database, not a clone of the template: its national rows have other ids.
  target = await createDatabase(targetName);
  await applyMigrations(target);
  exported = await exportSchool({ connectionString: source, uai: CASTEL.toLowerCase() });
}, 120_000);

afterAll(async () => {
  await dropDatabase(targetName);
});

describe("export of one school", () => {
  it("covers every table that has an establishment_id, in the catalogue of a migrated database", async () => {
    const inCatalogue = await tablesWithEstablishmentId(source);
    expect([...tenantTables.map((t) => t.name), ...derivedTables.filter((t) => inCatalogue.includes(t))].sort()).toEqual(inCatalogue);
    await withPg(source, async (client) => expect(await uncoveredTenantTables(client)).toEqual([]));
  });

  it("writes a manifest with the format version, the schema migration and the counts", async () => {
    const files = unzipSync(exported.zip);
    const manifest = JSON.parse(strFromU8(files["manifest.json"]!));
    expect(manifest).toMatchObject({ format: "boussole-school-export", formatVersion: 1, establishment: { uai: CASTEL }, passwordHashes: "excluded" });
    expect(manifest.migration).toMatch(/^\d{14}_/);
    for (const table of tenantTables) {
      expect(JSON.parse(strFromU8(files[`tables/${table.name}.json`]!))).toHaveLength(manifest.tables[table.name]);
    }
    expect(manifest.tables.pupils).toBeGreaterThan(50);
    expect(manifest.tables.grid_evidence).toBe(1);
    expect(manifest.files).toBe(2);
  });

  it("holds the school's members only, without password hashes", async () => {
    const files = unzipSync(exported.zip);
    const users = JSON.parse(strFromU8(files["users.json"]!)) as Record<string, unknown>[];
    expect(users.map((u) => u.email).sort()).toEqual(["coordo.castel@ac-dijon.example", "prof.castel@ac-dijon.example", "proviseur.castel@ac-dijon.example"]);
    expect(users.every((u) => !("password_hash" in u))).toBe(true);
    const text = Object.values(files).map((b) => Buffer.from(b).toString("latin1")).join("\n");
    expect(text).not.toContain("$argon2");
    expect(text).not.toContain("admin@boussole.example");
  });

  it("holds nothing of another school: none of its ids, names or file bytes", async () => {
    const files = unzipSync(exported.zip);
    const text = Object.values(files).map((b) => Buffer.from(b).toString("utf8")).join("\n");
    const otherIds = await withPg(source, async (client) => {
      const ids = new Set<string>();
      for (const table of await tablesWithEstablishmentId(source)) {
        const { rows } = await client.query<{ row: Record<string, unknown> }>(
          `SELECT to_jsonb(t) AS row FROM "${table}" t WHERE establishment_id IS NOT NULL AND establishment_id <> $1`,
          [castelId],
        );
        for (const { row } of rows) for (const key of ["id", "establishment_id"]) if (typeof row[key] === "string") ids.add(row[key] as string);
      }
      return ids;
    });
    expect(otherIds.size).toBeGreaterThan(20);
    const leaked = [...otherIds].filter((id) => text.includes(id));
    expect(leaked).toEqual([]);
    expect(text).not.toContain(OTHER_MARK);
    expect(text).not.toContain("Marcs d'Or");
  });

  it("refuses an unknown school and a table it does not know, in French", async () => {
    const unknown = validUai("0219999");
    await expect(exportSchool({ connectionString: source, uai: unknown })).rejects.toThrow(`Aucun établissement ${unknown} dans cette base.`);
    await expect(exportSchool({ connectionString: source, uai: "0210047X" })).rejects.toThrow(/^UAI invalide : « 0210047X »/);
    await withPg(source, (c) => c.query("CREATE TABLE zz_new_tenant_table (establishment_id uuid)"));
    try {
      await expect(exportSchool({ connectionString: source, uai: CASTEL })).rejects.toThrow(/inconnue\(s\) de l'export : zz_new_tenant_table/);
    } finally {
      await withPg(source, (c) => c.query("DROP TABLE zz_new_tenant_table"));
    }
  });
});

describe("import into another database", () => {
  it("refuses an archive of another format version, and a file that is no archive, changing nothing", async () => {
    const before = await tableFingerprints(target);
    const files = unzipSync(exported.zip);
    const v2 = rezip(files, (f) => {
      f["manifest.json"] = strToU8(JSON.stringify({ ...JSON.parse(strFromU8(f["manifest.json"]!)), formatVersion: 2 }));
    });
    await expect(importSchool({ connectionString: target, zip: v2 })).rejects.toThrow(
      "Export au format version 2 : cette version de Boussole lit la version 1 seulement.",
    );
    await expect(importSchool({ connectionString: target, zip: strToU8("pas un zip") })).rejects.toThrow("Le fichier n'est pas une archive zip lisible.");
    expect(await tableFingerprints(target)).toEqual(before);
  });

  it("rolls everything back when a row fails half-way (the last table)", async () => {
    const before = await tableFingerprints(target);
    const files = unzipSync(exported.zip);
    const broken = rezip(files, (f) => {
      const rows = JSON.parse(strFromU8(f["tables/audit_events.json"]!)) as unknown[];
      f["tables/audit_events.json"] = strToU8(JSON.stringify([...rows, rows[0]])); // a duplicate primary key
      const manifest = JSON.parse(strFromU8(f["manifest.json"]!));
      manifest.tables.audit_events += 1;
      f["manifest.json"] = strToU8(JSON.stringify(manifest));
    });
    const error = await importSchool({ connectionString: target, zip: broken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransferRefusedError);
    expect((error as Error).message).toMatch(/^Import interrompu, rien n'a été modifié : /);
    expect(await tableFingerprints(target)).toEqual(before);
  });

  it("refuses a file whose bytes do not match their digest", async () => {
    const files = unzipSync(exported.zip);
    const fileEntry = Object.keys(files).find((name) => name.startsWith("files/"))!;
    const tampered = rezip(files, (f) => {
      f[fileEntry] = new Uint8Array([...f[fileEntry]!, 0]);
    });
    await expect(importSchool({ connectionString: target, zip: tampered })).rejects.toThrow(/Archive altérée : le fichier .* ne correspond pas à son empreinte\./);
  });

  it("loads the school row for row, files' bytes included, then refuses it a second time", async () => {
    const report = await importSchool({ connectionString: target, zip: exported.zip });
    expect(report).toMatchObject({ uai: CASTEL, usersCreated: 3, usersMatched: 0 });
    const ids = await nationalIdMap();
    // The national rows have other ids there: the import matched them by their natural keys.
    expect([...ids].filter(([from, to]) => to !== undefined && from !== to).length).toBeGreaterThan(20);
    const compared: string[] = [];
    for (const table of (await tablesWithEstablishmentId(target)).filter((t) => !derivedTables.includes(t))) {
      const sourceRows = canonical(await schoolRows(source, table), ids);
      let targetRows = await schoolRows(target, table);
      if (table === "audit_events") {
        const imported = targetRows.filter((r) => r.action === "establishment.imported");
        expect(imported).toHaveLength(1);
        targetRows = targetRows.filter((r) => r.action !== "establishment.imported");
      }
      expect(canonical(targetRows, ids), table).toEqual(sourceRows);
      compared.push(table);
    }
    expect(compared).toEqual(expect.arrayContaining(["pupils", "diagnostic_results", "grid_evidence", "stored_files", "hour_plan_entries", "audit_events"]));
    // The files' bytes, read back from the target.
    const bytes = await withPg(target, async (c) =>
      (await c.query<{ content: Buffer }>("SELECT content FROM stored_files WHERE establishment_id = $1 AND file_name = 'preuve-bilan.pdf'", [castelId])).rows[0]!.content,
    );
    expect(Buffer.compare(bytes, evidenceBytes)).toBe(0);
    // The establishment, its académie, and its members (no password, never an administrator).
    expect(canonical(await schoolRows(target, "establishments", "id = $1"), ids)).toEqual(canonical(await schoolRows(source, "establishments", "id = $1"), ids));
    const members = "id IN (SELECT user_id FROM memberships WHERE establishment_id = $1)";
    const strip = (rows: Record<string, unknown>[]) => rows.map((row) => ({ ...row, password_hash: "not compared" }));
    expect(canonical(strip(await schoolRows(target, "users", members)), ids)).toEqual(canonical(strip(await schoolRows(source, "users", members)), ids));
    expect((await schoolRows(target, "users", `${members} AND (password_hash IS NOT NULL OR is_admin)`))).toEqual([]);
    expect(await withPg(target, async (c) => (await c.query("SELECT 1 FROM establishments")).rowCount)).toBe(1);

    const before = await tableFingerprints(target);
    await expect(importSchool({ connectionString: target, zip: exported.zip })).rejects.toThrow(
      `L'établissement ${CASTEL} existe déjà dans cette base : import refusé, rien n'a été modifié.`,
    );
    expect(await tableFingerprints(target)).toEqual(before);
  });

  it("lets the app's role read the imported school through row-level security, and only in its scope", async () => {
    const url = new URL(target);
    url.username = "boussole_app";
    await withPg(url.toString(), async (client) => {
      await client.query("BEGIN");
      expect((await client.query("SELECT 1 FROM divisions")).rowCount).toBe(0);
      await client.query("SELECT set_config('app.readable', $1, true)", [castelId]);
      const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM divisions");
      expect(rows[0]!.n).toBe(JSON.parse(strFromU8(unzipSync(exported.zip)["manifest.json"]!)).tables.divisions);
      await client.query("ROLLBACK");
    });
  });

  it("points a second school's rows at an account that already exists under another id, matched by e-mail", async () => {
    const email = "coordo.castel@ac-dijon.example"; // coordinator at Le Castel, teacher at Les Marcs d'Or
    const localId = await withPg(target, async (c) =>
      (await c.query<{ id: string }>("UPDATE users SET id = gen_random_uuid() WHERE email = $1 RETURNING id::text", [email])).rows[0]!.id,
    );
    const other = await exportSchool({ connectionString: source, uai: OTHER });
    const report = await importSchool({ connectionString: target, zip: other.zip });
    expect(report).toMatchObject({ uai: OTHER, usersCreated: 0, usersMatched: 1 });
    const members = await withPg(target, async (c) =>
      (await c.query<{ user_id: string }>("SELECT m.user_id::text FROM memberships m JOIN establishments e ON e.id = m.establishment_id WHERE e.uai = $1", [OTHER])).rows,
    );
    expect(members).toEqual([{ user_id: localId }]);
  });
});
