// The composition assistant: from a period's diagnostic, a proposal of need
// groups in which every placement says why. Pure and deterministic: the same
// diagnostic always gives the same proposal (golden tests in assistant.test.ts).
import { masteryRank, type GroupKind, type MasteryLevel } from "./labels";

export type AssistantPupil = { id: string; firstName: string; lastName: string; divisionName: string };
export type AssistantCompetency = {
  id: string;
  label: string;
  domain: "FRENCH" | "MATHEMATICS" | "METHODS" | "PSYCHOSOCIAL" | "CAREER";
  position: number;
};
export type AssistantResult = { pupilId: string; competencyId: string; level: MasteryLevel; toolLabel?: string | null };

export type AssistantInput = {
  pupils: readonly AssistantPupil[];
  competencies: readonly AssistantCompetency[];
  results: readonly AssistantResult[];
  /** The most pupils a proposed group may hold. */
  capacity: number;
};

export type Placement = { pupilId: string; reason: string };

export type ProposedGroup = {
  /** Stable within a proposal: "remediation:<competencyId>:1", "deepening:1". */
  key: string;
  kind: GroupKind;
  name: string;
  focus: string;
  competencyId: string | null;
  members: Placement[];
};

export type Proposal = { groups: ProposedGroup[]; unplaced: Placement[] };

const domainOrder = ["FRENCH", "MATHEMATICS", "METHODS", "PSYCHOSOCIAL", "CAREER"] as const;

const kindOfDomain: Record<AssistantCompetency["domain"], GroupKind> = {
  FRENCH: "REMEDIATION",
  MATHEMATICS: "REMEDIATION",
  METHODS: "METHODOLOGY",
  PSYCHOSOCIAL: "REMEDIATION",
  CAREER: "GUIDANCE",
};

const prefixOfKind: Partial<Record<GroupKind, string>> = {
  REMEDIATION: "Remédiation",
  METHODOLOGY: "Méthodologie",
  GUIDANCE: "Orientation",
};

const levelPhrase: Record<MasteryLevel, string> = {
  INSUFFICIENT: "Maîtrise insuffisante",
  FRAGILE: "Fragile",
  SATISFACTORY: "Satisfaisante",
  VERY_GOOD: "Très bonne maîtrise",
};

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

const byName = (a: AssistantPupil, b: AssistantPupil) =>
  collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** "(évaluation diagnostique)": the tool, as a parenthesis, first letter lowered. */
function toolNote(toolLabel: string | null | undefined): string {
  if (!toolLabel) return "";
  return ` (${toolLabel.charAt(0).toLocaleLowerCase("fr")}${toolLabel.slice(1)})`;
}

/** A reason fits the 300 characters a membership keeps. */
const clip = (text: string) => (text.length <= 300 ? text : `${text.slice(0, 299)}…`);

/** Splits `items` (already in priority order) into the fewest chunks of at most `capacity`, sizes differing by one at most. */
export function splitEvenly<T>(items: readonly T[], capacity: number): T[][] {
  if (items.length === 0) return [];
  const count = Math.ceil(items.length / Math.max(1, capacity));
  const base = Math.floor(items.length / count);
  const extra = items.length % count;
  const chunks: T[][] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const size = base + (i < extra ? 1 : 0);
    chunks.push(items.slice(at, at + size));
    at += size;
  }
  return chunks;
}

/**
 * Proposes groups:
 * - a pupil with a competency at "maîtrise insuffisante" or "fragile" goes to
 *   the group of the competency where they are weakest (lowest level; on a tie,
 *   the competency needed by more pupils, then the catalogue's order);
 * - a pupil at "très bonne maîtrise" in every competency assessed goes to
 *   deepening (approfondissement);
 * - everyone else, and pupils without a diagnostic, stay out, with the reason;
 * - each group is split by capacity, the weakest first.
 */
