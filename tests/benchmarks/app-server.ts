// Shared by the benchmark (tests/benchmarks/run.ts) and the load and fault tests
// (tests/load/): build the app into its own dist dir, serve it with `next start` on
// 127.0.0.1 as the app role, sign users in, find a server action's id, read the
// server's memory.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { serverMemoryEnv } from "../../src/cli/server-memory";

export const root = path.resolve(import.meta.dirname, "../..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the app into distDir when the build is missing or older than the sources; the build's seconds, or null. */
export function ensureBuild(options: { distDir: string; force?: boolean; log: (line: string) => void }): number | null {
  const { distDir } = options;
  const buildId = path.join(root, distDir, "BUILD_ID");
  const sources = Math.max(
    newestMtime(path.join(root, "src")),
    ...["next.config.ts", "package.json", "postcss.config.mjs"].map((f) => statSync(path.join(root, f)).mtimeMs),
  );
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= sources && !options.force) return null;
  options.log(`Construction de l'application dans ${distDir}…`);
  const started = performance.now();
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  // Next rewrites tsconfig.json when the dist dir is not .next: put it back.
  spawnSync("git", ["checkout", "tsconfig.json"], { cwd: root, stdio: "ignore" });
  if (build.status !== 0) throw new Error("next build a échoué");
  return Math.round(performance.now() - started) / 1000;
}

export function startServer(options: {
  url: string;
  port: number;
  distDir: string;
  /** Added to the NODE_OPTIONS `npm start` serves with (env.NODE_OPTIONS replaces them instead). */
  extraNodeOptions?: string;
  env?: Record<string, string>;
  stdout?: "ignore" | "inherit";
}): ChildProcess {
  const memory = serverMemoryEnv();
  return spawn(process.execPath, [nextBin, "start", "--port", String(options.port), "--hostname", "127.0.0.1"], {
    cwd: root,
    stdio: ["ignore", options.stdout ?? "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: options.url,
      AUTH_SECRET: "bench-secret-not-for-production-0123456789abcdef",
      NEXT_DIST_DIR: options.distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      // As `npm start` serves it (src/cli/server-memory.ts).
      ...memory,
      ...(options.extraNodeOptions ? { NODE_OPTIONS: `${memory.NODE_OPTIONS} ${options.extraNodeOptions}` } : {}),
      ...options.env,
    },
  });
}

export async function waitUntilServing(child: ChildProcess, base: string) {
  for (let i = 0; i < 240 && child.exitCode === null; i++) {
    try {
      const response = await fetch(`${base}/api/sante`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("le serveur n'a pas démarré");
}

/** The server process and its descendants (next start may fork its server). */
export function processTree(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // gone
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const [child, parent] of parents) if (parent === tree[i]) tree.push(child);
  return tree;
}

/** A memory figure (VmHWM: peak, VmRSS: now) of the largest process of the server's tree, in MB. */
export function memoryMb(pid: number, field: "VmHWM" | "VmRSS" = "VmHWM"): number {
  let largest = 0;
  for (const p of processTree(pid)) {
    try {
      const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (match) largest = Math.max(largest, Number(match[1]) / 1024);
    } catch {
      // gone
    }
  }
  return Math.round(largest);
}

/** Signs in through /api/connexion; the session's cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/connexion`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password }),
    redirect: "manual",
  });
  if (response.status !== 200) throw new Error(`connexion de ${email} refusée : ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

/**
 * What Chromium adds to a server action's request from one of our pages (e2e/grid.spec.ts checks
 * it): the load sends it too, since proxy.ts lets a same-origin action through without running.
 */
export const actionFetchMetadata = { "sec-fetch-site": "same-origin", "sec-fetch-mode": "cors", "sec-fetch-dest": "empty" };

/** The id of a server action, from the build's manifest. */
export function serverActionId(distDir: string, exportedName: string, fileContains: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === exportedName && (entry.filename ?? "").includes(fileContains)) return id;
  }
  throw new Error(`action ${exportedName} introuvable dans server-reference-manifest.json`);
}
