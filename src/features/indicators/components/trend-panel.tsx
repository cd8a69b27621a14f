import { unitLabels } from "../catalogue";
import type { DashboardRow } from "../dashboard";
import { formatIndicatorValue } from "../format";
import { TrendChartLoader } from "./trend-chart-loader";

/**
 * One indicator's trend: a line chart (drawn in the browser) and the same
 * figures as a table, which is what assistive technologies and printers read.
 */
export function TrendPanel({ row, points, heading }: { row: DashboardRow; points: { label: string; value: number | null; suppressed?: boolean }[]; heading: string }) {
  const id = `tendance-${row.code.toLowerCase()}-${heading.length}`;
  return (
    <figure aria-labelledby={id} className="rounded border border-slate-200 p-3">
      <figcaption id={id} className="mb-2 text-sm font-semibold">
        {row.label} <span className="font-normal text-slate-600">— {heading}</span>
      </figcaption>
      <TrendChartLoader points={points.map((p) => ({ label: p.label, value: p.suppressed ? null : p.value }))} target={row.target} unit={unitLabels[row.unit]} />
      <table className="mt-2 w-full text-left text-xs">
        <caption className="sr-only">{`${row.label}, ${heading} : valeurs du graphique`}</caption>
        <thead>
          <tr className="text-slate-700">
            <th scope="col" className="py-1 pr-2 font-medium">Période</th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">Valeur</th>
            {row.target !== null && <th scope="col" className="py-1 text-right font-medium">Cible</th>}
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.label} className="border-t border-slate-100">
              <th scope="row" className="py-1 pr-2 text-left font-normal">{p.label}</th>
              <td className="py-1 pr-2 text-right tabular-nums">{p.suppressed ? "< 5" : formatIndicatorValue(p.value, row.unit)}</td>
              {row.target !== null && <td className="py-1 text-right tabular-nums">{formatIndicatorValue(row.target, row.unit)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
