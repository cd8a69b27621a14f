// The académie comparison's query as the number of schools grows (the
// benchmark's scaling step, run by run.ts; also alone):
//   npx tsx tests/benchmarks/comparison.ts [postgres url of a server] [schools…]   (default: 25 100 1000)
// Creates a scratch database, migrates it, writes one académie of each size and
// the rest of a country of COUNTRY schools in another (a deployment holds every
// académie: a plan that reads every school's rows shows here, as it did at
// scale L), each school with two years of summary rows for every indicator of
// the catalogue and 3 classes; then, for each size, runs exactly the page's
// reads as the app role under an inspector's scope (row-level security on):
// the freshness check (app_refresh_stale_indicator_summaries: none stale) and
// the comparison (comparisonQuery), many times, with EXPLAIN ANALYZE for the
// server's own time; then, when asked (run.ts does), the comparison page itself
// over HTTP, by an inspector of the compared académies; drops the database.
import pg from "pg";
import { comparisonQuery } from "@/features/indicators/comparison-query";
import { indicatorCatalogue } from "@/features/indicators/catalogue";
import { uaiCheckLetter } from "@/lib/uai";
import { hashPassword } from "@/features/identity/passwords";
import { benchPassword, countryInspectorEmail, databaseUrl } from "../../prisma/bench-data";
import { applyMigrations } from "../../prisma/engine";
import { summarise, type Summary } from "./stats";

/** The school year of the country's figures (2026-2027). */
export const COUNTRY_YEAR = 2026;
const CODES = ["PUPILS_IN_GROUP_SHARE", "HOURS_DELIVERED_RATE", "GRID_COMPLETION", "ATTENDANCE_RATE"];
/** Schools in the scratch database, the compared académies' and the others': scale L's country. */
export const COUNTRY = 10_000;

export type ComparisonScaling = {
  schools: number;
  /** Schools in the database, the compared ones included. */
  country: number;
  rows: number;
  /** Planning + execution, from EXPLAIN ANALYZE. */
  server: Summary;
  /** The query's round trip from Node (pg). */
  roundTrip: Summary;
  /** The same with the filters on (kind LP, diploma CAP). */
  filteredServer: Summary;
  /** The freshness check that precedes it on the page (every summary fresh). */
  freshness: Summary;
  /** The comparison page over HTTP, when measured. */
  page?: ComparisonPageFigures;
};

/** The comparison page of one académie, as the pages hook of measureComparisons measured it. */
export type ComparisonPageFigures = Summary & { connections: number; requests: number; rps: number; errors: number; non2xx: number; htmlKb: number };

/** The country while it exists: its owner's URL, its inspector and the compared académies, for a hook measuring their pages. */
export type Country = { url: string; inspector: string; academies: { code: string; schools: number }[] };

