// A private PostgreSQL cluster for the fault test, so that restarting it harms no one:
// initdb in a temporary folder, served on 127.0.0.1 only. Run as the `postgres` OS
// user when we are root (CI), as ourselves otherwise. Needs Debian's PostgreSQL
// binaries (/usr/lib/postgresql/<version>/bin; PG_BIN to point elsewhere).
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

function binDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(path.join(base, v, "bin", "initdb"))) return path.join(base, v, "bin");
  throw new Error("PostgreSQL introuvable (initdb) : installez postgresql ou donnez PG_BIN");
}

export type PrivatePostgres = {
  url: string;
  port: number;
  stop: () => void;
  start: () => void;
  /** Stops the server, data kept: nothing left of it but the folder. */
  destroy: () => void;
};

export function createPrivatePostgres(options: { port: number; log: (line: string) => void }): PrivatePostgres {
  const bin = binDir();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), "boussole-pg-"));
  const data = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const run = (tool: string, args: string[], allowFailure = false) => {
    const command = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]] as const : [path.join(bin, tool), args] as const;
    const result = spawnSync(command[0], [...command[1]], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    if (result.status !== 0 && !allowFailure) {
      throw new Error(`${tool} a échoué : ${result.stderr || result.stdout}`);
    }
  };
  run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const serverOptions = [
    `-p ${options.port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${dir}`,
    "-c max_connections=100",
    "-c shared_buffers=128MB",
  ].join(" ");
  const start = () => run("pg_ctl", ["-D", data, "-l", logFile, "-o", serverOptions, "-w", "-t", "30", "start"]);
  const stop = () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "30", "stop"], true);
  start();
  options.log(`PostgreSQL privé sur 127.0.0.1:${options.port} (${dir})`);
  return {
    url: `postgresql://postgres@127.0.0.1:${options.port}/postgres`,
    port: options.port,
    start,
    stop,
    destroy: () => {
      stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
