// L0, L1, L2 of the benchmark (see run.ts): the dashboard's and the
// comparison's reads, on a generated bench database, as the app role under
// the page's scope (row-level security on):
//   L0  the database alone: EXPLAIN ANALYZE execution time (planning aside);
//   L1  the same results through the pg driver: the same statements (the scope's
//       settings, then the read, prepared as the app prepares them) in a
//       transaction, and the same mapping of the answer (dashboardFromJson; the
//       comparison's rows come named as the app uses them, and need none);
//   L2  the app's own code through Prisma (runInScope with loadDashboard,
//       loadComparison), on a client built as the app builds it.
// L1 and L2 take turns, one run each, on the same single connection: the
// machine is shared and its speed drifts within seconds, so runs of one level
// after the other would compare two different machines; the ratio L2 / L1 is
// the ORM's overhead.
// Run by run.ts as a child process with --conditions=react-server (the app's
// query modules import "server-only"); prints one JSON object on stdout.
//   node --conditions=react-server --import tsx tests/benchmarks/queries.ts <bench database url> <runs> <scale>
import pg from "pg";
import type { DataScope } from "@/features/access/scope";
import { defaultComparisonCodes } from "@/features/indicators/comparison";
import { comparisonQuery, type ComparisonRow } from "@/features/indicators/comparison-query";
import { dashboardFromJson, dashboardQuery, type DashboardJson } from "@/features/indicators/dashboard-query";
import { loadComparison, loadDashboard } from "@/features/indicators/queries";
import { preparedStatementName } from "@/server/prepared-statements";
import { APP_ROLE, createPool, prismaOnPool } from "@/server/prisma-client";
import { runInScope } from "@/server/scoped-transaction";
import { scopeSettings } from "@/server/transaction-scope";
import { BENCH_YEAR, benchAccounts, type Scale } from "../../prisma/bench-data";
import { summarise, type Summary } from "./stats";

const ownerUrl = process.argv[2]!;
const RUNS = Number(process.argv[3] ?? 200);
const accounts = benchAccounts((process.argv[4] ?? "M") as Scale);
const appUrl = (() => {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = "";
  return url.toString();
})();

type Sql = { text: string; values: unknown[] };

async function scopes(owner: pg.Client) {
  const { rows: [principal] } = await owner.query<{ user_id: string; establishment_id: string }>(
    `SELECT m.user_id, m.establishment_id FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.email = $1`,
    [accounts.principal],
  );
  const { rows: [inspector] } = await owner.query<{ user_id: string; academy_id: string }>(
    `SELECT i.user_id, i.academy_id FROM users u JOIN inspector_assignments i ON i.user_id = u.id WHERE u.email = $1`,
    [accounts.inspector],
  );
  const { rows: schools } = await owner.query<{ id: string }>(`SELECT id FROM establishments WHERE academy_id = $1 ORDER BY id`, [inspector!.academy_id]);
  const school: DataScope = {
    userId: principal!.user_id,
    isAdmin: false,
    readable: [principal!.establishment_id],
    writable: null,
    roles: [`${principal!.establishment_id}=PRINCIPAL`],
  };
  const academy: DataScope = { userId: inspector!.user_id, isAdmin: false, readable: schools.map((s) => s.id), writable: null };
  return { school, establishmentId: principal!.establishment_id, academy, academyIds: schools.map((s) => s.id) };
}

/** A statement as the app sends it: named (prepared once per connection) when the app would name it. */
const asApp = (text: string, values: unknown[]): pg.QueryConfig => {
  const name = preparedStatementName({ sql: text, args: values });
  return name ? { name, text, values } : { text, values };
};

async function inTransaction<T>(client: pg.PoolClient, scope: DataScope, work: () => Promise<T>): Promise<T> {
  const settings = scopeSettings(scope);
  await client.query("BEGIN");
  await client.query(asApp(settings.sql, settings.args));
  const result = await work();
  await client.query("COMMIT");
  return result;
}

async function main() {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  const s = await scopes(owner);
  await owner.end();

  // One connection, shared by both paths (Prisma takes it for its transactions, pg between them).
  const pool = createPool({ connectionString: appUrl, poolMax: 1 });
  const prisma = prismaOnPool(pool, { preparedStatements: true });
  const today = new Date(Date.UTC(BENCH_YEAR + 1, 0, 15));
  const comparison = { establishmentIds: s.academyIds, schoolYear: BENCH_YEAR, codes: defaultComparisonCodes, kind: null, diploma: null };
  const dashboardSql: Sql = dashboardQuery(s.establishmentId, BENCH_YEAR, today);
  const comparisonSql: Sql = comparisonQuery(comparison);
  const cases: { name: string; scope: DataScope; sql: Sql; pg: (client: pg.PoolClient) => Promise<number>; prisma: () => Promise<number> }[] = [
    {
      name: "dashboard",
      scope: s.school,
      sql: dashboardSql,
      pg: async (client) => {
        const { rows: [row] } = await client.query<{ dashboard: DashboardJson }>(asApp(dashboardSql.text, dashboardSql.values));
        return dashboardFromJson(row!.dashboard, false).figures.length;
      },
      prisma: async () =>
        (await runInScope(prisma, s.school, (tx) => loadDashboard(tx, { establishmentId: s.establishmentId, schoolYear: BENCH_YEAR, aggregateOnly: false, today }))).figures.length,
    },
    {
      name: "comparison",
      scope: s.academy,
      sql: comparisonSql,
      pg: async (client) => {
        const { rows } = await client.query<ComparisonRow>(asApp(comparisonSql.text, comparisonSql.values));
        return rows.length;
      },
      prisma: async () => (await runInScope(prisma, s.academy, (tx) => loadComparison(tx, comparison))).length,
    },
  ];

  const warmUp = Math.ceil(RUNS / 10);
  const out: Record<string, { rows: number; l0: Summary; l1: Summary; l2: Summary }> = {};
  for (const c of cases) {
    const l0: number[] = [];
    const l1: number[] = [];
    const l2: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS + warmUp; i++) {
      const keep = i >= warmUp; // the first tenth warms up
      const client = await pool.connect();
      let viaPg: number;
      try {
        const plan = await inTransaction(client, c.scope, async () => {
          const { rows: [explained] } = await client.query<{ "QUERY PLAN": [{ "Execution Time": number }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${c.sql.text}`, c.sql.values);
          return explained!["QUERY PLAN"][0]["Execution Time"];
        });
        if (keep) l0.push(plan);
        const started = performance.now();
        viaPg = await inTransaction(client, c.scope, () => c.pg(client));
        if (keep) l1.push(performance.now() - started);
      } catch (error) {
        client.release(true);
        throw error;
      }
      client.release();
      const started = performance.now();
      const viaPrisma = await c.prisma();
      if (keep) l2.push(performance.now() - started);
      if (viaPg !== viaPrisma) throw new Error(`${c.name}: pg gave ${viaPg} rows, Prisma ${viaPrisma}`);
      rows = viaPrisma;
    }
    out[c.name] = { rows, l0: summarise(l0), l1: summarise(l1), l2: summarise(l2) };
  }
  await prisma.$disconnect();
  process.stdout.write(JSON.stringify(out));
}

await main();
