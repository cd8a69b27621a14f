"use client";

import { FieldError } from "@/components/ui/form-feedback";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import type { ActionResult } from "@/server/action-result";
import { LOCAL_ID_MAX, NAME_MAX } from "../schemas";
import type { DivisionChoice } from "./division-picker";

export type PupilValues = { lastName: string; firstName: string; localId: string | null; divisionId: string };

/** The four fields of a pupil: nothing else is stored. */
export function PupilFields({
  idPrefix,
  result,
  divisions,
  initial,
  autoFocus,
}: {
  idPrefix: string;
  result: ActionResult<unknown> | null;
  divisions: DivisionChoice[];
  initial?: Partial<PupilValues>;
  autoFocus?: boolean;
}) {
  const field = (name: string) => ({
    id: `${idPrefix}-${name}`,
    name,
    "aria-describedby": `${idPrefix}-${name}-error`,
    "aria-invalid": result && !result.ok && result.fieldErrors?.[name] ? true : undefined,
  });
  return (
    <>
      <div>
        <label htmlFor={`${idPrefix}-lastName`} className={labelClass}>Nom</label>
        <input {...field("lastName")} defaultValue={initial?.lastName} required maxLength={NAME_MAX} autoComplete="off" autoFocus={autoFocus} className={inputClass} />
        <FieldError result={result} name="lastName" id={`${idPrefix}-lastName-error`} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-firstName`} className={labelClass}>Prénom</label>
        <input {...field("firstName")} defaultValue={initial?.firstName} required maxLength={NAME_MAX} autoComplete="off" className={inputClass} />
        <FieldError result={result} name="firstName" id={`${idPrefix}-firstName-error`} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-divisionId`} className={labelClass}>Classe</label>
        <select {...field("divisionId")} defaultValue={initial?.divisionId} required className={inputClass}>
          {divisions.map((d) => (
            <option key={d.id} value={d.id}>{d.name}</option>
          ))}
        </select>
        <FieldError result={result} name="divisionId" id={`${idPrefix}-divisionId-error`} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-localId`} className={labelClass}>
          Identifiant <span className="font-normal text-slate-600">(facultatif : INE, n° interne)</span>
        </label>
        <input {...field("localId")} defaultValue={initial?.localId ?? ""} maxLength={LOCAL_ID_MAX} autoComplete="off" className={inputClass} />
        <FieldError result={result} name="localId" id={`${idPrefix}-localId-error`} />
      </div>
    </>
  );
}