/** `schools` schools in a new académie, their summaries of two years and their classes; returns their ids (the e2e test of the comparison's pages writes its académie with it too). */
export async function writeAcademy(owner: pg.Client, academy: { code: string; name: string }, schools: number, firstNumber: number): Promise<string[]> {
  const { rows: [created] } = await owner.query<{ id: string }>("INSERT INTO academies (code, name) VALUES ($1, $2) RETURNING id", [academy.code, academy.name]);
  const uais = Array.from({ length: schools }, (_, i) => {
    const digits = String(9000000 + firstNumber + i);
    return digits + uaiCheckLetter(digits);
  });
  const { rows } = await owner.query<{ id: string }>(
    `INSERT INTO establishments (uai, name, city, kind, academy_id)
     SELECT u, 'Établissement ' || n, 'Ville ' || (n % 50), ($2::text[])[1 + n % 4]::establishment_kind, $3::uuid
     FROM unnest($1::text[]) WITH ORDINALITY AS t(u, n) RETURNING id`,
    [uais, ["LP", "LPO", "SEP", "COLLEGE"], created!.id],
  );
  const ids = rows.map((s) => s.id);
  const codes = indicatorCatalogue.map((i) => i.code);
  for (const year of [COUNTRY_YEAR - 1, COUNTRY_YEAR]) {
    // Deterministic figures (md5 of the school, the indicator and the year).
    await owner.query(
      `INSERT INTO indicator_summaries (establishment_id, school_year, indicator_code, value, numerator, denominator, counts_pupils)
       SELECT e, $3::int, c, round((h % 1000) / 10.0, 1), h % 300, 300 + h % 300, h % 10 < 3
       FROM unnest($1::uuid[]) AS e, unnest($2::text[]) AS c,
         LATERAL (SELECT ('x' || substr(md5(e::text || c || $3::text), 1, 8))::bit(32)::int & 2147483647 AS h) AS x`,
      [ids, codes, year],
    );
  }
  await owner.query(
    `INSERT INTO divisions (establishment_id, school_year, name, diploma, year_of_study)
     SELECT e, $2::int, 'C' || k, d, CASE WHEN d = 'COLLEGE' THEN 6 ELSE 1 END
     FROM unnest($1::uuid[]) AS e, generate_series(1, 3) AS k,
       LATERAL (SELECT (ARRAY['CAP', 'BAC_PRO', 'COLLEGE'])[1 + (k + abs(hashtext(e::text))) % 3]::diploma AS d) AS x`,
    [ids, COUNTRY_YEAR],
  );
  // Every summary computed now: fresh until the next write (the classes above are older).
  await owner.query(
    `INSERT INTO indicator_summary_states (establishment_id, school_year, snapshot, refreshed_at)
     SELECT e, y, pg_current_snapshot()::text, now() FROM unnest($1::uuid[]) AS e, unnest($2::int[]) AS y`,
    [ids, [COUNTRY_YEAR - 1, COUNTRY_YEAR]],
  );
  return ids;
}

/** An inspector of the académies with these codes, signing in with `password`; returns the account's id. */
export async function writeInspector(owner: pg.Client, inspector: { email: string; name: string; password: string }, academyCodes: string[]): Promise<string> {
  const { rows: [user] } = await owner.query<{ id: string }>("INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id", [
    inspector.email,
    inspector.name,
    await hashPassword(inspector.password),
  ]);
  await owner.query("INSERT INTO inspector_assignments (user_id, academy_id) SELECT $1, id FROM academies WHERE code = ANY ($2)", [user!.id, academyCodes]);
  return user!.id;
}

const academyCode = (i: number) => String(90 + i);

/**
 * One académie of each size and, in another, the rest of the country, and an
 * inspector of the compared académies (the bench's password); returns each
 * size's schools.
 */
async function writeCountry(url: string, sizes: number[]): Promise<string[][]> {
  const owner = new pg.Client({ connectionString: url });
  owner.on("error", () => undefined);
  await owner.connect();
  try {
    const academies: string[][] = [];
    let written = 0;
    for (const [i, schools] of sizes.entries()) {
      academies.push(await writeAcademy(owner, { code: academyCode(i), name: `Banc d'essai ${schools}` }, schools, written));
      written += schools;
    }
    await writeAcademy(owner, { code: "89", name: "Reste du pays" }, Math.max(0, COUNTRY - written), written);
    await writeInspector(owner, { email: countryInspectorEmail, name: "Inspecteur du pays", password: benchPassword }, sizes.map((_, i) => academyCode(i)));
    await owner.query("VACUUM ANALYZE");
    return academies;
  } finally {
    await owner.end();
  }
}

/**
 * The comparison of an académie of each size among a country, each measured
 * `runs` times after a tenth as warm-up; then, with `pages`, each académie's
 * comparison page, measured by the hook (one figure per size, in order).
 */
