import type { PdcaPhaseKey, Sheet } from "../question-bank";
import { sectionsOfPhase } from "../question-bank";

const kindLabels = { question: "Questions", indicator: "Indicateurs", guidance: "Repères" } as const;

/** One sheet's guiding questions, indicators and recommendations for one phase, as the seed words them. */
export function PhaseGuide({ sheet, phase, strands }: { sheet: Sheet; phase: PdcaPhaseKey; strands: string[] }) {
  const sections = sectionsOfPhase(sheet, phase);
  return (
    <section aria-labelledby={`fiche-${sheet.key}`} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h3 id={`fiche-${sheet.key}`} className="text-lg font-semibold">{sheet.title}</h3>
      {sheet.subtitle && <p className="text-sm text-slate-700">{sheet.subtitle}</p>}
      {strands.length > 0 && <p className="mt-1 text-sm text-slate-600">Volets : {strands.join(", ")}</p>}
      {phase === "PLAN" && sheet.context && (
        <div className="mt-4 max-w-prose whitespace-pre-line rounded bg-slate-50 p-3 text-sm text-slate-800">{sheet.context}</div>
      )}
      {sections.length === 0 ? (
        <p className="mt-4 text-sm text-slate-700">Cette fiche ne propose rien pour cette phase.</p>
      ) : (
        sections.map((section) => {
          const kinds = [...new Set(section.items.map((item) => item.kind))];
          return (
            <div key={section.key} className="mt-5">
              <h4 className="font-semibold text-brand-900">{section.title}</h4>
              {kinds.map((kind) => (
                <div key={kind} className="mt-2">
                  {kinds.length > 1 && <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{kindLabels[kind]}</p>}
                  <ul className={`mt-1 space-y-1 pl-5 ${kind === "question" ? "list-[circle]" : "list-disc"}`}>
                    {section.items
                      .filter((item) => item.kind === kind)
                      .map((item) => (
                        <li key={item.key}>
                          {item.text}
                          {item.subItems && (
                            <ul className="mt-1 list-[square] space-y-0.5 pl-5 text-slate-700">
                              {item.subItems.map((sub, i) => (
                                <li key={i}>{sub}</li>
                              ))}
                            </ul>
                          )}
                        </li>
                      ))}
                  </ul>
                </div>
              ))}
            </div>
          );
        })
      )}
    </section>
  );
}
