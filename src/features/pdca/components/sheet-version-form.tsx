"use client";

import { useRouter } from "next/navigation";
import { FieldError } from "@/components/ui/form-feedback";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionForm } from "@/components/ui/use-action-form";
import { createSheetVersion } from "../actions";

/** A new version of a sheet: its title, context and the items of each part, one per line. */
export function SheetVersionForm({
  sheetId,
  nextVersion,
  title,
  context,
  sections,
}: {
  sheetId: string;
  nextVersion: number;
  title: string;
  context: string;
  sections: { key: string; phase: string; title: string; items: string }[];
}) {
  const router = useRouter();
  // The new version becomes the page to edit from.
  const { result, pending, onSubmit } = useActionForm(createSheetVersion, { onSuccess: (created) => router.push(`/admin/grilles/${created.id}`) });
  return (
    <form onSubmit={onSubmit} className="space-y-5">
      <input type="hidden" name="sheetId" value={sheetId} />
      <p className="max-w-prose text-sm text-slate-700">
        Modifiez puis enregistrez la version {nextVersion}. Un élément par ligne, précédé de « Q : » (question), « I : » (indicateur) ou
        « R : » (repère) ; ses sous-points en dessous, en retrait, précédés de « • ». Les grilles déjà commencées ne changent pas.
      </p>
      <div>
        <label htmlFor="fiche-titre" className={labelClass}>Titre</label>
        <input id="fiche-titre" name="title" defaultValue={title} required className={inputClass} aria-describedby="fiche-titre-erreur" />
        <FieldError result={result} name="title" id="fiche-titre-erreur" />
      </div>
      <div>
        <label htmlFor="fiche-note" className={labelClass}>Origine de cette version (texte, réforme, date)</label>
        <input id="fiche-note" name="note" required className={inputClass} aria-describedby="fiche-note-erreur" />
        <FieldError result={result} name="note" id="fiche-note-erreur" />
      </div>
      <div>
        <label htmlFor="fiche-contexte" className={labelClass}>Contexte (en tête de Planifier)</label>
        <textarea id="fiche-contexte" name="context" defaultValue={context} rows={5} className={inputClass} />
      </div>
      {sections.map((section, i) => (
        <fieldset key={section.key} className="rounded border border-slate-200 bg-white p-4">
          <legend className="px-1 text-sm font-semibold">{section.phase} — {section.title}</legend>
          <input type="hidden" name={`sections.${i}.key`} value={section.key} />
          <label htmlFor={`partie-${i}-titre`} className={labelClass}>Titre de la partie</label>
          <input id={`partie-${i}-titre`} name={`sections.${i}.title`} defaultValue={section.title} required className={inputClass} />
          <label htmlFor={`partie-${i}-elements`} className={`${labelClass} mt-3`}>Éléments</label>
          <textarea
            id={`partie-${i}-elements`}
            name={`sections.${i}.items`}
            defaultValue={section.items}
            rows={Math.min(20, section.items.split("\n").length + 2)}
            className={`${inputClass} font-mono text-sm`}
            aria-describedby={`partie-${i}-elements-erreur`}
          />
          <FieldError result={result} name={`sections.${i}.items`} id={`partie-${i}-elements-erreur`} />
        </fieldset>
      ))}
      <SubmitRow pending={pending} result={result} idle={`Enregistrer la version ${nextVersion}`} busy="Enregistrement…" success={`Version ${nextVersion} enregistrée.`} />
    </form>
  );
}
