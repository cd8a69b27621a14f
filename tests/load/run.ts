// `npm run test:load`: the load test and the fault test (issue 9), against `next start` on
// 127.0.0.1 and a private PostgreSQL cluster (tests/load/private-postgres.ts) holding the
// bench data at scale S; bounded in time (about 2 min 30 s once the app is built).
//   1. Load: the mixed scenario (tests/load/scenario.ts: 80% grid and dashboard pages,
//      20% grid saves) by LOAD_USERS (50) signed-in users at once, each on its own connection
//      and pausing LOAD_THINK_MS (5,000) ms on average between two requests, for LOAD_SECONDS
//      (60) s. No error response; read p95 ≤ 300 ms; write p95 ≤ 500 ms. Then 15 s without
//      pauses, to report the server's capacity (not asserted).
//   2. Faults: the same scenario while PostgreSQL is stopped (fast shutdown: sessions killed)
//      for FAULT_DOWN_SECONDS (6) s and started again. Meanwhile every answer is the French 503
//      (pages and routes: HTTP 503, Retry-After; saves: the action's 503 result), never a 500;
//      the app answers again within 10 s of the database; the server never exits; every answer
//      saved is whole (version, revision and audit rows); no session left idle in transaction.
// --load-only / --faults-only run one part.
import { setTimeout as sleep } from "node:timers/promises";
import { summarise } from "../benchmarks/stats";
import { checkAnswers, snapshotVersions } from "./consistency";
import { log, settledIdleInTransaction, startEnvironment, type Environment } from "./environment";
import { runScenario, type Outcome } from "./scenario";

const args = process.argv.slice(2);
const users = Number(process.env.LOAD_USERS ?? 50);
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const thinkMs = Number(process.env.LOAD_THINK_MS ?? 5000);
const downSeconds = Number(process.env.FAULT_DOWN_SECONDS ?? 6);
const LIMITS = { readP95: 300, writeP95: 500, recoverySeconds: 10 };
// LOAD_LATENCY_REPORT_ONLY=1 (CI, on a shared machine): the p95 targets are printed as met or not,
// without failing the run; errors, the fault checks and the consistency checks always fail it.
const latencyReportOnly = process.env.LOAD_LATENCY_REPORT_ONLY === "1";
const failures: string[] = [];
const latencyMisses: string[] = [];
const fmt = (v: number) => (Number.isNaN(v) ? "—" : v.toFixed(1));

function report(label: string, outcomes: Outcome[]) {
  const by = (f: (o: Outcome) => boolean) => outcomes.filter(f);
  const counts = Object.fromEntries(["ok", "conflict", "unavailable", "error"].map((r) => [r, by((o) => o.result === r).length]));
  const statuses: Record<string, number> = {};
  for (const o of outcomes) statuses[o.status] = (statuses[o.status] ?? 0) + 1;
  log(`  ${label} : ${outcomes.length} réponses — ${JSON.stringify(counts)} ; statuts HTTP ${JSON.stringify(statuses)}`);
  for (const kind of ["grid", "dashboard", "save"] as const) {
    const s = summarise(by((o) => o.kind === kind && o.result !== "error").map((o) => o.ms));
    log(`    ${kind.padEnd(10)} ${String(by((o) => o.kind === kind).length).padStart(6)}  p50 ${fmt(s.p50)}  p95 ${fmt(s.p95)}  p99 ${fmt(s.p99)} ms`);
  }
  const errors = by((o) => o.result === "error");
  const notes = new Map<string, number>();
  for (const e of errors) notes.set(`${e.kind} ${e.note}`, (notes.get(`${e.kind} ${e.note}`) ?? 0) + 1);
  for (const [note, n] of notes) log(`    erreur ×${n} : ${note}`);
  return { counts, errors };
}

