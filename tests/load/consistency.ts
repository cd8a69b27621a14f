// Whether every saved grid answer is whole: for each answer the scenario saves, the
// versions added since a snapshot each have exactly one revision row and one audit row,
// and the answer's text is its latest revision's. A save cut off half-way would leave
// a version without its revision or audit row (or the reverse).
import pg from "pg";
import type { Scenario } from "./scenario";

export type AnswerSnapshot = Map<string, number>;

const keyOf = (gridId: string, itemKey: string) => `${gridId}/${itemKey}`;

export async function snapshotVersions(ownerUrl: string, scenario: Scenario): Promise<AnswerSnapshot> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const snapshot: AnswerSnapshot = new Map();
    for (const school of scenario.schools) {
      const { rows } = await client.query<{ item_key: string; version: number }>(
        `SELECT item_key, version FROM grid_answers WHERE establishment_id = $1 AND grid_id = $2`,
        [school.id, school.gridId],
      );
      const versions = new Map(rows.map((r) => [r.item_key, r.version]));
      for (const item of school.items) snapshot.set(keyOf(school.gridId, item.key), versions.get(item.key) ?? 0);
    }
    return snapshot;
  } finally {
    await client.end();
  }
}

/** The problems found (empty when every answer is whole) and the number of versions committed since the snapshot. */
export async function checkAnswers(ownerUrl: string, scenario: Scenario, before: AnswerSnapshot): Promise<{ problems: string[]; committed: number }> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const problems: string[] = [];
  let committed = 0;
  try {
    for (const school of scenario.schools) {
      for (const item of school.items) {
        const from = before.get(keyOf(school.gridId, item.key)) ?? 0;
        const { rows: [answer] } = await client.query<{ version: number; body: string }>(
          `SELECT version, body FROM grid_answers WHERE establishment_id = $1 AND grid_id = $2 AND item_key = $3`,
          [school.id, school.gridId, item.key],
        );
        const to = answer?.version ?? 0;
        if (to === from) continue;
        committed += to - from;
        const { rows: revisions } = await client.query<{ version: number; body: string }>(
          `SELECT version, body FROM grid_answer_revisions WHERE establishment_id = $1 AND grid_id = $2 AND item_key = $3 AND version > $4 ORDER BY version`,
          [school.id, school.gridId, item.key, from],
        );
        const { rows: [audit] } = await client.query<{ n: number; versions: number[] }>(
          `SELECT count(*)::int AS n, coalesce(array_agg((summary->>'version')::int ORDER BY (summary->>'version')::int), '{}') AS versions
           FROM audit_events WHERE establishment_id = $1 AND action = 'grid.answer' AND entity_id = $2
             AND summary->>'item' = $3 AND (summary->>'version')::int > $4`,
          [school.id, school.gridId, item.key, from],
        );
        const expected = Array.from({ length: to - from }, (_, i) => from + 1 + i);
        const label = `${school.tag} ${item.key}`;
        if (revisions.map((r) => r.version).join(",") !== expected.join(",")) {
          problems.push(`${label} : versions ${from + 1}..${to}, révisions ${revisions.map((r) => r.version).join(",") || "aucune"}`);
        }
        if (audit!.versions.join(",") !== expected.join(",")) {
          problems.push(`${label} : versions ${from + 1}..${to}, journal ${audit!.versions.join(",") || "aucun"}`);
        }
        if (revisions.at(-1)?.body !== answer!.body) problems.push(`${label} : le texte enregistré n'est pas celui de la dernière révision`);
      }
    }
    return { problems, committed };
  } finally {
    await client.end();
  }
}
