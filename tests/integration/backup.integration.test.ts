// Whole-database backup and restore (issue 9, item 5): pg_dump as a role that
// bypasses row-level security, pg_restore into an empty database, same rows in
// every table, and the app's role reads it through row-level security again.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "../../prisma/backup";
import { seedDemoData } from "../../prisma/seed";
import { testDatabaseUrl } from "../setup/database";
import { tableFingerprints, withPg } from "../setup/fingerprints";
import { createDatabase, dropDatabase } from "../setup/postgres";

const restoredName = `boussole_test_restore_${randomUUID().slice(0, 8)}`;
let dir: string;
let source: string;
let restored: string;
let dump: string;

function asAppRole(url: string): string {
  const u = new URL(url);
  u.username = "boussole_app";
  return u.toString();
}

beforeAll(async () => {
  source = testDatabaseUrl();
  expect(await seedDemoData(source)).toBe("loaded");
  dir = await mkdtemp(path.join(tmpdir(), "boussole-backup-"));
  dump = path.join(dir, "base.dump");
  restored = await createDatabase(restoredName);
}, 120_000);

afterAll(async () => {
  await dropDatabase(restoredName);
  await rm(dir, { recursive: true, force: true });
});

describe("db:backup and db:restore", () => {
  it("refuses to back up as the app's role, which row-level security would filter", async () => {
    await expect(backupDatabase({ connectionString: asAppRole(source), file: path.join(dir, "app.dump") })).rejects.toThrow(
      /Sauvegarde refusée : le rôle boussole_app est soumis à la sécurité par ligne/,
    );
  });

  it("restores every table with the same rows, row-level security and grants included", async () => {
    const report = await backupDatabase({ connectionString: source, file: dump });
    expect(report.bytes).toBeGreaterThan(10_000);
    const restoredReport = await restoreDatabase({ connectionString: restored, file: dump });
    expect(restoredReport.protectedTables).toBeGreaterThanOrEqual(30);
    expect(restoredReport.appReadableTables).toBeGreaterThanOrEqual(30);
    expect(restoredReport.appRoleCreated).toBe(false);
    const [before, after] = [await tableFingerprints(source), await tableFingerprints(restored)];
    expect(Object.keys(after).length).toBeGreaterThan(40);
    expect(after).toEqual(before);
    expect(before.pupils).not.toMatch(/^0:/);
    // Grants, policies, SECURITY DEFINER functions and triggers: the same catalogue entries.
    const catalogue = `SELECT 'acl ' || relname || ' ' || coalesce(relacl::text, '') || ' ' || relrowsecurity || relforcerowsecurity AS e
                         FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S', 'v')
                       UNION ALL SELECT 'policy ' || tablename || ' ' || policyname || ' ' || cmd || ' ' || coalesce(qual, '') || coalesce(with_check, '') FROM pg_policies
                       UNION ALL SELECT 'function ' || proname || ' ' || prosecdef || ' ' || coalesce(proacl::text, '') FROM pg_proc WHERE pronamespace = 'public'::regnamespace
                       UNION ALL SELECT 'trigger ' || tgrelid::regclass || ' ' || tgname FROM pg_trigger WHERE NOT tgisinternal
                       ORDER BY 1`;
    const read = (url: string) => withPg(url, async (c) => (await c.query<{ e: string }>(catalogue)).rows.map((r) => r.e));
    const [sourceCatalogue, restoredCatalogue] = [await read(source), await read(restored)];
    expect(sourceCatalogue.filter((e) => e.startsWith("policy ")).length).toBeGreaterThan(30);
    expect(restoredCatalogue).toEqual(sourceCatalogue);
  });

  it("lets the app's role read one school in its scope, and nothing outside it, in the restored database", async () => {
    const castel = await withPg(source, async (c) => (await c.query<{ id: string }>("SELECT id::text FROM establishments WHERE uai = '0210047M'")).rows[0]!.id);
    const expected = await withPg(source, async (c) => (await c.query<{ n: number }>("SELECT count(*)::int AS n FROM divisions WHERE establishment_id = $1", [castel])).rows[0]!.n);
    expect(expected).toBeGreaterThan(0);
    await withPg(asAppRole(restored), async (client) => {
      await client.query("BEGIN");
      expect((await client.query("SELECT 1 FROM divisions")).rowCount).toBe(0);
      await client.query("SELECT set_config('app.readable', $1, true), set_config('app.writable', $1, true)", [castel]);
      expect((await client.query<{ n: number }>("SELECT count(*)::int AS n FROM divisions")).rows[0]!.n).toBe(expected);
      // A write through a policy, and a SECURITY DEFINER function with its grant, work there too.
      await client.query("UPDATE divisions SET headcount = 12 WHERE establishment_id = $1", [castel]);
      await client.query("SELECT * FROM app_diagnostic_overview(ARRAY[$1::uuid], 2026)", [castel]);
      await client.query("ROLLBACK");
    });
  });

  it("refuses a non-empty target and a file that is no backup, in French", async () => {
    await expect(restoreDatabase({ connectionString: restored, file: dump })).rejects.toThrow(/La base cible contient déjà \d+ table\(s\)/);
    const bogus = path.join(dir, "bogus.dump");
    await writeFile(bogus, "pas une sauvegarde");
    await expect(restoreDatabase({ connectionString: restored, file: bogus })).rejects.toThrow(/n'est pas une sauvegarde lisible/);
  });
});