export function proposeGroups(input: AssistantInput): Proposal {
  const competencyOrder = [...input.competencies].sort(
    (a, b) =>
      domainOrder.indexOf(a.domain) - domainOrder.indexOf(b.domain) || a.position - b.position || collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1),
  );
  const rankOfCompetency = new Map(competencyOrder.map((c, i) => [c.id, i]));
  const competencyById = new Map(input.competencies.map((c) => [c.id, c]));

  const resultsByPupil = new Map<string, AssistantResult[]>();
  for (const result of input.results) {
    if (!competencyById.has(result.competencyId)) continue;
    const list = resultsByPupil.get(result.pupilId) ?? [];
    list.push(result);
    resultsByPupil.set(result.pupilId, list);
  }

  // How many pupils need each competency (insufficient or fragile): the tie-break.
  const needCount = new Map<string, number>();
  for (const results of resultsByPupil.values()) {
    for (const r of results) if (masteryRank[r.level] <= 1) needCount.set(r.competencyId, (needCount.get(r.competencyId) ?? 0) + 1);
  }

  type Candidate = { pupil: AssistantPupil; level: MasteryLevel; reason: string };
  const remediation = new Map<string, Candidate[]>();
  const deepening: Candidate[] = [];
  const unplaced: { pupil: AssistantPupil; reason: string }[] = [];

  for (const pupil of [...input.pupils].sort(byName)) {
    const results = resultsByPupil.get(pupil.id) ?? [];
    if (results.length === 0) {
      unplaced.push({ pupil, reason: "Pas de diagnostic pour cette période." });
      continue;
    }
    const weak = results
      .filter((r) => masteryRank[r.level] <= 1)
      .sort(
        (a, b) =>
          masteryRank[a.level] - masteryRank[b.level] ||
          (needCount.get(b.competencyId) ?? 0) - (needCount.get(a.competencyId) ?? 0) ||
          (rankOfCompetency.get(a.competencyId) ?? 0) - (rankOfCompetency.get(b.competencyId) ?? 0),
      );
    if (weak.length > 0) {
      const target = weak[0]!;
      const competency = competencyById.get(target.competencyId)!;
      let reason = `${levelPhrase[target.level]} en ${competency.label}${toolNote(target.toolLabel)}`;
      const others = weak.slice(1, 3).map((r) => `${levelPhrase[r.level].toLocaleLowerCase("fr")} en ${competencyById.get(r.competencyId)!.label}`);
      if (others.length) reason += ` ; aussi ${others.join(", ")}${weak.length > 3 ? "…" : ""}`;
      const list = remediation.get(competency.id) ?? [];
      list.push({ pupil, level: target.level, reason: clip(`${reason}.`) });
      remediation.set(competency.id, list);
    } else if (results.every((r) => r.level === "VERY_GOOD")) {
      const assessed = results.length;
      deepening.push({
        pupil,
        level: "VERY_GOOD",
        reason: `Très bonne maîtrise dans ${assessed === 1 ? "la compétence évaluée" : `les ${assessed} compétences évaluées`}${toolNote(results[0]!.toolLabel)}.`,
      });
    } else {
      unplaced.push({ pupil, reason: "Pas de besoin repéré : maîtrise satisfaisante ou très bonne partout." });
    }
  }

  const groups: ProposedGroup[] = [];
  for (const competency of competencyOrder) {
    const candidates = remediation.get(competency.id);
    if (!candidates?.length) continue;
    const ordered = [...candidates].sort((a, b) => masteryRank[a.level] - masteryRank[b.level] || byName(a.pupil, b.pupil));
    const chunks = splitEvenly(ordered, input.capacity);
    const kind = kindOfDomain[competency.domain];
    chunks.forEach((chunk, i) => {
      groups.push({
        key: `${kind.toLowerCase()}:${competency.id}:${i + 1}`,
        kind,
        name: `${prefixOfKind[kind] ?? "Groupe"} – ${competency.label}${chunks.length > 1 ? ` (${i + 1})` : ""}`.slice(0, 120),
        focus: competency.label.slice(0, 160),
        competencyId: competency.id,
        members: chunk.map((c) => ({ pupilId: c.pupil.id, reason: c.reason })),
      });
    });
  }
  const deepChunks = splitEvenly(deepening, input.capacity);
  deepChunks.forEach((chunk, i) => {
    groups.push({
      key: `deepening:${i + 1}`,
      kind: "DEEPENING",
      name: `Approfondissement${deepChunks.length > 1 ? ` (${i + 1})` : ""}`,
      focus: "",
      competencyId: null,
      members: chunk.map((c) => ({ pupilId: c.pupil.id, reason: c.reason })),
    });
  });
  return { groups, unplaced: unplaced.map((u) => ({ pupilId: u.pupil.id, reason: u.reason })) };
}
