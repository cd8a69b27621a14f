"use client";

import { useState } from "react";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { inputClass, labelClass, smallPrimaryButton } from "@/components/ui/form-styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveIndicatorTarget } from "../actions";

/** The year's baseline and target of one indicator (coordinators and principals). */
export function TargetForm(props: {
  establishmentId: string;
  indicatorCode: string;
  schoolYear: number;
  unit: string;
  range: string;
  baseline: string;
  target: string;
  comment: string;
  version: string;
  canEdit: boolean;
}) {
  const [version, setVersion] = useState(props.version);
  const { result, pending, onSubmit } = useActionForm(saveIndicatorTarget, { onSuccess: (data) => setVersion(data.version) });
  const conflict = result && !result.ok && result.status === 409 ? (result.current as { version?: string } | undefined) : undefined;
  // After a refused stale save, the form holds the stored version: saving again replaces it knowingly.
  const currentVersion = conflict?.version ?? version;
  return (
    <form onSubmit={onSubmit} className="rounded border border-slate-200 p-3" noValidate>
      <fieldset disabled={!props.canEdit}>
        <legend className="font-semibold">Situation de départ et cible de l&apos;année</legend>
        <input type="hidden" name="establishmentId" value={props.establishmentId} />
        <input type="hidden" name="indicatorCode" value={props.indicatorCode} />
        <input type="hidden" name="schoolYear" value={props.schoolYear} />
        <input type="hidden" name="version" value={currentVersion} />
        <p id="cible-plage" className="mt-1 text-xs text-slate-600">{props.range}</p>
        <div className="mt-2 grid gap-3 sm:grid-cols-[10rem_10rem_1fr]">
          <div>
            <label htmlFor="cible-depart" className={labelClass}>Départ ({props.unit})</label>
            <input id="cible-depart" name="baseline" inputMode="decimal" defaultValue={props.baseline} aria-describedby="cible-plage cible-depart-erreur" className={inputClass} />
            <FieldError result={result} name="baseline" id="cible-depart-erreur" />
          </div>
          <div>
            <label htmlFor="cible-valeur" className={labelClass}>Cible ({props.unit})</label>
            <input id="cible-valeur" name="target" inputMode="decimal" defaultValue={props.target} aria-describedby="cible-plage cible-valeur-erreur" className={inputClass} />
            <FieldError result={result} name="target" id="cible-valeur-erreur" />
          </div>
          <div>
            <label htmlFor="cible-commentaire" className={labelClass}>Commentaire</label>
            <input id="cible-commentaire" name="comment" defaultValue={props.comment} maxLength={1000} className={inputClass} />
          </div>
        </div>
        {props.canEdit && (
          <div className="mt-3">
            <button type="submit" disabled={pending} className={smallPrimaryButton}>
              {pending ? "Enregistrement…" : conflict ? "Remplacer la cible enregistrée" : "Enregistrer la cible"}
            </button>
          </div>
        )}
      </fieldset>
      <div className="mt-2">
        <FormMessage result={result} success="Cible enregistrée." />
      </div>
    </form>
  );
}
