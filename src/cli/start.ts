// `npm start` (and `npm run dev` with --dev): one command from a fresh clone to
// a running app. Without DATABASE_URL it starts the embedded PostgreSQL, keeps
// its data in .data/, applies migrations, loads the demo data into an empty
// database, builds when the build is missing or older than the sources, and
// serves on http://localhost:$PORT.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "../../prisma/engine";
import { demoAccounts, demoPassword } from "../../prisma/demo-data";
import { hasDemoAccounts, seedDemoData } from "../../prisma/seed";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { serverMemoryEnv } from "./server-memory";

const root = path.resolve(import.meta.dirname, "../..");
const dev = process.argv.includes("--dev");
if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const sources = Math.max(
    newestMtime(path.join(root, "src")),
    ...["next.config.ts", "package.json", "postcss.config.mjs"].map((f) => statSync(path.join(root, f)).mtimeMs),
  );
  return statSync(buildId).mtimeMs >= sources;
}

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { cwd: root, env, stdio: "inherit" });
}

function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** A signing secret kept in .data/ so that sessions survive a restart on a laptop. */
function localAuthSecret(): string {
  const file = path.join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  const startedAt = Date.now();
  let embedded: EmbeddedPostgres | undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

  if (!env.DATABASE_URL) {
    const dataDir = path.resolve(root, env.EMBEDDED_DB_DIR ?? ".data/pglite");
    embedded = await startEmbeddedPostgres({ dataDir, port: Number(env.EMBEDDED_DB_PORT ?? 0) });
    env.DATABASE_URL = embedded.url;
    env.DATABASE_POOL_MAX = "1";
    // PGlite knows a single login: the app switches to its restricted role on connect.
    env.DATABASE_SET_ROLE = "boussole_app";
    console.log(`Base embarquée (PGlite) démarrée, données dans ${path.relative(root, dataDir)}/`);
  }
  const databaseUrl = env.DATABASE_URL!;
  env.AUTH_SECRET ||= localAuthSecret();

  const applied = await applyMigrations(databaseUrl);
  console.log(applied.length ? `Migrations appliquées : ${applied.join(", ")}` : "Schéma de la base à jour.");
  const seeded = await seedDemoData(databaseUrl);
  if (seeded === "loaded") console.log("Données de démonstration chargées.");
  const accounts = seeded === "skipped" && !(await hasDemoAccounts(databaseUrl)) ? [] : demoAccounts;

  if (!dev && !buildIsCurrent()) {
    console.log("Construction de l'application (next build)…");
    const code = await exitCode(run(["build"], env));
    if (code !== 0) {
      await embedded?.stop();
      process.exit(code);
    }
  }

  const server = run([dev ? "dev" : "start", "--port", String(port), "--hostname", host], dev ? env : { ...env, ...serverMemoryEnv(env) });
  const stop = async (signal: NodeJS.Signals) => {
    server.kill(signal);
    await exitCode(server);
    await embedded?.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  server.on("exit", async (code) => {
    await embedded?.stop();
    process.exit(code ?? 1);
  });

  const url = `http://localhost:${port}`;
  const probe = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
  if (await waitUntilServing(probe, server)) {
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    console.log(`\nBoussole est prête en ${seconds} s : ${url}\n`);
    if (accounts.length) {
      console.log(`Comptes de démonstration (mot de passe : ${demoPassword}) :`);
      for (const account of accounts) console.log(`  ${account.email.padEnd(38)} ${account.description}`);
      console.log("");
    }
  }
}

await main();
