"use client";

import { useState } from "react";
import { FieldError } from "@/components/ui/form-feedback";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { diplomaLabels, diplomas, yearOfStudyLabel, yearsOfStudy, type Diploma } from "@/features/frameworks/diplomas";
import type { ActionResult } from "@/server/action-result";
import { HEADCOUNT_MAX, NAME_MAX, TRADE_MAX } from "../schemas";

export type DivisionValues = { name: string; diploma: Diploma; yearOfStudy: number; trade: string; headcount: number };

/** The fields of a class; the years offered follow the diploma chosen. */
export function DivisionFields({
  idPrefix,
  result,
  initial,
  autoFocus,
}: {
  idPrefix: string;
  result: ActionResult<unknown> | null;
  initial?: DivisionValues;
  autoFocus?: boolean;
}) {
  const [diploma, setDiploma] = useState<Diploma>(initial?.diploma ?? "BAC_PRO");
  const initialYear = initial && initial.diploma === diploma ? initial.yearOfStudy : yearsOfStudy[diploma][0];
  const field = (name: string) => ({
    id: `${idPrefix}-${name}`,
    name,
    "aria-describedby": `${idPrefix}-${name}-error`,
    "aria-invalid": result && !result.ok && result.fieldErrors?.[name] ? true : undefined,
  });
  return (
    <>
      <div>
        <label htmlFor={`${idPrefix}-name`} className={labelClass}>Nom de la classe</label>
        <input {...field("name")} defaultValue={initial?.name} required maxLength={NAME_MAX} autoComplete="off" autoFocus={autoFocus} className={inputClass} />
        <FieldError result={result} name="name" id={`${idPrefix}-name-error`} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-diploma`} className={labelClass}>Formation</label>
        <select {...field("diploma")} value={diploma} onChange={(e) => setDiploma(e.target.value as Diploma)} className={inputClass}>
          {diplomas.map((d) => (
            <option key={d} value={d}>{diplomaLabels[d]}</option>
          ))}
        </select>
        <FieldError result={result} name="diploma" id={`${idPrefix}-diploma-error`} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-yearOfStudy`} className={labelClass}>Année</label>
        <select key={diploma} {...field("yearOfStudy")} defaultValue={initialYear} className={inputClass}>
          {yearsOfStudy[diploma].map((y) => (
            <option key={y} value={y}>{yearOfStudyLabel(diploma, y)}</option>
          ))}
        </select>
        <FieldError result={result} name="yearOfStudy" id={`${idPrefix}-yearOfStudy-error`} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-trade`} className={labelClass}>Spécialité <span className="font-normal text-slate-600">(facultatif)</span></label>
        <input {...field("trade")} defaultValue={initial?.trade} maxLength={TRADE_MAX} className={inputClass} />
        <FieldError result={result} name="trade" id={`${idPrefix}-trade-error`} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-headcount`} className={labelClass}>Effectif</label>
        <input {...field("headcount")} type="number" inputMode="numeric" min={0} max={HEADCOUNT_MAX} step={1} defaultValue={initial?.headcount ?? 0} required className={inputClass} />
        <FieldError result={result} name="headcount" id={`${idPrefix}-headcount-error`} />
      </div>
    </>
  );
}
