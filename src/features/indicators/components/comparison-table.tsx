import Link from "next/link";
import { createElement } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { establishmentKindLabels } from "@/features/establishments/schemas";
import type { ComparisonParams, ComparisonTable as Table } from "../comparison";
import { formatChange, formatIndicatorValue } from "../format";
import { positionLabels } from "../statistics";
import { Figure } from "./figure-cell";

/**
 * The schools side by side: sortable by name or by any indicator (the
 * header's link; aria-sort tells which; a new order starts at the first page),
 * each school's figure, change over a year and position against the
 * académie's quartiles (of all its schools, whichever page is shown).
 */
export function ComparisonTable({
  table,
  params,
  hrefFor,
  schoolHref,
}: {
  table: Table;
  params: ComparisonParams;
  hrefFor: (change: Partial<ComparisonParams>) => string;
  schoolHref: (uai: string) => string;
}) {
  const sortLink = (key: string, label: string) => {
    const active = params.sort === key;
    const next = active ? !params.descending : key !== "name";
    return (
      <Link href={hrefFor({ sort: key, descending: next, page: 1 })} className="underline decoration-dotted underline-offset-2">
        {label}
        <span aria-hidden="true">{active ? (params.descending ? " ▼" : " ▲") : " ↕"}</span>
        <span className="sr-only">{active ? `, trié ${params.descending ? "décroissant" : "croissant"} ; trier ${params.descending ? "croissant" : "décroissant"}` : ", trier"}</span>
      </Link>
    );
  };
  const ariaSort = (key: string) => (params.sort === key ? (params.descending ? "descending" : "ascending") : undefined);
  return (
    <ScrollRegion label="Comparaison des établissements">
      <table className="figures-table w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">Établissements de l&apos;académie, indicateurs choisis : valeur, évolution sur un an et position</caption>
        <thead>
          <tr className="text-slate-700">
            <th scope="col" rowSpan={2} aria-sort={ariaSort("name")} className="py-2 pr-3 align-bottom font-medium">{sortLink("name", "Établissement")}</th>
            {table.indicators.map((i) => (
              <th key={i.code} scope="colgroup" colSpan={3} className="border-l border-slate-200 px-2 pt-2 text-center font-medium">{i.label}</th>
            ))}
          </tr>
          <tr className="text-slate-700">
            {table.indicators.map((i) => [
              <th key={`${i.code}-v`} scope="col" aria-sort={ariaSort(i.code)} className="border-l border-slate-200 px-2 py-1 text-right font-medium">{sortLink(i.code, "Valeur")}</th>,
              <th key={`${i.code}-c`} scope="col" className="px-2 py-1 text-right font-medium">Sur un an</th>,
              <th key={`${i.code}-p`} scope="col" className="px-2 py-1 font-medium">Position</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) =>
            // The cells as plain children of the row, not an array: an array would need a key on each
            // of them, and the keys travel in React's payload (a fifth of a row's bytes, for a table
            // that grows with the académie's schools). The row's cells never move on their own.
            createElement(
              "tr",
              { key: row.establishmentId },
              <th scope="row">
                {/* A plain link: a hundred next/link would each be hydrated and prefetch a dashboard. */}
                <a href={schoolHref(row.uai)} className="font-medium underline">{row.name}</a>
                <span className="note">{row.city} · {establishmentKindLabels[row.kind]}</span>
              </th>,
              ...table.indicators.flatMap((i) => {
                const cell = row.cells[i.code]!;
                // Spread into createElement's children below, where React reads no key (react/jsx-key cannot tell).
                /* eslint-disable react/jsx-key */
                return [
                  <td className="num sep"><Figure value={cell.value} suppressed={cell.suppressed} unit={i.unit} /></td>,
                  <td className="num">{formatChange(cell.change, i.unit)}</td>,
                  <td className="text-xs">{cell.position ? positionLabels[cell.position] : "—"}</td>,
                ];
                /* eslint-enable react/jsx-key */
              }),
            ),
          )}
        </tbody>
        <tfoot>
          {(["q1", "median", "q3"] as const).map((stat) => (
            <tr key={stat} className="border-t border-slate-300 bg-slate-50">
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                {stat === "q1" ? "Premier quartile" : stat === "median" ? "Médiane de l'académie" : "Troisième quartile"}
              </th>
              {table.indicators.map((i) => {
                const spread = table.spreads[i.code];
                return (
                  <td key={i.code} colSpan={3} className="num sep px-2 py-2">
                    {spread ? formatIndicatorValue(spread[stat], i.unit) : "—"}
                    {stat === "median" && spread && <span className="block text-xs text-slate-600">sur {spread.count} établissement{spread.count > 1 ? "s" : ""}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
