import { ScrollRegion } from "@/components/ui/scroll-region";
import type { GridStatus } from "@/generated/prisma/enums";
import type { StoredAnswer } from "../answers";
import { gridStatusLabels } from "../grid-access";
import { pdcaPhases } from "../phases";
import { actionStatusLabels } from "../schemas";
import type { GridSheetData } from "../sheets";
import { AnswerView } from "./answer-view";

type PrintAction = { id: string; title: string; owner: string; indicator: string; process: string; startsOn: Date | null; dueOn: Date | null; status: keyof typeof actionStatusLabels };
const day = (date: Date | null) => (date ? date.toLocaleDateString("fr-FR", { timeZone: "UTC" }) : "—");

/**
 * The whole grid in the seeds' four columns (Planifier, Mettre en œuvre,
 * Évaluer, Agir), for the browser's print to A4 landscape: the school, the
 * year and the scheme head every printed page (a repeated table header).
 */
export function PrintGrid({
  heading,
  sheet,
  answers,
  actions,
  keyDates,
  status,
}: {
  heading: { school: string; year: string; scheme: string };
  sheet: GridSheetData;
  answers: Map<string, StoredAnswer>;
  actions: PrintAction[];
  keyDates: { id: string; on: Date; label: string }[];
  status: GridStatus | null;
}) {
  return (
    <section aria-labelledby="impression" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <h3 id="impression" className="text-lg font-semibold">Version imprimable</h3>
        <p className="text-sm text-slate-700">Imprimez avec Ctrl+P (A4 paysage) ; le PDF est proposé dans l&apos;onglet Suivi.</p>
      </div>
      <ScrollRegion label="Grille en quatre colonnes">
        <table className="print-grid w-full min-w-[56rem] table-fixed border-collapse text-[11px] leading-snug">
          <thead>
            <tr>
              <th colSpan={4} className="border border-slate-400 bg-slate-100 p-2 text-left text-xs font-normal">
                <strong>{heading.school}</strong> — année {heading.year} — dispositif : <strong>{heading.scheme}</strong> — {sheet.title} (version {sheet.version})
                {status ? ` — ${gridStatusLabels[status].toLowerCase()}` : " — grille non commencée"}
              </th>
            </tr>
            <tr>
              {pdcaPhases.map((phase) => (
                <th key={phase.key} scope="col" className="w-1/4 border border-slate-400 bg-brand-50 p-2 text-left">
                  {phase.letter} — {phase.title}
                  <span className="block font-normal">{phase.summary}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {pdcaPhases.map((phase) => (
                <td key={phase.key} className="border border-slate-400 p-2 align-top">
                  {phase.key === "PLAN" && sheet.context && <p className="mb-2 whitespace-pre-line italic">{sheet.context}</p>}
                  {sheet.sections
                    .filter((section) => section.phase === phase.key)
                    .map((section) => (
                      <div key={section.key} className="mb-3">
                        <p className="font-bold">{section.title}</p>
                        {section.items.map((item) => {
                          const answer = answers.get(item.key);
                          return (
                            <div key={item.key} className="mt-1 break-inside-avoid">
                              <p className="font-semibold">{item.text}</p>
                              {item.subItems.length > 0 && (
                                <ul className="list-[square] pl-4">
                                  {item.subItems.map((sub, i) => <li key={i}>{sub}</li>)}
                                </ul>
                              )}
                              {answer?.body ? <AnswerView html={answer.body} className="border-l-2 border-brand-600 pl-2" /> : <p className="text-slate-500">—</p>}
                            </div>
                          );
                        })}
                      </div>
                    ))}
                  {phase.key === "ACT" && actions.length > 0 && (
                    <div className="mb-3">
                      <p className="font-bold">Actions</p>
                      {actions.map((action) => (
                        <div key={action.id} className="mt-1 break-inside-avoid">
                          <p className="font-semibold">{action.title} ({actionStatusLabels[action.status].toLowerCase()})</p>
                          {action.process && <p className="whitespace-pre-line">{action.process}</p>}
                          <p>Responsable : {action.owner || "—"} ; indicateur : {action.indicator || "—"} ; {day(action.startsOn)} → {day(action.dueOn)}</p>
                        </div>
                      ))}
                    </div>
                  )}
                  {phase.key === "ACT" && keyDates.length > 0 && (
                    <div>
                      <p className="font-bold">Dates clés</p>
                      <ul>
                        {keyDates.map((d) => <li key={d.id}>{day(d.on)} : {d.label}</li>)}
                      </ul>
                    </div>
                  )}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
