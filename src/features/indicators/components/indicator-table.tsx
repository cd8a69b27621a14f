"use client";
// A client component although it has no state: its rows travel to the browser as data (about 5 KB
// for the dashboard's 37 indicators) instead of as their rendered elements in React's payload
// (about 45 KB), and the server renders the table once instead of twice (React's payload, then HTML).
import type { IndicatorUnit } from "@/generated/prisma/enums";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { schoolYearLabel } from "@/lib/school-year";
import { formatIndicatorValue } from "../format";
import { targetStatusLabels, type TargetStatus } from "../statistics";
import { Figure } from "./figure-cell";

/** One indicator's line: what the table shows, and nothing more (see above). */
export type IndicatorTableRow = {
  code: string;
  label: string;
  source: string;
  unit: IndicatorUnit;
  value: number | null;
  suppressed: boolean;
  previous: number | null;
  previousSuppressed: boolean;
  baseline: number | null;
  target: number | null;
  status: TargetStatus;
};

const statusStyles: Record<TargetStatus, string> = {
  REACHED: "bg-green-100 text-green-900",
  PROGRESSING: "bg-sky-100 text-sky-950",
  BEHIND: "bg-red-100 text-red-900",
  NO_TARGET: "bg-slate-100 text-slate-800",
};

/** Each indicator of a family: this year's figure, last year's, the baseline, the target and where it stands. */
export function IndicatorTable({ caption, rows, schoolYear }: { caption: string; rows: IndicatorTableRow[]; schoolYear: number }) {
  return (
    <ScrollRegion label={caption}>
      <table className="figures-table w-full min-w-[44rem] text-left text-sm">
        <caption className="mb-2 text-left text-base font-semibold">{caption}</caption>
        <thead>
          <tr className="text-slate-700">
            <th scope="col" className="py-2 pr-3 font-medium">Indicateur</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">{schoolYearLabel(schoolYear)}</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">{schoolYearLabel(schoolYear - 1)}</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">Départ</th>
            <th scope="col" className="px-2 py-2 text-right font-medium">Cible</th>
            <th scope="col" className="px-2 py-2 font-medium">Situation</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">
                <span className="font-medium">{row.label}</span>
                <span className="note">{row.source}</span>
              </th>
              <td className="num"><Figure value={row.value} suppressed={row.suppressed} unit={row.unit} /></td>
              <td className="num"><Figure value={row.previous} suppressed={row.previousSuppressed} unit={row.unit} /></td>
              <td className="num">{formatIndicatorValue(row.baseline, row.unit)}</td>
              <td className="num">{formatIndicatorValue(row.target, row.unit)}</td>
              <td>
                <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${statusStyles[row.status]}`}>{targetStatusLabels[row.status]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
