import { formatFileSize } from "@/lib/file-type";
import type { StoredAnswer } from "../answers";
import { answerStatusLabels } from "../schemas";
import type { GridSheetData, PhaseKey, SheetItem } from "../sheets";
import { AnswerEditor } from "./answer-editor";
import { AnswerView } from "./answer-view";
import { EvidenceList, type EvidenceRow } from "./evidence-list";

const kindLabels = { QUESTION: "Question", INDICATOR: "Indicateur", GUIDANCE: "Repère" } as const;
const statusTone = {
  NOT_STARTED: "border-slate-300 bg-slate-50 text-slate-700",
  IN_PROGRESS: "border-amber-300 bg-amber-50 text-amber-900",
  ANSWERED: "border-green-300 bg-green-50 text-green-900",
} as const;

export type PhaseSheetProps = {
  uai: string;
  establishmentId: string;
  gridId: string | null;
  sheet: GridSheetData;
  phase: PhaseKey;
  answers: Map<string, StoredAnswer>;
  evidence: { id: string; itemKey: string; indicatorKey: string | null; file: { id: string; fileName: string; mediaType: string; byteSize: number } | null }[];
  canEdit: boolean;
};

/** One phase of a grid, laid out like the seeds: each section, its items, and their answers. */
export function PhaseSheet({ uai, establishmentId, gridId, sheet, phase, answers, evidence, canEdit }: PhaseSheetProps) {
  const sections = sheet.sections.filter((section) => section.phase === phase);
  const indicators = sheet.sections.flatMap((s) => s.items).filter((item) => item.kind === "INDICATOR").map((item) => ({ key: item.key, text: item.text }));
  const indicatorText = new Map(indicators.map((i) => [i.key, i.text]));
  if (sections.length === 0) return <p className="text-slate-700">Cette fiche ne propose rien pour cette phase.</p>;
  return (
    <div className="space-y-6">
      {phase === "PLAN" && sheet.context && (
        <div className="max-w-prose whitespace-pre-line rounded bg-slate-50 p-3 text-sm text-slate-800">{sheet.context}</div>
      )}
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key}`} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h3 id={`section-${section.key}`} className="text-lg font-semibold text-brand-900">{section.title}</h3>
          {section.borrowedFrom && <p className="text-xs text-slate-600">Bloc repris de la grille générale.</p>}
          <ol className="mt-3 space-y-5">
            {section.items.map((item) => (
              <ItemBlock
                key={item.key}
                item={item}
                uai={uai}
                establishmentId={establishmentId}
                gridId={gridId}
                answer={answers.get(item.key) ?? null}
                evidence={evidence
                  .filter((e) => e.itemKey === item.key)
                  .map(
                    (e): EvidenceRow => ({
                      id: e.id,
                      indicator: e.indicatorKey ? (indicatorText.get(e.indicatorKey) ?? e.indicatorKey) : null,
                      file: e.file ? { id: e.file.id, fileName: e.file.fileName, label: formatFileSize(e.file.byteSize) } : null,
                    }),
                  )}
                indicators={indicators.filter((i) => i.key !== item.key)}
                canEdit={canEdit}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function ItemBlock({
  item,
  uai,
  establishmentId,
  gridId,
  answer,
  evidence,
  indicators,
  canEdit,
}: {
  item: SheetItem;
  uai: string;
  establishmentId: string;
  gridId: string | null;
  answer: StoredAnswer | null;
  evidence: EvidenceRow[];
  indicators: { key: string; text: string }[];
  canEdit: boolean;
}) {
  const labelId = `question-${item.key}`;
  const status = answer?.status ?? "NOT_STARTED";
  return (
    <li className="border-t border-slate-100 pt-3 first:border-0 first:pt-0">
      <div className="flex flex-wrap items-start gap-2">
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-slate-700">{kindLabels[item.kind]}</span>
        <p id={labelId} className="flex-1 font-medium">{item.text}</p>
        {gridId && !canEdit && (
          <span className={`rounded border px-2 py-0.5 text-xs font-medium ${statusTone[status]}`}>{answerStatusLabels[status]}</span>
        )}
      </div>
      {item.subItems.length > 0 && (
        <ul className="mt-1 list-[square] space-y-0.5 pl-8 text-sm text-slate-700">
          {item.subItems.map((sub, i) => (
            <li key={i}>{sub}</li>
          ))}
        </ul>
      )}
      {gridId &&
        (canEdit ? (
          <AnswerEditor establishmentId={establishmentId} gridId={gridId} itemKey={item.key} labelId={labelId} initial={answer} />
        ) : (
          <div className="mt-2">
            <AnswerView html={answer?.body ?? ""} />
            {answer?.updatedBy && (
              <p className="mt-1 text-xs text-slate-600">
                Dernière modification par {answer.updatedBy}, le {new Date(answer.updatedAt).toLocaleDateString("fr-FR")}
              </p>
            )}
          </div>
        ))}
      {gridId && (
        <EvidenceList uai={uai} establishmentId={establishmentId} gridId={gridId} itemKey={item.key} rows={evidence} indicators={indicators} canEdit={canEdit} />
      )}
    </li>
  );
}