async function load(env: Environment) {
  log(`\n1. Charge : ${users} utilisateurs, ${seconds} s, pause moyenne ${thinkMs} ms entre deux requêtes`);
  await runScenario({ base: env.base, scenario: env.scenario, users: 10, seconds: 5, thinkMs: 0, onOutcome: () => undefined });
  const outcomes: Outcome[] = [];
  const rssBefore = env.rssMb();
  const result = await runScenario({ base: env.base, scenario: env.scenario, users, seconds, thinkMs, onOutcome: (o) => outcomes.push(o) });
  const { errors } = report("mesure", outcomes);
  const reads = summarise(outcomes.filter((o) => o.kind !== "save" && o.result !== "error").map((o) => o.ms));
  const writes = summarise(outcomes.filter((o) => o.kind === "save" && o.result !== "error").map((o) => o.ms));
  log(`  lectures p95 ${fmt(reads.p95)} ms (≤ ${LIMITS.readP95}), écritures p95 ${fmt(writes.p95)} ms (≤ ${LIMITS.writeP95}), ${result.perSecond} req/s, RSS ${rssBefore} → ${env.rssMb()} Mo`);
  if (errors.length) failures.push(`charge : ${errors.length} réponses en erreur (dont ${result.networkErrors} erreurs réseau)`);
  if (!(reads.p95 <= LIMITS.readP95)) latencyMisses.push(`charge : lectures p95 ${fmt(reads.p95)} ms > ${LIMITS.readP95} ms`);
  if (!(writes.p95 <= LIMITS.writeP95)) latencyMisses.push(`charge : écritures p95 ${fmt(writes.p95)} ms > ${LIMITS.writeP95} ms`);
  if (!latencyReportOnly) failures.push(...latencyMisses);
  if (outcomes.filter((o) => o.kind === "save" && o.result === "ok").length === 0) failures.push("charge : aucune réponse enregistrée");

  const capacity: Outcome[] = [];
  const closed = await runScenario({ base: env.base, scenario: env.scenario, users, seconds: 15, thinkMs: 0, onOutcome: (o) => capacity.push(o) });
  log(`  capacité (${users} utilisateurs sans pause, 15 s, non vérifiée) : ${closed.perSecond} req/s`);
  report("sans pause", capacity);
}

type Probe = { at: number; status: number; retryAfter: string | null; french: boolean };

