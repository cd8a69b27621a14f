// A probe for the server's memory (by hand): starts `next start` from the bench
// build with the given NODE_OPTIONS, loads the principal's dashboard (or the
// inspector's comparison) at 10 connections for 20 s, prints the peak RSS and
// the p95.
//   NODE_OPTIONS_PROBE="--max-old-space-size=256" npx tsx tests/benchmarks/rss-probe.ts [dashboard|comparison]
import autocannon from "autocannon";
import pg from "pg";
import { BENCH_YEAR, DEFAULT_SERVER, benchAccounts, benchDatabaseName, benchPassword, databaseUrl } from "../../prisma/bench-data";
import { memoryMb, signIn, startServer, waitUntilServing } from "./app-server";
import { summarise } from "./stats";

const port = 3650;
const base = `http://127.0.0.1:${port}`;
const url = databaseUrl(DEFAULT_SERVER, benchDatabaseName("M"));
const accounts = benchAccounts("M");
const owner = new pg.Client({ connectionString: url });
await owner.connect();
const { rows: [school] } = await owner.query<{ uai: string }>(
  "SELECT e.uai FROM users u JOIN memberships m ON m.user_id = u.id JOIN establishments e ON e.id = m.establishment_id WHERE u.email = $1",
  [accounts.principal],
);
const { rows: [academy] } = await owner.query<{ code: string }>(
  "SELECT a.code FROM users u JOIN inspector_assignments i ON i.user_id = u.id JOIN academies a ON a.id = i.academy_id WHERE u.email = $1",
  [accounts.inspector],
);
await owner.end();
const child = startServer({ url, port, distDir: ".next-bench", env: { NODE_OPTIONS: process.env.NODE_OPTIONS_PROBE ?? "" } });
try {
  await waitUntilServing(child, base);
  const year = `${BENCH_YEAR}-${BENCH_YEAR + 1}`;
  const comparison = process.argv[2] === "comparison";
  const cookie = await signIn(base, comparison ? accounts.inspector : accounts.principal, benchPassword);
  const path = comparison ? `/academies/${academy!.code}/comparaison?annee=${year}` : `/etablissements/${school!.uai}/tableau-de-bord?annee=${year}`;
  const latencies: number[] = [];
  for (const seconds of [5, 20]) {
    latencies.length = 0;
    await new Promise<void>((resolve, reject) => {
      const instance = autocannon({ url: base + path, connections: 10, duration: seconds, headers: { cookie } }, (error) => (error ? reject(error) : resolve()));
      instance.on("response", (_c, _s, _b, time) => latencies.push(time));
    });
  }
  console.log(JSON.stringify({ page: comparison ? "comparison" : "dashboard", nodeOptions: process.env.NODE_OPTIONS_PROBE ?? "", peakRssMb: memoryMb(child.pid!, "VmHWM"), rssNowMb: memoryMb(child.pid!, "VmRSS"), ...summarise(latencies) }));
} finally {
  child.kill("SIGTERM");
}
