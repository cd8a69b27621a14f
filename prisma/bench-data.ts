// Benchmark data, generated inside PostgreSQL (generate_series) so that a
// thousand schools take seconds, not minutes. Deterministic: every id and
// every value is derived from md5(seed, table, row keys), so the same scale
// and seed always give the same rows.
//   npx tsx prisma/bench-data.ts [--scale S|M|L] [--seed 1] [--server postgresql://postgres@127.0.0.1:5432/postgres]
// Creates (drops first) the database boussole_bench_<scale> owned by the
// server's login, applies the migrations, generates, refreshes the indicator
// summary and ANALYZEs. Every generated account signs in with benchPassword.
import pg from "pg";
import { hashPassword } from "../src/features/identity/passwords";
import { applyMigrations } from "./engine";

export type Scale = "S" | "M" | "L";

export type ScaleSize = {
  academies: number;
  schoolsPerAcademy: number;
  /** Classes per school and school year. */
  divisions: number;
  pupilsPerDivision: number;
  teachers: number;
};

export const scales: Record<Scale, ScaleSize> = {
  S: { academies: 2, schoolsPerAcademy: 25, divisions: 4, pupilsPerDivision: 25, teachers: 8 },
  // 1,000 schools, 100,000 pupils a school year.
  M: { academies: 10, schoolsPerAcademy: 100, divisions: 4, pupilsPerDivision: 25, teachers: 8 },
  // 10,000 schools, 1,000,000 pupils a school year: by hand only.
  L: { academies: 10, schoolsPerAcademy: 1000, divisions: 4, pupilsPerDivision: 25, teachers: 8 },
};

/** The current school year and the two before it. */
export const BENCH_YEARS = [2024, 2025, 2026] as const;
export const BENCH_YEAR = 2026;
export const benchPassword = "Banc-d-essai-2026";
export const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

export const benchDatabaseName = (scale: Scale) => `boussole_bench_${scale.toLowerCase()}`;

export function databaseUrl(server: string, database: string, user?: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  if (user) {
    url.username = user;
    url.password = "";
  }
  return url.toString();
}

/** Digits of a school's number in its tag: 3, or 4 at scale L (1,000 schools an académie). */
const schoolNumberWidth = (size: ScaleSize) => Math.max(3, String(size.schoolsPerAcademy).length);

/** The tag of school n of académie a in its accounts' e-mails: "b01001", "b010001" at scale L. */
export const schoolTag = (size: ScaleSize, academy: number, school: number) =>
  `b${String(academy).padStart(2, "0")}${String(school).padStart(schoolNumberWidth(size), "0")}`;

/** Every generated account's e-mail domain, here and in the generation's SQL. */
const accountDomain = "banc.boussole.test";
export const principalEmail = (tag: string) => `chef.${tag}@${accountDomain}`;
export const coordinatorEmail = (tag: string) => `coord.${tag}@${accountDomain}`;
/** The inspector of the scaling step's country (tests/benchmarks/comparison.ts), assigned to every compared académie. */
export const countryInspectorEmail = `inspecteur.pays@${accountDomain}`;

/** The accounts the bench signs in with: school n°1 of académie n°1 and that académie's inspector. */
export function benchAccounts(scale: Scale) {
  const tag = schoolTag(scales[scale], 1, 1);
  return { principal: principalEmail(tag), coordinator: coordinatorEmail(tag), inspector: `inspecteur.b01@${accountDomain}` };
}

/**
 * The generation script. Helpers live in pg_temp (gone with the session):
 * r(key) is a number in [0, 1) from md5, id(key) a version 4 uuid from md5.
 */
