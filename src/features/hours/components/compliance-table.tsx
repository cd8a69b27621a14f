"use client";
// A client component although it has no state: its classes travel to the browser as data rather
// than as their rendered cells in React's payload, and the server renders the table once instead
// of twice (see IndicatorTable).
import { ScrollRegion } from "@/components/ui/scroll-region";
import { diplomaLabels, yearOfStudyLabel } from "@/features/frameworks/diplomas";
import { formatHours } from "../compliance";
import type { ClassCompliance } from "../queries";
import { StatusBadge } from "./status-badge";

const hoursOrDash = (value: number | null) => (value === null ? "—" : formatHours(value));

/**
 * Regulatory, planned and delivered hours of each class, the gap, the status, and the arithmetic behind it.
 * Each class links to its hour plan: `${planHref}?classe=<id>#plan`.
 */
export function ComplianceTable({ classes, planHref }: { classes: ClassCompliance[]; planHref: string }) {
  if (classes.length === 0) return <p>Aucune classe pour cette année.</p>;
  return (
    <ScrollRegion label="Conformité des heures par classe">
      <table className="figures-table w-full text-left text-sm">
        <caption className="sr-only">Conformité des heures par classe : réglementaire, prévu, fait, écart et statut</caption>
        <thead>
          <tr className="text-slate-600">
            <th scope="col" className="py-2 pr-3 font-medium">Classe</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">Réglementaire</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">Prévu</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">Fait</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">Écart</th>
            <th scope="col" className="px-2 py-2 font-medium">Année</th>
            <th scope="col" className="px-2 py-2 font-medium">Cycle</th>
          </tr>
        </thead>
        <tbody>
          {classes.map((c) => (
            <tr key={c.divisionId}>
              <th scope="row" className="font-medium">
                <a href={`${planHref}?classe=${c.divisionId}#plan`} className="text-brand-700 underline">{c.name}</a>
                <span className="note font-normal">
                  {diplomaLabels[c.diploma]} · {yearOfStudyLabel(c.diploma, c.yearOfStudy)}
                </span>
              </th>
              <td className="num">{hoursOrDash(c.regulatory)}</td>
              <td className="num">{formatHours(c.planned)}</td>
              <td className="num">{formatHours(c.delivered)}</td>
              <td className="num">{c.year.gap === null ? "—" : c.year.gap > 0 ? `−${formatHours(c.year.gap)}` : c.year.gap < 0 ? `+${formatHours(-c.year.gap)}` : "0 h"}</td>
              <td>
                <StatusBadge status={c.year.status} />
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs text-brand-700">Détail du calcul<span className="sr-only"> pour {c.name}</span></summary>
                  <ul className="mt-1 max-w-72 list-disc pl-4 text-xs text-slate-700">
                    {c.year.explanation.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </details>
              </td>
              <td>
                <StatusBadge status={c.cycle.status} />
                <span className="block text-xs text-slate-700">
                  {c.cycleRegulatory === null ? "—" : `${formatHours(c.cycleRegulatory)} sur le cycle`}
                  {c.cycle.remaining !== null && c.cycle.remaining > 0 ? ` · reste ${formatHours(c.cycle.remaining)}` : ""}
                </span>
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs text-brand-700">Détail<span className="sr-only"> du cycle pour {c.name}</span></summary>
                  <ul className="mt-1 max-w-72 list-disc pl-4 text-xs text-slate-700">
                    {c.cycle.explanation.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
