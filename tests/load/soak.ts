// `npm run test:soak` (by hand, not in CI): the mixed scenario for SOAK_MINUTES (10) minutes by
// LOAD_USERS (50) users pausing LOAD_THINK_MS (5,000) ms on average between requests, against the
// same set-up as `npm run test:load`, after SOAK_WARMUP_MINUTES (2) of the same load. The
// server's resident memory (VmRSS) is read every 30 s; it swings by ±100 MB with the garbage
// collector, so growth is the median of the last three readings minus the median of the first
// three: at most 50 MB. No session of the app role may be left "idle in transaction"
// (pg_stat_activity) once the load stops.
import { setTimeout as sleep } from "node:timers/promises";
import { summarise } from "../benchmarks/stats";
import { log, settledIdleInTransaction, startEnvironment } from "./environment";
import { runScenario, type Outcome } from "./scenario";

const minutes = Number(process.env.SOAK_MINUTES ?? 10);
const users = Number(process.env.LOAD_USERS ?? 50);
const thinkMs = Number(process.env.LOAD_THINK_MS ?? 5000);
const warmupMinutes = Number(process.env.SOAK_WARMUP_MINUTES ?? 2);
const MAX_GROWTH_MB = 50;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const env = await startEnvironment({});
const failures: string[] = [];
try {
  log(`Endurance : ${minutes} min, ${users} utilisateurs, pause moyenne ${thinkMs} ms`);
  await runScenario({ base: env.base, scenario: env.scenario, users, seconds: warmupMinutes * 60, thinkMs, onOutcome: () => undefined });
  const samples: { minute: number; rssMb: number; idleInTransaction: number }[] = [];
  const started = Date.now();
  let counts = { ok: 0, conflict: 0, unavailable: 0, error: 0 };
  const latencies: number[] = [];
  let running = true;
  const sampler = (async () => {
    while (running) {
      samples.push({ minute: (Date.now() - started) / 60_000, rssMb: env.rssMb(), idleInTransaction: await env.idleInTransaction() });
      const last = samples.at(-1)!;
      log(`  ${last.minute.toFixed(1)} min : RSS ${last.rssMb} Mo, ${last.idleInTransaction} session(s) idle in transaction`);
      for (let i = 0; i < 30 && running; i++) await sleep(1000);
    }
  })();
  await runScenario({
    base: env.base,
    scenario: env.scenario,
    users,
    seconds: minutes * 60,
    thinkMs,
    onOutcome: (o: Outcome) => {
      counts = { ...counts, [o.result]: counts[o.result] + 1 };
      latencies.push(o.ms);
    },
  });
  running = false;
  await sampler;
  const idle = await settledIdleInTransaction(env);
  samples.push({ minute: (Date.now() - started) / 60_000, rssMb: env.rssMb(), idleInTransaction: idle });
  const first = median(samples.slice(0, 3).map((x) => x.rssMb));
  const last = median(samples.slice(-3).map((x) => x.rssMb));
  const peak = Math.max(...samples.map((x) => x.rssMb));
  const s = summarise(latencies);
  log(`\nRéponses : ${JSON.stringify(counts)} ; p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`);
  log(`RSS (médiane de 3 relevés) : ${first} Mo au début, ${last} Mo à la fin (croissance ${last - first} Mo ; premier relevé ${samples[0]!.rssMb} Mo, dernier ${samples.at(-1)!.rssMb} Mo, pic ${peak} Mo)`);
  log(`Sessions « idle in transaction » après la charge : ${idle} (au plus ${Math.max(...samples.map((x) => x.idleInTransaction))} pendant)`);
  if (last - first > MAX_GROWTH_MB) failures.push(`la mémoire a crû de ${last - first} Mo (> ${MAX_GROWTH_MB})`);
  if (idle) failures.push(`${idle} session(s) restée(s) « idle in transaction »`);
  if (counts.error || counts.unavailable) failures.push(`${counts.error + counts.unavailable} réponses en erreur`);
} finally {
  env.close();
}
if (failures.length) {
  console.error(`\nÉchec :\n  ${failures.join("\n  ")}`);
  process.exitCode = 1;
} else {
  log("\nEndurance : conforme.");
}
