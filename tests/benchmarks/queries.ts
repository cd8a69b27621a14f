// L0, L1, L2 of the benchmark (see run.ts): the dashboard's and the
// comparison's queries, on a generated bench database, as the app role under
// the page's scope (row-level security on):
//   L0  the database alone: EXPLAIN ANALYZE execution time (planning aside);
//   L1  the same SQL through the pg driver (round trip from Node);
//   L2  the app's own code through Prisma (loadDashboard, loadComparison).
// Run by run.ts as a child process with --conditions=react-server (the app's
// query modules import "server-only"); prints one JSON object on stdout.
//   node --conditions=react-server --import tsx tests/benchmarks/queries.ts <bench database url> <runs>
import pg from "pg";
import type { DataScope } from "@/features/access/scope";
import { defaultComparisonCodes } from "@/features/indicators/comparison";
import { comparisonQuery } from "@/features/indicators/comparison-query";
import { dashboardQuery } from "@/features/indicators/dashboard-query";
import { loadComparison, loadDashboard } from "@/features/indicators/queries";
import { APP_ROLE, createPrismaClient } from "@/server/prisma-client";
import { runInScope } from "@/server/scoped-transaction";
import { BENCH_YEAR, benchAccounts } from "../../prisma/bench-data";
import { summarise, type Summary } from "./stats";

const ownerUrl = process.argv[2]!;
const RUNS = Number(process.argv[3] ?? 200);
const appUrl = (() => {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = "";
  return url.toString();
})();

type Sql = { text: string; values: unknown[] };

/** The dashboard's one statement (see loadDashboard): the app's own SQL. */
function dashboardSql(establishmentId: string, year: number, today: Date): Sql[] {
  const query = dashboardQuery(establishmentId, year, today);
  return [{ text: query.text, values: query.values }];
}

async function scopes(owner: pg.Client) {
  const { rows: [principal] } = await owner.query<{ user_id: string; establishment_id: string }>(
    `SELECT m.user_id, m.establishment_id FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.email = $1`,
    [benchAccounts.principal],
  );
  const { rows: [inspector] } = await owner.query<{ user_id: string; academy_id: string }>(
    `SELECT i.user_id, i.academy_id FROM users u JOIN inspector_assignments i ON i.user_id = u.id WHERE u.email = $1`,
    [benchAccounts.inspector],
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

async function setScope(client: pg.Client, scope: DataScope) {
  await client.query(
    `SELECT set_config('app.user_id', $1, true), set_config('app.admin', 'off', true), set_config('app.readable', $2, true),
            set_config('app.writable', $3, true), set_config('app.manageable', '', true), set_config('app.roles', $4, true)`,
    [scope.userId ?? "", scope.readable.join(","), scope.writable ?? "", (scope.roles ?? []).join(",")],
  );
}

async function timed(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs + Math.ceil(runs / 10); i++) {
    const started = performance.now();
    await work();
    if (i >= Math.ceil(runs / 10)) times.push(performance.now() - started); // the first tenth warms up
  }
  return times;
}

async function main() {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  const s = await scopes(owner);
  await owner.end();

  const app = new pg.Client({ connectionString: appUrl });
  await app.connect();
  const prisma = createPrismaClient({ connectionString: appUrl, poolMax: 1 });
  const today = new Date(Date.UTC(BENCH_YEAR + 1, 0, 15));
  const comparison = { establishmentIds: s.academyIds, schoolYear: BENCH_YEAR, codes: defaultComparisonCodes, kind: null, diploma: null };
  const comparisonSql = comparisonQuery(comparison);
  const cases: { name: string; scope: DataScope; sql: Sql[]; prisma: () => Promise<unknown> }[] = [
    {
      name: "dashboard",
      scope: s.school,
      sql: dashboardSql(s.establishmentId, BENCH_YEAR, today),
      prisma: () => runInScope(prisma, s.school, (tx) => loadDashboard(tx, { establishmentId: s.establishmentId, schoolYear: BENCH_YEAR, aggregateOnly: false, today })),
    },
    {
      name: "comparison",
      scope: s.academy,
      sql: [{ text: comparisonSql.text, values: comparisonSql.values }],
      prisma: () => runInScope(prisma, s.academy, (tx) => loadComparison(tx, comparison)),
    },
  ];

  const out: Record<string, { rows: number; l0: Summary; l1: Summary; l2: Summary }> = {};
  for (const c of cases) {
    let rows = 0;
    const l0: number[] = [];
    await timed(RUNS, async () => {
      await app.query("BEGIN");
      await setScope(app, c.scope);
      let execution = 0;
      for (const q of c.sql) {
        const { rows: [plan] } = await app.query<{ "QUERY PLAN": [{ "Execution Time": number }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${q.text}`, q.values);
        execution += plan!["QUERY PLAN"][0]["Execution Time"];
      }
      l0.push(execution);
      await app.query("COMMIT");
    });
    const l1 = await timed(RUNS, async () => {
      await app.query("BEGIN");
      await setScope(app, c.scope);
      rows = 0;
      for (const q of c.sql) rows += (await app.query(q.text, q.values)).rowCount ?? 0;
      await app.query("COMMIT");
    });
    const l2 = await timed(RUNS, c.prisma);
    out[c.name] = { rows, l0: summarise(l0.slice(Math.ceil(RUNS / 10))), l1: summarise(l1), l2: summarise(l2) };
  }
  await app.end();
  await prisma.$disconnect();
  process.stdout.write(JSON.stringify(out));
}

await main();
