import { describe, expect, it } from "vitest";
import { proposeGroups, splitEvenly, type AssistantCompetency, type AssistantPupil, type AssistantResult } from "./assistant";
import type { MasteryLevel } from "./labels";

const competencies: AssistantCompetency[] = [
  { id: "c-math", label: "Nombres et calcul", domain: "MATHEMATICS", position: 1 },
  { id: "c-read", label: "Lire et comprendre un texte", domain: "FRENCH", position: 1 },
  { id: "c-write", label: "Écrire un texte", domain: "FRENCH", position: 2 },
  { id: "c-org", label: "S'organiser dans son travail", domain: "METHODS", position: 1 },
];

const pupil = (id: string, firstName: string, lastName: string, divisionName = "2PRO A"): AssistantPupil => ({ id, firstName, lastName, divisionName });

const I = "INSUFFICIENT", F = "FRAGILE", S = "SATISFACTORY", V = "VERY_GOOD";
/** One row per pupil: levels in read, write, math, org order (null: not assessed). */
function diagnostic(rows: Record<string, (MasteryLevel | null)[]>, toolLabel = "Évaluation diagnostique"): AssistantResult[] {
  const order = ["c-read", "c-write", "c-math", "c-org"];
  return Object.entries(rows).flatMap(([pupilId, levels]) =>
    levels.flatMap((level, i) => (level ? [{ pupilId, competencyId: order[i]!, level, toolLabel }] : [])),
  );
}

describe("the composition assistant (golden cases)", () => {
  it("places the weak in the group of their weakest competency, the very good in deepening, explains every placement", () => {
    const pupils = [
      pupil("p1", "Léa", "Martin"),
      pupil("p2", "Hugo", "Bernard"),
      pupil("p3", "Inès", "Dubois", "2PRO B"),
      pupil("p4", "Noah", "Thomas"),
      pupil("p5", "Jade", "Robert"),
      pupil("p6", "Louis", "Petit", "2PRO B"),
    ];
    const results = diagnostic({
      p1: [F, S, S, S], // fragile in reading only
      p2: [F, I, S, S], // insufficient in writing beats fragile in reading
      p3: [V, V, V, V], // very good everywhere
      p4: [S, S, S, V], // nothing to fix, not very good everywhere
      p5: [S, S, F, F], // two fragile: math (more pupils need it? no: tie 1-1) → catalogue order: French, maths, methods
      // p6: no diagnostic
    });
    expect(proposeGroups({ pupils, competencies, results, capacity: 12 })).toEqual({
      groups: [
        {
          key: "remediation:c-read:1",
          kind: "REMEDIATION",
          name: "Remédiation – Lire et comprendre un texte",
          focus: "Lire et comprendre un texte",
          competencyId: "c-read",
          members: [{ pupilId: "p1", reason: "Fragile en Lire et comprendre un texte (évaluation diagnostique)." }],
        },
        {
          key: "remediation:c-write:1",
          kind: "REMEDIATION",
          name: "Remédiation – Écrire un texte",
          focus: "Écrire un texte",
          competencyId: "c-write",
          members: [
            {
              pupilId: "p2",
              reason: "Maîtrise insuffisante en Écrire un texte (évaluation diagnostique) ; aussi fragile en Lire et comprendre un texte.",
            },
          ],
        },
        {
          key: "remediation:c-math:1",
          kind: "REMEDIATION",
          name: "Remédiation – Nombres et calcul",
          focus: "Nombres et calcul",
          competencyId: "c-math",
          members: [{ pupilId: "p5", reason: "Fragile en Nombres et calcul (évaluation diagnostique) ; aussi fragile en S'organiser dans son travail." }],
        },
        {
          key: "deepening:1",
          kind: "DEEPENING",
          name: "Approfondissement",
          focus: "",
          competencyId: null,
          members: [{ pupilId: "p3", reason: "Très bonne maîtrise dans les 4 compétences évaluées (évaluation diagnostique)." }],
        },
      ],
      unplaced: [
        { pupilId: "p6", reason: "Pas de diagnostic pour cette période." },
        { pupilId: "p4", reason: "Pas de besoin repéré : maîtrise satisfaisante ou très bonne partout." },
      ],
    });
  });

  it("breaks a tie between two equally weak competencies by the number of pupils who need them", () => {
    const pupils = [pupil("a", "Ana", "Adam"), pupil("b", "Ben", "Blanc"), pupil("c", "Cléo", "Caron")];
    const results = diagnostic({
      a: [S, S, F, null], // math only
      b: [S, S, F, null], // math only
      c: [F, S, F, null], // fragile in reading and in math: math is needed by 3, reading by 1 → math
    });
    const proposal = proposeGroups({ pupils, competencies, results, capacity: 12 });
    expect(proposal.groups.map((g) => [g.name, g.members.map((m) => m.pupilId)])).toEqual([["Remédiation – Nombres et calcul", ["a", "b", "c"]]]);
  });

  it("splits a group by capacity into balanced groups, the weakest together first; methods go to a methodology group", () => {
    const names = ["Alves", "Blanc", "Caron", "Diaz", "Ernst", "Faure", "Gomez"];
    const pupils = names.map((n, i) => pupil(`p${i}`, "Élève", n));
    const results = diagnostic({
      p0: [null, null, null, F],
      p1: [null, null, null, I],
      p2: [null, null, null, F],
      p3: [null, null, null, I],
      p4: [null, null, null, F],
      p5: [null, null, null, F],
      p6: [null, null, null, I],
    });
    const proposal = proposeGroups({ pupils, competencies, results, capacity: 3 });
    expect(proposal.groups.map((g) => ({ kind: g.kind, name: g.name, members: g.members.map((m) => m.pupilId) }))).toEqual([
      { kind: "METHODOLOGY", name: "Méthodologie – S'organiser dans son travail (1)", members: ["p1", "p3", "p6"] },
      { kind: "METHODOLOGY", name: "Méthodologie – S'organiser dans son travail (2)", members: ["p0", "p2"] },
      { kind: "METHODOLOGY", name: "Méthodologie – S'organiser dans son travail (3)", members: ["p4", "p5"] },
    ]);
  });

  it("is deterministic: the order of the inputs does not change the proposal", () => {
    const pupils = Array.from({ length: 40 }, (_, i) => pupil(`p${String(i).padStart(2, "0")}`, `Prénom${i % 7}`, `Nom${i % 11}`));
    const levels: MasteryLevel[] = [I, F, S, V];
    const results: AssistantResult[] = pupils.flatMap((p, i) =>
      competencies.map((c, j) => ({ pupilId: p.id, competencyId: c.id, level: levels[(i * 3 + j * 5) % 4]!, toolLabel: "Évaluation diagnostique" })),
    );
    const a = proposeGroups({ pupils, competencies, results, capacity: 8 });
    const b = proposeGroups({ pupils: [...pupils].reverse(), competencies: [...competencies].reverse(), results: [...results].reverse(), capacity: 8 });
    expect(b).toEqual(a);
    const placed = a.groups.flatMap((g) => g.members.map((m) => m.pupilId));
    expect(new Set(placed).size).toBe(placed.length);
    expect(placed.length + a.unplaced.length).toBe(40);
    expect(a.groups.every((g) => g.members.length <= 8)).toBe(true);
  });

  it("splits evenly", () => {
    expect(splitEvenly([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5], [6, 7]]);
    expect(splitEvenly([1, 2, 3, 4, 5, 6], 3)).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(splitEvenly([], 3)).toEqual([]);
  });
});
