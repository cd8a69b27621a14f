// Drift: applying every migration must give exactly the schema that
// schema.prisma describes. The engine cannot introspect a live database here,
// so both schemas are compared as pg_dump prints them.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, diffDatamodels, migratedSchemaPath, schemaPath } from "../../prisma/engine";
import { createDatabase, dropDatabase } from "../setup/postgres";
import { testDatabaseUrl } from "../setup/database";

const run = promisify(execFile);
const fromSchemaDb = `boussole_test_from_schema_${process.pid}`;

afterAll(() => dropDatabase(fromSchemaDb));

/** Lines and statements Prisma cannot express, written by hand in migrations: not compared here
 * (the tenancy tests check them). */
const handWrittenLines = [/^\s*CONSTRAINT \S+ CHECK /];
const handWrittenStatements = [/^CREATE FUNCTION /, /^CREATE TRIGGER /, /^CREATE POLICY /, /^CREATE UNIQUE INDEX \S+ ON \S+ USING btree \([^)]*\) WHERE /, /^ALTER TABLE (ONLY )?\S+ (ENABLE|FORCE) ROW LEVEL SECURITY$/];

/** A CREATE TABLE with its column lines sorted: columns added by a later migration come last. */
function sortColumns(statement: string): string {
  const match = /^(CREATE TABLE [^(]+\()\n([\s\S]*)\n\)$/.exec(statement);
  if (!match) return statement;
  const lines = match[2]!.split("\n").map((line) => line.trim().replace(/,$/, ""));
  return `${match[1]}\n${lines.sort().join("\n")}\n)`;
}

async function schemaStatements(url: string): Promise<string[]> {
  const { stdout } = await run("pg_dump", ["--schema-only", "--no-owner", "--no-privileges", url]);
  return stdout
    .split("\n")
    .filter((line) => !/^(--|SET |\\(un)?restrict )/.test(line) && !handWrittenLines.some((re) => re.test(line)))
    .join("\n")
    // Function bodies (plpgsql) hold semicolons of their own: drop each whole function first.
    .replace(/^CREATE FUNCTION [\s\S]*?\$\$;\n/gm, "")
    .replace(/,\n\)/g, "\n)")
    .split(/;\n/)
    .map((statement) => statement.trim())
    .filter((s) => s && !s.startsWith("SELECT pg_catalog.set_config") && !s.includes("_prisma_migrations"))
    .filter((s) => !handWrittenStatements.some((re) => re.test(s)))
    .map(sortColumns)
    .sort();
}

describe("migrations", () => {
  it("give the schema described by schema.prisma, statement for statement", async () => {
    const migrated = await schemaStatements(testDatabaseUrl());

    const url = await createDatabase(fromSchemaDb);
    const script = await diffDatamodels({ connectionString: url, to: await readFile(schemaPath, "utf8") });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(script).finally(() => client.end());
    const described = await schemaStatements(url);

    expect(described.length).toBeGreaterThan(5);
    expect(migrated).toEqual(described);
  });

  it("were written from the current schema.prisma (npm run db:migration is up to date)", async () => {
    expect(await readFile(migratedSchemaPath, "utf8")).toBe(await readFile(schemaPath, "utf8"));
  });

  it("apply nothing the second time, and record themselves in _prisma_migrations", async () => {
    expect(await applyMigrations(testDatabaseUrl())).toEqual([]);
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    const { rows } = await client
      .query("SELECT migration_name, finished_at FROM _prisma_migrations")
      .finally(() => client.end());
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

});