async function faults(env: Environment) {
  log(`\n2. Pannes : PostgreSQL arrêté ${downSeconds} s pendant la charge`);
  const before = await snapshotVersions(env.ownerUrl, env.scenario);
  const savedBefore = env.scenario.saved;
  const outcomes: Outcome[] = [];
  const probes: Probe[] = [];
  const school = env.scenario.schools[0]!;
  let probing = true;
  // A browser's view: the principal's dashboard, four times a second.
  const prober = (async () => {
    while (probing) {
      try {
        // Followed like a browser would: a page caught half-way goes to /indisponible.
        const response = await fetch(`${env.base}/etablissements/${school.uai}/tableau-de-bord`, { headers: { cookie: school.principal } });
        const body = await response.text();
        probes.push({ at: Date.now(), status: response.status, retryAfter: response.headers.get("retry-after"), french: body.includes("Service momentanément indisponible") });
      } catch {
        probes.push({ at: Date.now(), status: 0, retryAfter: null, french: false });
      }
      await sleep(250);
    }
  })();
  const total = 14 + downSeconds + 12;
  const loadRun = runScenario({ base: env.base, scenario: env.scenario, users, seconds: total, thinkMs, onOutcome: (o) => outcomes.push(o) });
  await sleep(12_000);
  const downAt = Date.now();
  env.postgres.stop();
  log(`  PostgreSQL arrêté (${((Date.now() - downAt) / 1000).toFixed(1)} s)`);
  await sleep(downSeconds * 1000);
  env.postgres.start();
  const upAt = Date.now();
  log(`  PostgreSQL redémarré (${((upAt - downAt) / 1000).toFixed(1)} s après l'arrêt)`);
  await loadRun;
  probing = false;
  await prober;

  const { errors } = report("pendant la panne", outcomes);
  const unavailable = outcomes.filter((o) => o.result === "unavailable");
  const downProbes = probes.filter((p) => p.status !== 200);
  log(`  sonde (tableau de bord) : ${probes.length} requêtes, statuts ${JSON.stringify(Object.fromEntries([...new Set(probes.map((p) => p.status))].map((s) => [s, probes.filter((p) => p.status === s).length])))}`);
  if (errors.length) failures.push(`pannes : ${errors.length} réponses ni correctes ni 503 (${[...new Set(errors.map((e) => `${e.kind} ${e.note}`))].slice(0, 3).join(" ; ")})`);
  if (!unavailable.length || !downProbes.length) failures.push("pannes : aucune réponse 503 pendant l'arrêt (la panne n'a pas été vue)");
  for (const p of downProbes) {
    if (p.status !== 503 || !p.french || p.retryAfter === null) {
      failures.push(`pannes : la sonde a reçu ${p.status}${p.french ? "" : " sans le message français"}${p.retryAfter === null ? " sans Retry-After" : ""}`);
      break;
    }
  }
  // Recovery: the last answer that was not the expected page or save, after the database came back.
  const lastBad = Math.max(upAt, ...outcomes.filter((o) => o.result === "unavailable" || o.result === "error").map((o) => o.at), ...downProbes.map((p) => p.at));
  const recovery = (lastBad - upAt) / 1000;
  const firstGood = probes.find((p) => p.at > upAt && p.status === 200);
  log(`  rétablie ${recovery.toFixed(1)} s après le retour de la base (sonde : ${firstGood ? ((firstGood.at - upAt) / 1000).toFixed(1) : "—"} s)`);
  if (recovery > LIMITS.recoverySeconds) failures.push(`pannes : encore des 503 ${recovery.toFixed(1)} s après le retour de la base (> ${LIMITS.recoverySeconds} s)`);
  if (!outcomes.some((o) => o.at > upAt && o.kind === "save" && o.result === "ok")) failures.push("pannes : aucune réponse enregistrée après le retour de la base");

  if (env.server.exitCode !== null) failures.push(`pannes : le serveur s'est arrêté (code ${env.server.exitCode})`);
  const health = await fetch(`${env.base}/api/sante`).then((r) => r.status, () => 0);
  if (health !== 200) failures.push(`pannes : /api/sante répond ${health} après la panne`);

  const { problems, committed } = await checkAnswers(env.ownerUrl, env.scenario, before);
  const acknowledged = env.scenario.saved - savedBefore;
  log(`  réponses : ${acknowledged} enregistrements confirmés, ${committed} versions en base, ${problems.length} incohérence(s)`);
  for (const p of problems.slice(0, 5)) log(`    ${p}`);
  if (problems.length) failures.push(`pannes : ${problems.length} réponse(s) à moitié écrite(s)`);
  if (committed < acknowledged) failures.push(`pannes : ${acknowledged - committed} enregistrement(s) confirmé(s) absent(s) de la base`);

  const idle = await settledIdleInTransaction(env);
  log(`  sessions « idle in transaction » : ${idle}`);
  if (idle) failures.push(`pannes : ${idle} session(s) restée(s) « idle in transaction »`);
}

const env = await startEnvironment({});
try {
  if (!args.includes("--faults-only")) await load(env);
  if (!args.includes("--load-only")) await faults(env);
} finally {
  env.close();
}
if (latencyReportOnly && latencyMisses.length) log(`\nObjectifs de latence non atteints (non bloquant ici) :\n  ${latencyMisses.join("\n  ")}`);
if (failures.length) {
  console.error(`\nÉchec :\n  ${failures.join("\n  ")}`);
  process.exitCode = 1;
} else {
  log(latencyMisses.length ? "\nCharge et pannes : aucune erreur, pannes conformes." : "\nCharge et pannes : tout est conforme.");
}
