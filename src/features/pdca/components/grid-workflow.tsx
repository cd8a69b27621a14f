"use client";

import { useState } from "react";
import { FieldError } from "@/components/ui/form-feedback";
import { inputClass, labelClass } from "@/components/ui/form-styles";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionForm } from "@/components/ui/use-action-form";
import type { GridStatus } from "@/generated/prisma/enums";
import { coachGrid, reopenGrid, returnGrid, submitGrid, validateGrid } from "../actions";

/** What each reader may do with the grid now: submit it, validate or return it, reopen it, comment it. */
export function GridWorkflow({
  establishmentId,
  gridId,
  status,
  version,
  canSubmit,
  canReview,
  canCoach,
  missing,
}: {
  establishmentId: string;
  gridId: string;
  status: GridStatus;
  version: string;
  canSubmit: boolean;
  canReview: boolean;
  canCoach: boolean;
  missing: number;
}) {
  // A step's form leaves the page once the step is done: its outcome is said above the forms.
  const [done, setDone] = useState<string | null>(null);
  const submit = useActionForm(submitGrid, { onSuccess: () => setDone("Grille soumise.") });
  const validate = useActionForm(validateGrid, { onSuccess: () => setDone("Grille validée.") });
  const giveBack = useActionForm(returnGrid, { onSuccess: () => setDone("Grille renvoyée.") });
  const reopen = useActionForm(reopenGrid, { onSuccess: () => setDone("Grille rouverte.") });
  const coach = useActionForm(coachGrid, { resetOnSuccess: true });
  const hidden = (
    <>
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <input type="hidden" name="gridId" value={gridId} />
    </>
  );
  const showSubmit = canSubmit && (status === "DRAFT" || status === "RETURNED");
  const showReview = canReview && status === "SUBMITTED";
  const showReopen = canReview && status === "VALIDATED";
  return (
    <section aria-labelledby="validation" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h3 id="validation" className="font-semibold">Validation</h3>
      <p role="status" className={done ? "rounded border border-green-300 bg-green-50 p-2 text-green-900" : "sr-only"}>
        {done ?? ""}
      </p>
      {!showSubmit && !showReview && !showReopen && !canCoach && (
        <p>
          {status === "SUBMITTED"
            ? "La grille attend la décision du chef d'établissement."
            : status === "VALIDATED"
              ? "La grille est validée."
              : "La grille est en cours de rédaction par l'équipe."}
        </p>
      )}
      {showSubmit && (
        <form onSubmit={submit.onSubmit} className="space-y-2">
          {hidden}
          <input type="hidden" name="version" value={version} />
          {missing > 0 && <p className="text-amber-900">Il reste {missing} élément{missing > 1 ? "s" : ""} à compléter : vous pouvez soumettre quand même.</p>}
          <label htmlFor="soumission-commentaire" className={labelClass}>Message au chef d&apos;établissement (facultatif)</label>
          <textarea id="soumission-commentaire" name="comment" rows={2} className={inputClass} aria-describedby="soumission-commentaire-erreur" />
          <FieldError result={submit.result} name="comment" id="soumission-commentaire-erreur" />
          <SubmitRow pending={submit.pending} result={submit.result} idle="Soumettre la grille" busy="Envoi…" />
        </form>
      )}
      {showReview && (
        <>
          <form onSubmit={validate.onSubmit} className="space-y-2">
            {hidden}
            <input type="hidden" name="version" value={version} />
            <label htmlFor="validation-commentaire" className={labelClass}>Commentaire de validation (facultatif)</label>
            <textarea id="validation-commentaire" name="comment" rows={2} className={inputClass} />
            <SubmitRow pending={validate.pending} result={validate.result} idle="Valider la grille" busy="Validation…" />
          </form>
          <form onSubmit={giveBack.onSubmit} className="space-y-2 border-t border-slate-200 pt-3">
            {hidden}
            <input type="hidden" name="version" value={version} />
            <label htmlFor="renvoi-commentaire" className={labelClass}>Ce qui est à reprendre</label>
            <textarea id="renvoi-commentaire" name="comment" rows={3} className={inputClass} aria-describedby="renvoi-commentaire-erreur" />
            <FieldError result={giveBack.result} name="comment" id="renvoi-commentaire-erreur" />
            <SubmitRow pending={giveBack.pending} result={giveBack.result} idle="Renvoyer au coordonnateur" busy="Envoi…" />
          </form>
        </>
      )}
      {showReopen && (
        <form onSubmit={reopen.onSubmit} className="space-y-2">
          {hidden}
          <input type="hidden" name="version" value={version} />
          <label htmlFor="reouverture-commentaire" className={labelClass}>Motif de la réouverture (facultatif)</label>
          <textarea id="reouverture-commentaire" name="comment" rows={2} className={inputClass} />
          <SubmitRow pending={reopen.pending} result={reopen.result} idle="Rouvrir la grille" busy="Réouverture…" />
        </form>
      )}
      {canCoach && (
        <form onSubmit={coach.onSubmit} className="space-y-2 border-t border-slate-200 pt-3">
          {hidden}
          <label htmlFor="accompagnement-commentaire" className={labelClass}>Commentaire d&apos;accompagnement</label>
          <textarea id="accompagnement-commentaire" name="comment" rows={3} className={inputClass} aria-describedby="accompagnement-commentaire-erreur" />
          <FieldError result={coach.result} name="comment" id="accompagnement-commentaire-erreur" />
          <SubmitRow pending={coach.pending} result={coach.result} idle="Publier le commentaire" busy="Envoi…" success="Commentaire publié." />
        </form>
      )}
    </section>
  );
}
