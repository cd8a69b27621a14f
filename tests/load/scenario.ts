// The mixed scenario of the load, soak and fault tests: signed-in coordinators and
// principals of several schools of the bench data; 80% reads (a coordinator's grid
// phase page, a principal's dashboard), 20% saves of a grid answer through its
// server action. Every response is recorded with its time, kind and outcome. Plain fetch
// (undici, keep-alive) rather than autocannon: each user pauses between requests, as people do.
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { BENCH_YEAR, benchPassword, coordinatorEmail, principalEmail, scales, schoolTag } from "../../prisma/bench-data";
import { actionFetchMetadata, serverActionId, signIn } from "../benchmarks/app-server";

export type Kind = "grid" | "dashboard" | "save";

export type Outcome = {
  at: number;
  kind: Kind;
  status: number;
  ms: number;
  /** ok: the expected page or a saved answer; conflict: a stale save refused (not an error);
   * unavailable: the French 503 (page) or the action's 503 result; error: anything else. */
  result: "ok" | "conflict" | "unavailable" | "error";
  note?: string;
};

type Item = { key: string; version: number; busy: boolean };
type School = { id: string; uai: string; tag: string; gridId: string; items: Item[]; coordinator: string; principal: string };

export type Scenario = { schools: School[]; actionId: string; saved: number };

const PHASES = ["planifier", "mettre-en-oeuvre", "evaluer", "agir"];
const YEAR = `${BENCH_YEAR}-${BENCH_YEAR + 1}`;
const UNAVAILABLE = "Service momentanément indisponible";

/** Schools 1..n of the first académie: their grid of the consolidation strand and its first questions. */
export async function loadSchools(ownerUrl: string, count: number): Promise<Omit<School, "coordinator" | "principal">[]> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const schools: Omit<School, "coordinator" | "principal">[] = [];
    for (let n = 1; n <= count; n++) {
      const tag = schoolTag(scales.S, 1, n);
      const { rows: [school] } = await owner.query<{ id: string; uai: string }>(
        `SELECT e.id, e.uai FROM users u JOIN memberships m ON m.user_id = u.id JOIN establishments e ON e.id = m.establishment_id WHERE u.email = $1`,
        [coordinatorEmail(tag)],
      );
      if (!school) throw new Error(`école ${tag} introuvable dans les données de banc d'essai`);
      const { rows: [grid] } = await owner.query<{ id: string; sheet_id: string }>(
        `SELECT g.id, g.sheet_id FROM grids g JOIN schemes s ON s.establishment_id = g.establishment_id AND s.id = g.scheme_id
         WHERE g.establishment_id = $1 AND s.school_year = $2 AND s.strand = 'CONSOLIDATION'`,
        [school.id, BENCH_YEAR],
      );
      const { rows: items } = await owner.query<{ key: string; version: number }>(
        `SELECT i.key, coalesce(a.version, 0) AS version FROM grid_items i
         LEFT JOIN grid_answers a ON a.establishment_id = $1 AND a.grid_id = $2 AND a.item_key = i.key
         WHERE i.sheet_id = $3 AND i.kind = 'QUESTION' ORDER BY i.section_key, i.position LIMIT 12`,
        [school.id, grid!.id, grid!.sheet_id],
      );
      schools.push({ ...school, tag, gridId: grid!.id, items: items.map((i) => ({ ...i, busy: false })) });
    }
    return schools;
  } finally {
    await owner.end();
  }
}

export async function prepareScenario(options: { base: string; ownerUrl: string; distDir: string; schools: number }): Promise<Scenario> {
  const found = await loadSchools(options.ownerUrl, options.schools);
  const schools: School[] = [];
  for (const s of found) {
    schools.push({
      ...s,
      coordinator: await signIn(options.base, coordinatorEmail(s.tag), benchPassword),
      principal: await signIn(options.base, principalEmail(s.tag), benchPassword),
    });
  }
  return { schools, actionId: serverActionId(options.distDir, "saveAnswer", "features/pdca/actions"), saved: 0 };
}

