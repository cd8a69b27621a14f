"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { dangerButton, inputClass, labelClass, smallPrimaryButton } from "@/components/ui/form-styles";
import { useAction } from "@/components/ui/use-action";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteIndicatorValue, saveIndicatorValue } from "../actions";

/**
 * The value of one period (or of the whole year), typed in French format.
 * A save made on an older version is refused with the stored value; the form
 * then holds the newer version, so that saving again replaces it knowingly.
 */
export function ValueForm(props: {
  establishmentId: string;
  indicatorCode: string;
  schoolYear: number;
  periodId: string;
  periodName: string;
  unit: string;
  range: string;
  value: string;
  comment: string;
  /** The stored value's id, to clear it; "" when none is stored. */
  valueId: string;
  version: string;
  canEdit: boolean;
}) {
  const [version, setVersion] = useState(props.version);
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const removal = useAction(deleteIndicatorValue, () => {
    for (const name of ["value", "comment"]) {
      const field = formRef.current?.elements.namedItem(name);
      if (field instanceof HTMLInputElement) field.value = "";
    }
    setVersion("");
    router.refresh();
  });
  const { result, pending, onSubmit } = useActionForm(saveIndicatorValue, { onSuccess: (data) => setVersion(data.version) });
  const conflict = result && !result.ok && result.status === 409 ? (result.current as { version?: string } | undefined) : undefined;
  // After a refused stale save, the form holds the stored version: saving again replaces it knowingly.
  const currentVersion = conflict?.version ?? version;
  const id = `valeur-${props.periodId || "annee"}`;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="rounded border border-slate-200 p-3" noValidate>
      <fieldset disabled={!props.canEdit}>
        <legend className="font-semibold">{props.periodName}</legend>
        <input type="hidden" name="establishmentId" value={props.establishmentId} />
        <input type="hidden" name="indicatorCode" value={props.indicatorCode} />
        <input type="hidden" name="schoolYear" value={props.schoolYear} />
        <input type="hidden" name="periodId" value={props.periodId} />
        <input type="hidden" name="version" value={currentVersion} />
        <div className="mt-2 grid gap-3 sm:grid-cols-[10rem_1fr]">
          <div>
            <label htmlFor={`${id}-value`} className={labelClass}>Valeur ({props.unit})</label>
            <input
              id={`${id}-value`}
              name="value"
              inputMode="decimal"
              defaultValue={props.value}
              aria-describedby={`${id}-range ${id}-value-error`}
              className={inputClass}
            />
            <p id={`${id}-range`} className="mt-1 text-xs text-slate-600">{props.range}</p>
            <FieldError result={result} name="value" id={`${id}-value-error`} />
          </div>
          <div>
            <label htmlFor={`${id}-comment`} className={labelClass}>Commentaire</label>
            <input id={`${id}-comment`} name="comment" defaultValue={props.comment} maxLength={1000} aria-describedby={`${id}-comment-error`} className={inputClass} />
            <FieldError result={result} name="comment" id={`${id}-comment-error`} />
          </div>
        </div>
        {props.canEdit && (
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <button type="submit" disabled={pending} className={smallPrimaryButton}>
              {pending ? "Enregistrement…" : conflict ? "Remplacer la valeur enregistrée" : "Enregistrer"}
            </button>
            {props.valueId && (
              <button
                type="button"
                disabled={removal.pending}
                className={dangerButton}
                onClick={() => {
                  const data = new FormData();
                  data.set("establishmentId", props.establishmentId);
                  data.set("valueId", props.valueId);
                  data.set("version", currentVersion);
                  removal.submit(data);
                }}
              >
                Effacer la valeur
              </button>
            )}
          </div>
        )}
      </fieldset>
      <div className="mt-2">
        <FormMessage result={result} success="Valeur enregistrée." />
        <FormMessage result={removal.result} success="Valeur effacée." />
      </div>
    </form>
  );
}