export function generationSql(size: ScaleSize, seed: number, passwordHash: string): string {
  const s = `'${seed}'`;
  const hash = passwordHash.replace(/'/g, "''");
  const years = `ARRAY[${BENCH_YEARS.join(",")}]`;
  return `
CREATE FUNCTION pg_temp.r(key text) RETURNS double precision LANGUAGE sql IMMUTABLE AS
  $$ SELECT ('x' || substr(md5(${s} || ':' || key), 1, 8))::bit(32)::bigint / 4294967296.0 $$;
-- A version 4 uuid (the app's inputs check the version and variant digits).
CREATE FUNCTION pg_temp.id(key text) RETURNS uuid LANGUAGE sql IMMUTABLE AS
  $$ SELECT (overlay(overlay(h placing '4' from 13 for 1) placing substr('89ab', 1 + ('x' || substr(h, 17, 1))::bit(4)::int % 4, 1) from 17 for 1))::uuid
     FROM md5(${s} || ':' || key) AS h $$;
SET LOCAL synchronous_commit = off;
-- The rows are consistent by construction: no foreign-key or range triggers while generating
-- (a superuser's replica mode), which halves the time at scale M.
SET LOCAL session_replication_role = replica;

INSERT INTO academies (id, code, name)
SELECT pg_temp.id('academy:' || a), 'B' || lpad(a::text, 2, '0'), 'Académie d''essai ' || a
FROM generate_series(1, ${size.academies}) AS a;

CREATE TEMP TABLE bench_schools AS
SELECT a, n, (a - 1) * ${size.schoolsPerAcademy} + n AS k,
  pg_temp.id('school:' || a || ':' || n) AS id,
  lpad((9000000 + (a - 1) * ${size.schoolsPerAcademy} + n)::text, 7, '0') AS digits,
  'b' || lpad(a::text, 2, '0') || lpad(n::text, ${schoolNumberWidth(size)}, '0') AS tag
FROM generate_series(1, ${size.academies}) AS a, generate_series(1, ${size.schoolsPerAcademy}) AS n;

INSERT INTO establishments (id, uai, name, city, kind, academy_id)
SELECT id, digits || substr('ABCDEFGHJKLMNPRSTUVWXYZ', (digits::int % 23) + 1, 1),
  'Lycée d''essai ' || a || '-' || n, 'Ville ' || (k % 97),
  (ARRAY['LP', 'LP', 'LPO', 'SEP']::establishment_kind[])[1 + floor(pg_temp.r('kind:' || id) * 4)::int],
  pg_temp.id('academy:' || a)
FROM bench_schools;

-- Accounts: a principal, a coordinator and teachers per school, an inspector per académie.
INSERT INTO users (id, email, name, password_hash)
SELECT pg_temp.id('user:' || s.id || ':' || u), 
  CASE u WHEN 0 THEN 'chef.' WHEN 1 THEN 'coord.' ELSE 'prof' || (u - 1) || '.' END || s.tag || '@${accountDomain}',
  CASE u WHEN 0 THEN 'Chef ' WHEN 1 THEN 'Coordonnateur ' ELSE 'Professeur ' || (u - 1) || ' ' END || s.tag,
  '${hash}'
FROM bench_schools s, generate_series(0, ${size.teachers + 1}) AS u;
INSERT INTO memberships (establishment_id, user_id, role)
SELECT s.id, pg_temp.id('user:' || s.id || ':' || u),
  (CASE u WHEN 0 THEN 'PRINCIPAL' WHEN 1 THEN 'COORDINATOR' ELSE 'TEACHER' END)::membership_role
FROM bench_schools s, generate_series(0, ${size.teachers + 1}) AS u;
INSERT INTO users (id, email, name, password_hash)
SELECT pg_temp.id('inspector:' || a), 'inspecteur.b' || lpad(a::text, 2, '0') || '@${accountDomain}', 'Inspecteur ' || a, '${hash}'
FROM generate_series(1, ${size.academies}) AS a;
INSERT INTO inspector_assignments (user_id, academy_id)
SELECT pg_temp.id('inspector:' || a), pg_temp.id('academy:' || a) FROM generate_series(1, ${size.academies}) AS a;

-- Each school year: 5 teaching periods of 6 weeks from September.
INSERT INTO periods (establishment_id, id, school_year, kind, name, starts_on, ends_on)
SELECT s.id, pg_temp.id('period:' || s.id || ':' || y || ':' || p), y, 'TEACHING', 'Période ' || p,
  make_date(y, 9, 2) + (p - 1) * 49, make_date(y, 9, 2) + (p - 1) * 49 + 41
FROM bench_schools s, unnest(${years}) AS y, generate_series(1, 5) AS p;

INSERT INTO divisions (establishment_id, id, school_year, name, diploma, year_of_study, trade, headcount)
SELECT s.id, pg_temp.id('division:' || s.id || ':' || y || ':' || d), y,
  (CASE WHEN d % 2 = 0 THEN 'CAP' ELSE 'BP' END) || d,
  (CASE WHEN d % 2 = 0 THEN 'CAP' ELSE 'BAC_PRO' END)::diploma,
  CASE WHEN d % 2 = 0 THEN 1 + (d / 2) % 2 ELSE 1 + (d / 2) % 3 END,
  'Spécialité ' || (1 + d % 3), ${size.pupilsPerDivision}
FROM bench_schools s, unnest(${years}) AS y, generate_series(1, ${size.divisions}) AS d;

INSERT INTO schemes (establishment_id, id, school_year, framework_id, strand, pilot)
SELECT s.id, pg_temp.id('scheme:' || s.id || ':' || y || ':' || st), y, f.id, st, 'Coordonnateur ' || s.tag
FROM bench_schools s, unnest(${years}) AS y, unnest(enum_range(NULL::strand_kind)) AS st,
  (SELECT id FROM frameworks WHERE code = 'TVP-2019' ORDER BY version LIMIT 1) AS f;

INSERT INTO hour_plan_entries (establishment_id, id, division_id, scheme_id, period_id, planned_hours, delivered_hours)
SELECT s.id, pg_temp.id('hours:' || s.id || ':' || y || ':' || d || ':' || st || ':' || p),
  pg_temp.id('division:' || s.id || ':' || y || ':' || d), pg_temp.id('scheme:' || s.id || ':' || y || ':' || st),
  pg_temp.id('period:' || s.id || ':' || y || ':' || p),
  6, CASE WHEN y < ${BENCH_YEAR} OR p <= 2 THEN round((4 + 2 * pg_temp.r('delivered:' || s.id || y || d || st || p))::numeric, 1) ELSE 0 END
FROM bench_schools s, unnest(${years}) AS y, generate_series(1, ${size.divisions}) AS d,
  unnest(enum_range(NULL::strand_kind)) AS st, generate_series(1, 5) AS p;

-- Pupils: a pseudonym, a class; a referent teacher each.
INSERT INTO pupils (establishment_id, id, school_year, division_id, first_name, last_name, local_id)
SELECT s.id, pg_temp.id('pupil:' || s.id || ':' || y || ':' || d || ':' || i), y,
  pg_temp.id('division:' || s.id || ':' || y || ':' || d), 'Élève' || i, 'Essai' || d || '-' || y, NULL
FROM bench_schools s, unnest(${years}) AS y, generate_series(1, ${size.divisions}) AS d, generate_series(1, ${size.pupilsPerDivision}) AS i;
INSERT INTO pupil_referents (establishment_id, pupil_id, user_id)
SELECT p.establishment_id, p.id, pg_temp.id('user:' || p.establishment_id || ':' || (2 + abs(hashtext(p.id::text)) % ${size.teachers}))
FROM pupils p WHERE pg_temp.r('referent:' || p.id) < 0.9;

-- Diagnostics: the four national competencies, at the first and third periods.
INSERT INTO diagnostic_results (establishment_id, pupil_id, competency_id, period_id, level, tool_id)
SELECT p.establishment_id, p.id, c.id, pg_temp.id('period:' || p.establishment_id || ':' || p.school_year || ':' || per),
  (enum_range(NULL::mastery_level))[1 + least(3, floor(pg_temp.r('level:' || p.id || c.label || per) * 3.4 + (per - 1) * 0.15)::int)],
  t.id
-- National rows have random ids (seeded by the migration): chosen and hashed by their labels.
FROM pupils p, unnest(ARRAY[1, 3]) AS per,
  (SELECT id, label FROM competencies WHERE establishment_id IS NULL ORDER BY position, label LIMIT 4) AS c,
  (SELECT id FROM positioning_tools WHERE establishment_id IS NULL ORDER BY kind, label LIMIT 1) AS t
WHERE p.school_year < ${BENCH_YEAR} OR per = 1 OR pg_temp.r('second:' || p.id) < 0.5;

-- Need groups: 4 a period (rotating strands), 1 teacher, the pupils of the school split among them (70 %).
INSERT INTO need_groups (establishment_id, id, period_id, scheme_id, name, kind, weekday, start_minute, end_minute, room, capacity, planned_hours)
SELECT s.id, pg_temp.id('group:' || s.id || ':' || y || ':' || p || ':' || g),
  pg_temp.id('period:' || s.id || ':' || y || ':' || p),
  pg_temp.id('scheme:' || s.id || ':' || y || ':' || (enum_range(NULL::strand_kind))[1 + (g + p) % 3]),
  'Groupe ' || g, (enum_range(NULL::need_group_kind))[1 + (g + p) % 5], 1 + g % 5, 600 + 60 * g, 660 + 60 * g,
  'Salle ' || g, 30, 6
FROM bench_schools s, unnest(${years}) AS y, generate_series(1, 5) AS p, generate_series(1, 4) AS g;
INSERT INTO need_group_teachers (establishment_id, group_id, user_id)
SELECT g.establishment_id, g.id, pg_temp.id('user:' || g.establishment_id || ':' || (2 + abs(hashtext(g.id::text)) % ${size.teachers}))
FROM need_groups g;
INSERT INTO need_group_members (establishment_id, group_id, pupil_id)
SELECT p.establishment_id, pg_temp.id('group:' || p.establishment_id || ':' || p.school_year || ':' || per || ':' || (1 + floor(pg_temp.r('member:' || p.id || per) * 4)::int)), p.id
FROM pupils p, generate_series(1, 5) AS per
WHERE pg_temp.r('grouped:' || p.id || per) < 0.7;

INSERT INTO meetings (establishment_id, id, school_year, held_on, body, agenda)
SELECT s.id, pg_temp.id('meeting:' || s.id || ':' || y || ':' || m), y, make_date(y, 9, 15) + m * 30,
  (enum_range(NULL::meeting_body))[1 + m % 4], 'Ordre du jour ' || m
FROM bench_schools s, unnest(${years}) AS y, generate_series(1, 3 + floor(pg_temp.r('meetings:' || s.id || y) * 4)::int) AS m;

-- PDCA grids: one a scheme; past years validated, the current one a draft about 60 % answered.
INSERT INTO grids (establishment_id, id, scheme_id, sheet_id, status)
SELECT s.id, pg_temp.id('grid:' || s.id || ':' || y || ':' || st), pg_temp.id('scheme:' || s.id || ':' || y || ':' || st), sh.id,
  (CASE WHEN y < ${BENCH_YEAR} THEN 'VALIDATED' ELSE 'DRAFT' END)::grid_status
FROM bench_schools s, unnest(${years}) AS y, unnest(enum_range(NULL::strand_kind)) AS st,
  (SELECT id FROM grid_sheets WHERE key = 'tvp-three-strands' ORDER BY version LIMIT 1) AS sh;
INSERT INTO grid_answers (establishment_id, grid_id, item_key, body, status, version)
SELECT g.establishment_id, g.id, i.key, '<p>Réponse d''essai ' || left(md5(g.id::text || i.key), 12) || '</p>',
  (CASE WHEN pg_temp.r('answer:' || g.id || i.key) < 0.6 OR g.status = 'VALIDATED' THEN 'ANSWERED' ELSE 'IN_PROGRESS' END)::answer_status, 1
FROM grids g JOIN grid_items i ON i.sheet_id = g.sheet_id
WHERE i.kind = 'QUESTION' AND (g.status = 'VALIDATED' OR pg_temp.r('answer:' || g.id || i.key) < 0.8);
INSERT INTO grid_answer_revisions (establishment_id, id, grid_id, item_key, version, body, status)
SELECT a.establishment_id, pg_temp.id('revision:' || a.grid_id || a.item_key), a.grid_id, a.item_key, 1, a.body, a.status FROM grid_answers a;
INSERT INTO grid_events (establishment_id, id, grid_id, kind, author_name)
SELECT g.establishment_id, pg_temp.id('event:' || g.id), g.id, 'CREATION', 'Banc d''essai' FROM grids g;
INSERT INTO grid_actions (establishment_id, id, grid_id, title, owner, indicator, starts_on, due_on, status, done_on)
SELECT g.establishment_id, pg_temp.id('action:' || g.id || ':' || k), g.id, 'Action ' || k, 'Coordonnateur', 'Indicateur ' || k,
  make_date(sc.school_year, 10, 1), make_date(sc.school_year, 10, 1) + 60 * k,
  x.status, CASE WHEN x.status = 'DONE' THEN make_date(sc.school_year, 10, 1) + 55 * k END
FROM grids g JOIN schemes sc ON sc.establishment_id = g.establishment_id AND sc.id = g.scheme_id,
  generate_series(1, 3) AS k,
  LATERAL (SELECT (ARRAY['PLANNED', 'IN_PROGRESS', 'DONE', 'DONE']::action_status[])[1 + floor(pg_temp.r('action:' || g.id || k) * 4)::int] AS status) AS x;

-- Entered indicators: a value each teaching period, a baseline and a target each year.
INSERT INTO indicator_values (establishment_id, id, indicator_code, school_year, period_id, value)
SELECT s.id, pg_temp.id('value:' || s.id || ':' || i.code || ':' || y || ':' || p), i.code, y,
  pg_temp.id('period:' || s.id || ':' || y || ':' || p),
  round((i.min_value + least(i.max_value - i.min_value, 100) * pg_temp.r('value:' || s.id || i.code || y || p))::numeric, 1)
FROM bench_schools s, indicators i, unnest(${years}) AS y, generate_series(1, 5) AS p
WHERE i.source <> 'COMPUTED' AND (y < ${BENCH_YEAR} OR p <= 2);
INSERT INTO indicator_targets (establishment_id, indicator_code, school_year, baseline, target)
SELECT s.id, i.code, y,
  round((i.min_value + least(i.max_value - i.min_value, 100) * pg_temp.r('baseline:' || s.id || i.code || y))::numeric, 1),
  round((i.min_value + least(i.max_value - i.min_value, 100) * pg_temp.r('target:' || s.id || i.code || y))::numeric, 1)
FROM bench_schools s, indicators i, unnest(${years}) AS y;
`;
}

/** Drops and regenerates boussole_bench_<scale> (or `database`); returns the seconds each step took. */
export async function generateBenchDatabase(options: {
  scale: Scale;
  seed?: number;
  server?: string;
  database?: string;
  /** A migrated database to copy first (tests compare generations on the same migrations' rows). */
  template?: string;
  log?: (line: string) => void;
}) {
  const { scale } = options;
  const seed = options.seed ?? 1;
  const server = options.server ?? DEFAULT_SERVER;
  const log = options.log ?? ((line: string) => console.log(line));
  const name = options.database ?? benchDatabaseName(scale);
  const url = databaseUrl(server, name);
  const timings: Record<string, number> = {};
  const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    timings[label] = Math.round(performance.now() - started) / 1000;
    log(`  ${label}: ${timings[label]!.toFixed(1)} s`);
    return result;
  };

  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await step("database", async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}${options.template ? ` TEMPLATE ${options.template}` : ""}`);
    });
  } finally {
    await admin.end();
  }
  await step("migrations", () => applyMigrations(url));
  const passwordHash = await hashPassword(benchPassword);
  const owner = new pg.Client({ connectionString: url });
  owner.on("error", () => undefined);
  await owner.connect();
  try {
    await step("generation", async () => {
      await owner.query("BEGIN");
      await owner.query(generationSql(scales[scale], seed, passwordHash));
      await owner.query("COMMIT");
    });
    // Statistics first: on fresh tables without them the refresh's plans take minutes instead of seconds.
    await step("analyze", () => owner.query("VACUUM ANALYZE"));
    await step("indicator summary", async () => {
      const { rows } = await owner.query<{ exists: boolean }>("SELECT to_regproc('app_refresh_indicator_summary') IS NOT NULL AS exists");
      if (!rows[0]?.exists) return;
      await owner.query("SELECT set_config('app.admin', 'on', false)");
      for (const year of BENCH_YEARS) {
        await owner.query(
          `SELECT app_refresh_indicator_summary(array_agg(id ORDER BY id), $1::int, make_date($1::int + 1, 6, 30)) FROM establishments`,
          [year],
        );
      }
    });
    await owner.query("ANALYZE indicator_summaries");
    await owner.query(
      `CREATE TABLE bench_info AS SELECT $1::text AS scale, $2::int AS seed, now() AS generated_at, $3::jsonb AS timings,
         (SELECT count(*) FROM establishments) AS schools, (SELECT count(*) FROM pupils WHERE school_year = $4) AS pupils`,
      [scale, seed, JSON.stringify(timings), BENCH_YEAR],
    );
    const { rows } = await owner.query<{ schools: string; pupils: string }>("SELECT schools, pupils FROM bench_info");
    log(`  ${name}: ${rows[0]!.schools} schools, ${rows[0]!.pupils} pupils in ${BENCH_YEAR}-${BENCH_YEAR + 1}`);
  } finally {
    await owner.end();
  }
  return { name, url, timings };
}

function argument(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scale = (argument("--scale") ?? "S").toUpperCase() as Scale;
  if (!(scale in scales)) throw new Error(`unknown scale ${scale} (S, M or L)`);
  const started = performance.now();
  console.log(`Generating ${benchDatabaseName(scale)}…`);
  await generateBenchDatabase({ scale, seed: Number(argument("--seed") ?? 1), server: argument("--server") ?? process.env.BENCH_SERVER });
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
