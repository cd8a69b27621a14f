// What is answered and what is missing, per phase and for the whole grid.
// Every item of the sheet counts: a question, an indicator (how the school
// follows it) or a heading to fill. Only items marked "répondue" count as done.
import type { AnswerStatus, GridItemKind, PhaseKey } from "./sheets";
import { pdcaPhases } from "./phases";

export type CompletionItem = { key: string; phase: PhaseKey; kind: GridItemKind; text: string };

export type PhaseCompletion = {
  phase: PhaseKey;
  total: number;
  answered: number;
  inProgress: number;
  /** Items not yet answered, in the sheet's order. */
  missing: (CompletionItem & { status: AnswerStatus })[];
  percent: number;
};

export type GridCompletion = { phases: PhaseCompletion[]; total: number; answered: number; inProgress: number; percent: number };

/** Whole percent, rounded down: 100 % only when everything is answered. */
export function percentOf(answered: number, total: number): number {
  return total === 0 ? 100 : Math.floor((answered * 100) / total);
}

export function completionOf(items: CompletionItem[], statuses: ReadonlyMap<string, AnswerStatus>): GridCompletion {
  const phases = pdcaPhases.map(({ key: phase }) => {
    const ofPhase = items.filter((item) => item.phase === phase);
    const withStatus = ofPhase.map((item) => ({ ...item, status: statuses.get(item.key) ?? ("NOT_STARTED" as const) }));
    const answered = withStatus.filter((item) => item.status === "ANSWERED").length;
    const inProgress = withStatus.filter((item) => item.status === "IN_PROGRESS").length;
    return {
      phase,
      total: ofPhase.length,
      answered,
      inProgress,
      missing: withStatus.filter((item) => item.status !== "ANSWERED"),
      percent: percentOf(answered, ofPhase.length),
    };
  });
  const total = phases.reduce((sum, p) => sum + p.total, 0);
  const answered = phases.reduce((sum, p) => sum + p.answered, 0);
  const inProgress = phases.reduce((sum, p) => sum + p.inProgress, 0);
  return { phases, total, answered, inProgress, percent: percentOf(answered, total) };
}
