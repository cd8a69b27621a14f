// Benchmark (not a test): the académie comparison's query for 1,000 schools.
//   npx tsx tests/benchmarks/comparison.ts [postgres url of a server; default postgresql://postgres@127.0.0.1:5432/postgres]
// Creates a scratch database, migrates it, writes 1,000 schools with two
// years of summary rows for every indicator of the catalogue (72,000 rows)
// and 3 classes each, then runs exactly the page's query (comparisonQuery)
// as the app role under an inspector's scope (row-level security on), with
// EXPLAIN ANALYZE, many times; prints p50 and p95 of the server's time
// (planning + execution) and of the round trip; drops the database.
import pg from "pg";
import { comparisonQuery } from "@/features/indicators/comparison-query";
import { indicatorCatalogue } from "@/features/indicators/catalogue";
import { uaiCheckLetter } from "@/lib/uai";
import { applyMigrations } from "../../prisma/engine";

const server = process.argv[2] ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `boussole_bench_comparison_${process.pid}`;
const SCHOOLS = 1000;
const RUNS = Number(process.env.RUNS ?? 60);
const YEAR = 2026;

const urlOf = (database: string, user?: string) => {
  const url = new URL(server);
  url.pathname = `/${database}`;
  if (user) {
    url.username = user;
    url.password = "";
  }
  return url.toString();
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
};

