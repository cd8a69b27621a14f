// What the load, soak and fault tests stand on: a private PostgreSQL cluster holding the
// bench data at scale S (50 schools; prisma/bench-data.ts), the app built and served by
// `next start` on 127.0.0.1 as the restricted app role, and users signed in.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { generateBenchDatabase } from "../../prisma/bench-data";
import { ensureBuild, memoryMb, root, startServer, waitUntilServing } from "../benchmarks/app-server";
import { createPrivatePostgres, type PrivatePostgres } from "./private-postgres";
import { prepareScenario, type Scenario } from "./scenario";

export const log = (line: string) => console.log(line);

export type Environment = {
  base: string;
  postgres: PrivatePostgres;
  ownerUrl: string;
  server: ChildProcess;
  scenario: Scenario;
  rssMb: () => number;
  /** Sessions of the app role still inside a transaction, by state. */
  idleInTransaction: () => Promise<number>;
  close: () => void;
};

export async function startEnvironment(options: { port?: number; pgPort?: number; schools?: number }): Promise<Environment> {
  const port = options.port ?? Number(process.env.LOAD_PORT ?? 3700);
  const pgPort = options.pgPort ?? Number(process.env.LOAD_PG_PORT ?? 5441);
  // The benchmark's build by default (CI builds it just before); LOAD_DIST_DIR for a build of one's own.
  const distDir = process.env.LOAD_DIST_DIR ?? ".next-bench";
  const base = `http://127.0.0.1:${port}`;
  // LOAD_REUSE_BUILD=1 serves the existing build even if sources changed since (a shared checkout being edited).
  if (!(process.env.LOAD_REUSE_BUILD === "1" && existsSync(path.join(root, distDir, "BUILD_ID")))) ensureBuild({ distDir, log });
  const postgres = createPrivatePostgres({ port: pgPort, log });
  let server: ChildProcess | undefined;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    if (server && server.exitCode === null) server.kill("SIGTERM");
    postgres.destroy();
  };
  // Stopped from outside (CI's timeout, Ctrl-C): leave no server nor cluster behind.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      close();
      process.exit(130);
    });
  }
  try {
    const { url: ownerUrl } = await generateBenchDatabase({ scale: "S", server: postgres.url, log: () => undefined });
    log("Données de banc d'essai (échelle S) générées");
    server = startServer({ url: ownerUrl, port, distDir });
    await waitUntilServing(server, base);
    const scenario = await prepareScenario({ base, ownerUrl, distDir, schools: options.schools ?? 10 });
    const child = server;
    return {
      base,
      postgres,
      ownerUrl,
      server: child,
      scenario,
      rssMb: () => memoryMb(child.pid!, "VmRSS"),
      idleInTransaction: async () => {
        const client = new pg.Client({ connectionString: ownerUrl });
        await client.connect();
        try {
          const { rows } = await client.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = 'boussole_app' AND state LIKE 'idle in transaction%'`,
          );
          return rows[0]!.n;
        } finally {
          await client.end();
        }
      },
      close,
    };
  } catch (error) {
    close();
    throw error;
  }
}

/**
 * Sessions idle in transaction once the requests still running when the load stopped have
 * finished (a busy server leaves a transaction idle between two of its statements for a while):
 * read every half second for up to 10 s, below the server's idle_in_transaction_session_timeout
 * (20 s), so that a transaction really left open is still seen.
 */
export async function settledIdleInTransaction(env: Environment): Promise<number> {
  let idle = await env.idleInTransaction();
  for (let i = 0; i < 20 && idle > 0; i++) {
    await sleep(500);
    idle = await env.idleInTransaction();
  }
  return idle;
}