function classify(kind: Kind, status: number, body: string, location: string | undefined): Pick<Outcome, "result" | "note"> {
  if (kind === "save") {
    if (status !== 200) return body.includes(UNAVAILABLE) ? { result: "unavailable" } : { result: "error", note: `HTTP ${status}` };
    if (/"ok":true/.test(body)) return { result: "ok" };
    const code = /"status":(\d+)/.exec(body)?.[1];
    if (code === "409") return { result: "conflict" };
    if (code === "503" && body.includes(UNAVAILABLE)) return { result: "unavailable" };
    return { result: "error", note: `action ${code ?? "?"}: ${body.slice(0, 200)}` };
  }
  if (status === 200 && !body.includes(UNAVAILABLE)) return { result: "ok" };
  // A page caught half-way by the outage is sent to the 503 page (Next gives pages no 503 of their own).
  if ((status === 307 || status === 303) && location?.startsWith("/indisponible?")) return { result: "unavailable" };
  if (status === 503 && body.includes(UNAVAILABLE)) return { result: "unavailable" };
  return { result: "error", note: `HTTP ${status}${body.includes(UNAVAILABLE) ? " (message d'indisponibilité)" : ""}` };
}

type Planned = { kind: Kind; path: string; init: RequestInit; item?: Item };

function plan(scenario: Scenario, base: string, n: number): Planned {
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
  const school = pick(scenario.schools);
  const roll = Math.random();
  if (roll < 0.4) {
    const path = `/etablissements/${school.uai}/grilles/${YEAR}/consolidation/${pick(PHASES)}`;
    return { kind: "grid", path, init: { headers: { cookie: school.coordinator }, redirect: "manual" } };
  }
  if (roll < 0.8) {
    const path = `/etablissements/${school.uai}/tableau-de-bord?annee=${YEAR}`;
    return { kind: "dashboard", path, init: { headers: { cookie: school.principal }, redirect: "manual" } };
  }
  // An answer is lent to one save at a time (busy until its response), so that conflicts
  // come only from a save lost in flight; its version follows the responses.
  const item = school.items.find((i) => !i.busy) ?? pick(school.items);
  item.busy = true;
  const input = {
    establishmentId: school.id,
    gridId: school.gridId,
    itemKey: item.key,
    body: `<p>Réponse de l'essai de charge ${n} (${Date.now()})</p>`,
    status: "IN_PROGRESS",
    version: item.version,
  };
  return {
    kind: "save",
    item,
    path: `/etablissements/${school.uai}/grilles/${YEAR}/consolidation/planifier`,
    init: {
      method: "POST",
      redirect: "manual",
      headers: {
        cookie: school.coordinator,
        origin: base,
        "next-action": scenario.actionId,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        ...actionFetchMetadata,
      },
      body: JSON.stringify([input]),
    },
  };
}

/**
 * Runs the scenario: `users` signed-in users at once, each on its own keep-alive connection,
 * sending a request, reading the whole answer, pausing `thinkMs` on average (exponentially
 * distributed; 0: none, as fast as the server answers), and again, for `seconds`.
 */
export async function runScenario(options: {
  base: string;
  scenario: Scenario;
  users: number;
  seconds: number;
  thinkMs: number;
  onOutcome: (outcome: Outcome) => void;
}): Promise<{ requests: number; perSecond: number; networkErrors: number }> {
  const { scenario, base } = options;
  const ends = Date.now() + options.seconds * 1000;
  let n = 0;
  let networkErrors = 0;
  const user = async () => {
    // Users start spread over the first think time, not all at once.
    if (options.thinkMs) await sleep(Math.random() * options.thinkMs);
    while (Date.now() < ends) {
      n += 1;
      const planned = plan(scenario, base, n);
      const started = performance.now();
      let outcome: Outcome;
      try {
        const response = await fetch(base + planned.path, { ...planned.init, signal: AbortSignal.timeout(30_000) });
        const body = await response.text();
        const { result, note } = classify(planned.kind, response.status, body, response.headers.get("location") ?? undefined);
        outcome = { at: Date.now(), kind: planned.kind, status: response.status, ms: performance.now() - started, result, note };
        if (planned.item) {
          const version = /"version":(\d+)/.exec(body);
          if (version && result !== "error") planned.item.version = Number(version[1]);
          if (result === "ok") scenario.saved += 1;
        }
      } catch (error) {
        networkErrors += 1;
        outcome = { at: Date.now(), kind: planned.kind, status: 0, ms: performance.now() - started, result: "error", note: String((error as Error).cause ?? error) };
      } finally {
        if (planned.item) planned.item.busy = false;
      }
      options.onOutcome(outcome);
      if (options.thinkMs) await sleep(-Math.log(1 - Math.random()) * options.thinkMs);
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: options.users }, user));
  return { requests: n, perSecond: Math.round((n / ((Date.now() - started) / 1000)) * 10) / 10, networkErrors };
}