async function main() {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const t0 = performance.now();
    await applyMigrations(urlOf(name));
    console.log(`migrated in ${Math.round(performance.now() - t0)} ms`);
    const owner = new pg.Client({ connectionString: urlOf(name) });
    owner.on("error", () => undefined);
    await owner.connect();
    const { rows: [academy] } = await owner.query<{ id: string }>("INSERT INTO academies (code, name) VALUES ('99', 'Banc d''essai') RETURNING id");
    const kinds = ["LP", "LPO", "SEP", "COLLEGE"];
    const uais = Array.from({ length: SCHOOLS }, (_, i) => {
      const digits = String(9000000 + i);
      return digits + uaiCheckLetter(digits);
    });
    const { rows: schools } = await owner.query<{ id: string }>(
      `INSERT INTO establishments (uai, name, city, kind, academy_id)
       SELECT u, 'Établissement ' || n, 'Ville ' || (n % 50), ($2::text[])[1 + n % 4]::establishment_kind, $3::uuid
       FROM unnest($1::text[]) WITH ORDINALITY AS t(u, n) RETURNING id`,
      [uais, kinds, academy!.id],
    );
    const ids = schools.map((s) => s.id);
    const codes = indicatorCatalogue.map((i) => i.code);
    for (const year of [YEAR - 1, YEAR]) {
      await owner.query(
        `INSERT INTO indicator_summaries (establishment_id, school_year, indicator_code, value, numerator, denominator, counts_pupils)
         SELECT e, $3::int, c, round((random() * 100)::numeric, 1), round((random() * 300)::numeric), 300 + round((random() * 300)::numeric), random() < 0.3
         FROM unnest($1::uuid[]) AS e, unnest($2::text[]) AS c`,
        [ids, codes, year],
      );
    }
    await owner.query(
      `INSERT INTO divisions (establishment_id, school_year, name, diploma, year_of_study)
       SELECT e, $2::int, 'C' || k, d, CASE WHEN d = 'COLLEGE' THEN 6 ELSE 1 END
       FROM unnest($1::uuid[]) AS e, generate_series(1, 3) AS k,
         LATERAL (SELECT (ARRAY['CAP', 'BAC_PRO', 'COLLEGE'])[1 + (k + abs(hashtext(e::text))) % 3]::diploma AS d) AS x`,
      [ids, YEAR],
    );
    // Every summary computed now: fresh until the next write (the classes above are older).
    await owner.query(
      `INSERT INTO indicator_summary_states (establishment_id, school_year, snapshot, refreshed_at)
       SELECT e, y, pg_current_snapshot()::text, now() FROM unnest($1::uuid[]) AS e, unnest($2::int[]) AS y`,
      [ids, [YEAR - 1, YEAR]],
    );
    await owner.query("ANALYZE");
    console.log(`data written in ${Math.round(performance.now() - t0)} ms`);
    await owner.end();

    // The app role, as the page runs it: an inspector's scope reading the académie's schools.
    const app = new pg.Client({ connectionString: urlOf(name, "boussole_app") });
    app.on("error", () => undefined);
    await app.connect();
    const cases = [
      { label: "4 indicators, no filter", codes: ["PUPILS_IN_GROUP_SHARE", "HOURS_DELIVERED_RATE", "GRID_COMPLETION", "ATTENDANCE_RATE"], kind: null, diploma: null },
      { label: "4 indicators, kind LP and diploma CAP", codes: ["PUPILS_IN_GROUP_SHARE", "HOURS_DELIVERED_RATE", "GRID_COMPLETION", "ATTENDANCE_RATE"], kind: "LP" as const, diploma: "CAP" as const },
    ];
    for (const c of cases) {
      const query = comparisonQuery({ establishmentIds: ids, schoolYear: YEAR, codes: c.codes, kind: c.kind, diploma: c.diploma });
      const server: number[] = [];
      const roundTrip: number[] = [];
      let rowCount = 0;
      let plan = "";
      for (let run = 0; run < RUNS; run++) {
        await app.query("BEGIN");
        await app.query("SELECT set_config('app.user_id', $1, true), set_config('app.readable', $2, true)", ["00000000-0000-0000-0000-000000000001", ids.join(",")]);
        const started = performance.now();
        const result = await app.query(query.text, query.values);
        roundTrip.push(performance.now() - started);
        rowCount = result.rowCount ?? 0;
        const explained = await app.query<{ "QUERY PLAN": [{ "Planning Time": number; "Execution Time": number; Plan: unknown }] }>(
          `EXPLAIN (ANALYZE, FORMAT JSON) ${query.text}`,
          query.values,
        );
        const [report] = explained.rows[0]!["QUERY PLAN"];
        server.push(report["Planning Time"] + report["Execution Time"]);
        if (run === RUNS - 1) plan = (await app.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${query.text}`, query.values)).rows.map((r) => r["QUERY PLAN"]).join("\n");
        await app.query("COMMIT");
      }
      console.log(`\n${c.label}: ${rowCount} rows, ${RUNS} runs`);
      console.log(`  server (EXPLAIN ANALYZE planning + execution): p50 ${percentile(server, 0.5).toFixed(1)} ms, p95 ${percentile(server, 0.95).toFixed(1)} ms`);
      console.log(`  round trip from Node (pg): p50 ${percentile(roundTrip, 0.5).toFixed(1)} ms, p95 ${percentile(roundTrip, 0.95).toFixed(1)} ms`);
      if (process.env.SHOW_PLAN) console.log(plan);
    }
    // The page's other step: the check that every school's summary is fresh (all are, here).
    const check: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await app.query("BEGIN");
      await app.query("SELECT set_config('app.user_id', $1, true), set_config('app.readable', $2, true)", ["00000000-0000-0000-0000-000000000001", ids.join(",")]);
      const started = performance.now();
      const { rows } = await app.query<{ written: number }>("SELECT app_refresh_stale_indicator_summaries($1::uuid[], ARRAY[$2::int - 1, $2::int]) AS written", [ids, YEAR]);
      check.push(performance.now() - started);
      if (rows[0]!.written !== 0) throw new Error("the summaries should all be fresh");
      await app.query("COMMIT");
    }
    console.log(`\nfreshness check of 1,000 schools (none stale): round trip p50 ${percentile(check, 0.5).toFixed(1)} ms, p95 ${percentile(check, 0.95).toFixed(1)} ms`);
    await app.end();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
