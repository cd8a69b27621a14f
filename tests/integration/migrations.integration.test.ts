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

/** Statements Prisma cannot express, written by hand in migrations: not part of the comparison. */
const handWritten = [/^\s*CONSTRAINT \S+ CHECK /];

async function schemaStatements(url: string): Promise<string[]> {
  const { stdout } = await run("pg_dump", ["--schema-only", "--no-owner", "--no-privileges", url]);
  return stdout
    .split("\n")
    .filter((line) => !/^(--|SET |\\(un)?restrict )/.test(line) && !handWritten.some((re) => re.test(line)))
    .join("\n")
    .replace(/,\n\)/g, "\n)")
    .split(/;\n/)
    .map((statement) => statement.trim())
    .filter((s) => s && !s.startsWith("SELECT pg_catalog.set_config") && !s.includes("_prisma_migrations"))
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