export async function measureComparisons(options: {
  server: string;
  sizes: number[];
  runs: number;
  pages?: (country: Country) => Promise<ComparisonPageFigures[]>;
}): Promise<ComparisonScaling[]> {
  const name = `boussole_bench_comparison_${process.pid}`;
  const admin = new pg.Client({ connectionString: options.server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    await applyMigrations(databaseUrl(options.server, name));
    const academies = await writeCountry(databaseUrl(options.server, name), options.sizes);
    const country = Math.max(COUNTRY, options.sizes.reduce((a, b) => a + b, 0));
    const results: ComparisonScaling[] = [];
    for (const ids of academies) results.push({ ...(await measureAcademy(databaseUrl(options.server, name, "boussole_app"), ids, options.runs)), country });
    if (options.pages) {
      const compared = options.sizes.map((schools, i) => ({ code: academyCode(i), schools }));
      const pages = await options.pages({ url: databaseUrl(options.server, name), inspector: countryInspectorEmail, academies: compared });
      pages.forEach((page, i) => (results[i]!.page = page));
    }
    return results;
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** One académie's reads, as the page runs them. */
async function measureAcademy(appUrl: string, ids: string[], runs: number): Promise<Omit<ComparisonScaling, "country">> {
  const app = new pg.Client({ connectionString: appUrl });
  app.on("error", () => undefined);
  await app.connect();
  const warmup = Math.ceil(runs / 10);
  const server: number[] = [];
  const filteredServer: number[] = [];
  const roundTrip: number[] = [];
  const freshness: number[] = [];
  let rows = 0;
  const plain = comparisonQuery({ establishmentIds: ids, schoolYear: COUNTRY_YEAR, codes: CODES, kind: null, diploma: null });
  const filtered = comparisonQuery({ establishmentIds: ids, schoolYear: COUNTRY_YEAR, codes: CODES, kind: "LP", diploma: "CAP" });
  const serverTime = async (query: { text: string; values: unknown[] }) => {
    const { rows: [explained] } = await app.query<{ "QUERY PLAN": [{ "Planning Time": number; "Execution Time": number }] }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${query.text}`,
      query.values,
    );
    const [report] = explained!["QUERY PLAN"];
    return report["Planning Time"] + report["Execution Time"];
  };
  try {
    for (let run = 0; run < runs + warmup; run++) {
      const keep = run >= warmup;
      await app.query("BEGIN");
      await app.query("SELECT set_config('app.user_id', $1, true), set_config('app.readable', $2, true)", ["00000000-0000-0000-0000-000000000001", ids.join(",")]);
      let started = performance.now();
      const { rows: [check] } = await app.query<{ written: number }>(
        "SELECT app_refresh_stale_indicator_summaries($1::uuid[], ARRAY[$2::int - 1, $2::int]) AS written",
        [ids, COUNTRY_YEAR],
      );
      if (keep) freshness.push(performance.now() - started);
      if (check!.written !== 0) throw new Error("the summaries should all be fresh");
      started = performance.now();
      const result = await app.query(plain.text, plain.values);
      if (keep) roundTrip.push(performance.now() - started);
      rows = result.rowCount ?? 0;
      const s = await serverTime(plain);
      const f = await serverTime(filtered);
      if (keep) {
        server.push(s);
        filteredServer.push(f);
      }
      await app.query("COMMIT");
    }
  } finally {
    await app.end();
  }
  return { schools: ids.length, rows, server: summarise(server), roundTrip: summarise(roundTrip), filteredServer: summarise(filteredServer), freshness: summarise(freshness) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = process.argv[2] ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const sizes = process.argv.slice(3).map(Number);
  const measured = await measureComparisons({ server, sizes: sizes.length ? sizes : [25, 100, 1000], runs: Number(process.env.RUNS ?? 60) });
  for (const m of measured) {
    console.log(
      `${String(m.schools).padStart(6)} schools of ${m.country}, ${m.rows} rows: server p50 ${m.server.p50} ms p95 ${m.server.p95} ms; round trip p50 ${m.roundTrip.p50} ms p95 ${m.roundTrip.p95} ms; filtered server p95 ${m.filteredServer.p95} ms; freshness check p95 ${m.freshness.p95} ms`,
    );
  }
}
