"use client";
// A client component although it has no state: its points travel to the browser as data (they
// do anyway, for the chart) rather than as the table's rendered cells in React's payload, and the
// server renders the table once instead of twice (see IndicatorTable).
import type { IndicatorUnit } from "@/generated/prisma/enums";
import { formatIndicatorValue } from "../format";
import { TrendChartLoader } from "./trend-chart-loader";

export type TrendPoint = { label: string; value: number | null; suppressed?: boolean };

/**
 * One indicator's trend: a line chart (drawn in the browser) and the same
 * figures as a table, which is what assistive technologies and printers read.
 */
export function TrendPanel({ code, label, unit, unitLabel, target, points, heading }: {
  code: string;
  label: string;
  unit: IndicatorUnit;
  unitLabel: string;
  target: number | null;
  points: TrendPoint[];
  heading: string;
}) {
  const id = `tendance-${code.toLowerCase()}-${heading.length}`;
  return (
    <figure aria-labelledby={id} className="rounded border border-slate-200 p-3">
      <figcaption id={id} className="mb-2 text-sm font-semibold">
        {label} <span className="font-normal text-slate-600">— {heading}</span>
      </figcaption>
      <TrendChartLoader points={points.map((p) => ({ label: p.label, value: p.suppressed ? null : p.value }))} target={target} unit={unitLabel} />
      <table className="mt-2 w-full text-left text-xs">
        <caption className="sr-only">{`${label}, ${heading} : valeurs du graphique`}</caption>
        <thead>
          <tr className="text-slate-700">
            <th scope="col" className="py-1 pr-2 font-medium">Période</th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">Valeur</th>
            {target !== null && <th scope="col" className="py-1 text-right font-medium">Cible</th>}
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.label} className="border-t border-slate-100">
              <th scope="row" className="py-1 pr-2 text-left font-normal">{p.label}</th>
              <td className="py-1 pr-2 text-right tabular-nums">{p.suppressed ? "< 5" : formatIndicatorValue(p.value, unit)}</td>
              {target !== null && <td className="py-1 text-right tabular-nums">{formatIndicatorValue(target, unit)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
