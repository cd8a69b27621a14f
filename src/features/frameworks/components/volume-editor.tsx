"use client";

import { useState } from "react";
import { FieldError } from "@/components/ui/form-feedback";
import { parseFrenchDecimal } from "@/lib/french-number";
import type { ActionResult } from "@/server/action-result";
import { diplomaLabels, diplomas, yearOfStudyLabel, yearsOfStudy, type Diploma } from "../diplomas";
import { cycleTotalLabel, hoursFieldValue } from "../format";
import { cycleTotals } from "../totals";

// The regulatory hours of a framework: one row per diploma and year of study,
// the cycle total of each diploma recomputed as the administrator types.
// Rows are sent as "volumes.0.hours"…, numbered over the diplomas ticked, so
// that a refused value comes back next to its own input.

export type VolumeValue = { diploma: Diploma; yearOfStudy: number; hours: number | null; weeklyHours: number | null; note: string };
type RowText = { hours: string; weeklyHours: string; note: string };

const MAX_YEARLY = 1000;
const MAX_WEEKLY = 40;
const key = (diploma: Diploma, year: number) => `${diploma}-${year}`;
const cellInput = "w-full rounded border border-slate-400 bg-white px-2 py-1";

function initialRows(volumes: VolumeValue[]): Record<string, RowText> {
  const rows: Record<string, RowText> = {};
  for (const diploma of diplomas) {
    for (const year of yearsOfStudy[diploma]) rows[key(diploma, year)] = { hours: "", weeklyHours: "", note: "" };
  }
  for (const v of volumes) {
    rows[key(v.diploma, v.yearOfStudy)] = { hours: hoursFieldValue(v.hours), weeklyHours: hoursFieldValue(v.weeklyHours), note: v.note };
  }
  return rows;
}

/** The live cycle total of one diploma, or why it cannot be computed yet. */
function liveTotal(diploma: Diploma, rows: Record<string, RowText>): string {
  const volumes = [];
  for (const year of yearsOfStudy[diploma]) {
    const text = rows[key(diploma, year)]!.hours;
    if (text.trim() === "") {
      volumes.push({ diploma, yearOfStudy: year, hours: null });
      continue;
    }
    const parsed = parseFrenchDecimal(text, { min: 0, max: MAX_YEARLY, decimals: 2 });
    if (!parsed.ok) return `${diplomaLabels[diploma]} : à corriger (${yearOfStudyLabel(diploma, year)})`;
    volumes.push({ diploma, yearOfStudy: year, hours: parsed.value });
  }
  const [total] = cycleTotals(volumes);
  return total ? cycleTotalLabel(total) : "";
}

/** A French number typed in a cell: its own message at once, before the save. */
function cellProblem(text: string, max: number): string | null {
  if (text.trim() === "") return null;
  const parsed = parseFrenchDecimal(text, { min: 0, max, decimals: 2 });
  return parsed.ok ? null : parsed.message;
}

