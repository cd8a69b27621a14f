// Prisma's own schema engine, run offline as WebAssembly (the native binary
// cannot be downloaded on our machines). Everything that writes or applies
// migrations goes through here, so `_prisma_migrations` stays Prisma's.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

export const prismaDir = path.dirname(fileURLToPath(import.meta.url));
export const migrationsDir = path.join(prismaDir, "migrations");
export const schemaPath = path.join(prismaDir, "schema.prisma");
/** schema.prisma as it was when the last migration was written. */
export const migratedSchemaPath = path.join(migrationsDir, "migrated-schema.prisma");

const noFilter = { externalTables: [], externalEnums: [] };
let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    // The wasm file is not exported by the package: find it beside its JS glue.
    const require = createRequire(import.meta.url);
    const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(glue), "schema_engine_bg.wasm");
    const compiled = await WebAssembly.compile(await readFile(wasmPath));
    const instance = await WebAssembly.instantiate(compiled, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as unknown as { __wbindgen_start: () => void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return wasmReady;
}

type ScriptAdapter = { executeScript(script: string): Promise<void> };
type InternalAdapter = ScriptAdapter & { client: pg.Pool; onError(error: unknown): never };

/**
 * adapter-pg runs a migration script by splitting it on every ";", which
 * breaks dollar-quoted bodies (DO blocks, functions) and applies a failing
 * migration halfway. Send the script whole instead: PostgreSQL runs a
 * multi-statement query in one implicit transaction, so a migration applies
 * completely or not at all, as with Prisma's native engine.
 */
function wholeScripts(factory: PrismaPg): PrismaPg {
  const patch = <A extends ScriptAdapter>(adapter: A): A => {
    const internal = adapter as unknown as InternalAdapter;
    internal.executeScript = async (script: string) => {
      try {
        await internal.client.query(script);
      } catch (error) {
        internal.onError(error);
      }
    };
    return adapter;
  };
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => patch(await connect());
  factory.connectToShadowDb = async () => patch(await connectToShadowDb());
  return factory;
}

/** Opens the engine on a database, runs `work`, and always frees it. */
export async function withSchemaEngine<T>(
  connectionString: string,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  // Our own pool, so that it is closed when the work is done: freeing the
  // engine does not close its connections.
  const pool = new pg.Pool({ connectionString, max: 1 });
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScripts(new PrismaPg(pool)));
  const log = (message: string) => {
    if (process.env.PRISMA_ENGINE_LOG) console.error(message);
  };
  const engine = (await bindings.SchemaEngine.new(
    { datamodels: undefined },
    log,
    adapter,
  )) as unknown as SchemaEngine;
  try {
    return await work(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

export async function readMigrations(): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const folders = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: await readFile(lockPath, "utf8").catch(() => null),
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      folders.map(async (folder) => ({
        path: folder,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(path.join(migrationsDir, folder, "migration.sql"), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (error: Error) => ({ tag: "error" as const, value: error.message }),
          ),
        },
      })),
    ),
  };
}

/** Applies every migration not yet recorded in `_prisma_migrations`. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const migrationsList = await readMigrations();
  const { appliedMigrationNames } = await withSchemaEngine(connectionString, (engine) =>
    engine.applyMigrations({ migrationsList, filters: noFilter }),
  );
  return appliedMigrationNames;
}

/** SQL that takes a database from one datamodel to another (`from` undefined: empty). */
export async function diffDatamodels(options: {
  connectionString: string;
  from?: string;
  to: string;
}): Promise<string> {
  const datamodel = (content: string) => ({
    tag: "schemaDatamodel" as const,
    files: [{ path: schemaPath, content }],
  });
  const result = await withSchemaEngine(options.connectionString, (engine) =>
    engine.diff({
      from: options.from === undefined ? { tag: "empty" } : datamodel(options.from),
      to: datamodel(options.to),
      script: true,
      exitCode: null,
      filters: noFilter,
    }),
  );
  return result.stdout ?? "";
}