export function VolumeEditor({
  idPrefix,
  volumes,
  result,
}: {
  idPrefix: string;
  volumes: VolumeValue[];
  result: ActionResult<unknown> | null;
}) {
  const [included, setIncluded] = useState<Record<Diploma, boolean>>(() => ({
    CAP: volumes.some((v) => v.diploma === "CAP"),
    BAC_PRO: volumes.some((v) => v.diploma === "BAC_PRO"),
    COLLEGE: volumes.some((v) => v.diploma === "COLLEGE"),
  }));
  const [rows, setRows] = useState(() => initialRows(volumes));
  const update = (rowKey: string, field: keyof RowText, value: string) =>
    setRows((current) => ({ ...current, [rowKey]: { ...current[rowKey]!, [field]: value } }));

  const shown = diplomas.filter((d) => included[d]);
  // Rows are numbered over the diplomas shown, in the order they appear.
  const rowIndex = new Map(shown.flatMap((d) => yearsOfStudy[d].map((year) => key(d, year))).map((k, i) => [k, i]));
  return (
    <fieldset className="min-w-0 space-y-3">
      <legend className="text-base font-semibold">Volumes horaires réglementaires</legend>
      <p id={`${idPrefix}-volumes-help`} className="text-sm text-slate-600">
        Heures de l&apos;ensemble des volets, par année d&apos;étude. Saisissez par exemple 101,5 ; laissez vide quand le texte laisse
        le volume à l&apos;établissement.
      </p>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {diplomas.map((diploma) => (
          <label key={diploma} className="flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              className="size-4"
              checked={included[diploma]}
              onChange={(event) => setIncluded((current) => ({ ...current, [diploma]: event.target.checked }))}
            />
            {diplomaLabels[diploma]}
          </label>
        ))}
      </div>
      <FieldError result={result} name="volumes" id={`${idPrefix}-volumes-error`} />
      {shown.length === 0 ? (
        <p className="text-sm text-slate-700">Cochez le ou les diplômes auxquels le référentiel s&apos;applique.</p>
      ) : (
        <div className="relative overflow-x-auto rounded border border-slate-200">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">Volumes horaires par diplôme et année d&apos;étude</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Année d&apos;étude</th>
                <th scope="col" className="px-3 py-2 font-medium">Heures sur l&apos;année</th>
                <th scope="col" className="px-3 py-2 font-medium">Heures par semaine (repère)</th>
                <th scope="col" className="px-3 py-2 font-medium">Remarque</th>
              </tr>
            </thead>
            {shown.map((diploma) => (
              <tbody key={diploma} className="border-t border-slate-200">
                <tr>
                  <th scope="rowgroup" colSpan={4} className="bg-slate-100 px-3 py-1.5 font-semibold">
                    {diplomaLabels[diploma]}
                  </th>
                </tr>
                {yearsOfStudy[diploma].map((year) => {
                  const rowKey = key(diploma, year);
                  const i = rowIndex.get(rowKey)!;
                  const row = rows[rowKey]!;
                  const yearLabel = `${diplomaLabels[diploma]}, ${yearOfStudyLabel(diploma, year)}`;
                  const id = `${idPrefix}-volume-${rowKey}`;
                  const hoursProblem = cellProblem(row.hours, MAX_YEARLY);
                  const weeklyProblem = cellProblem(row.weeklyHours, MAX_WEEKLY);
                  return (
                    <tr key={rowKey} className="border-t border-slate-100 align-top">
                      <th scope="row" className="px-3 py-2 font-normal">
                        {yearOfStudyLabel(diploma, year)}
                        <input type="hidden" name={`volumes.${i}.diploma`} value={diploma} />
                        <input type="hidden" name={`volumes.${i}.yearOfStudy`} value={year} />
                        <FieldError result={result} name={`volumes.${i}.yearOfStudy`} id={`${id}-year-error`} />
                      </th>
                      <td className="px-3 py-2">
                        <label htmlFor={`${id}-hours`} className="sr-only">Heures sur l&apos;année, {yearLabel}</label>
                        <input
                          id={`${id}-hours`}
                          name={`volumes.${i}.hours`}
                          inputMode="decimal"
                          autoComplete="off"
                          maxLength={12}
                          placeholder="laissé à l'établissement"
                          value={row.hours}
                          onChange={(event) => update(rowKey, "hours", event.target.value)}
                          aria-invalid={hoursProblem ? true : undefined}
                          aria-describedby={`${id}-hours-error ${id}-hours-live`}
                          className={`${cellInput} min-w-32 tabular-nums`}
                        />
                        {/* What is typed now is checked at once; the server's word shows when it sees something else. */}
                        {hoursProblem ? (
                          <p id={`${id}-hours-live`} className="mt-1 text-sm text-red-800">{hoursProblem}</p>
                        ) : (
                          <FieldError result={result} name={`volumes.${i}.hours`} id={`${id}-hours-error`} />
                        )}
                      </td>
                      <td className="px-3 py-2">
                        <label htmlFor={`${id}-weekly`} className="sr-only">Heures par semaine, {yearLabel}</label>
                        <input
                          id={`${id}-weekly`}
                          name={`volumes.${i}.weeklyHours`}
                          inputMode="decimal"
                          autoComplete="off"
                          maxLength={8}
                          value={row.weeklyHours}
                          onChange={(event) => update(rowKey, "weeklyHours", event.target.value)}
                          aria-invalid={weeklyProblem ? true : undefined}
                          aria-describedby={`${id}-weekly-error ${id}-weekly-live`}
                          className={`${cellInput} w-24 tabular-nums`}
                        />
                        {/* What is typed now is checked at once; the server's word shows when it sees something else. */}
                        {weeklyProblem ? (
                          <p id={`${id}-weekly-live`} className="mt-1 text-sm text-red-800">{weeklyProblem}</p>
                        ) : (
                          <FieldError result={result} name={`volumes.${i}.weeklyHours`} id={`${id}-weekly-error`} />
                        )}
                      </td>
                      <td className="px-3 py-2">
                        <label htmlFor={`${id}-note`} className="sr-only">Remarque, {yearLabel}</label>
                        <input
                          id={`${id}-note`}
                          name={`volumes.${i}.note`}
                          autoComplete="off"
                          maxLength={300}
                          value={row.note}
                          onChange={(event) => update(rowKey, "note", event.target.value)}
                          aria-describedby={`${id}-note-error`}
                          className={`${cellInput} min-w-40`}
                        />
                        <FieldError result={result} name={`volumes.${i}.note`} id={`${id}-note-error`} />
                      </td>
                    </tr>
                  );
                })}
                <tr className="border-t border-slate-200 bg-brand-50">
                  <td colSpan={4} className="px-3 py-2 font-medium" aria-live="polite">
                    Total du cycle — {liveTotal(diploma, rows)}
                  </td>
                </tr>
              </tbody>
            ))}
          </table>
        </div>
      )}
    </fieldset>
  );
}
