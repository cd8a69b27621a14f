"use client";

import { FieldError } from "@/components/ui/form-feedback";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionForm } from "@/components/ui/use-action-form";
import { startGrid } from "../actions";

/** Starts a scheme's grid, blank or from last year's Act. */
export function StartGridForm({
  establishmentId,
  schemeId,
  canCarryOver,
  previousYear,
}: {
  establishmentId: string;
  schemeId: string;
  canCarryOver: boolean;
  previousYear: string;
}) {
  const { result, pending, onSubmit } = useActionForm(startGrid);
  const errorId = `reprise-${schemeId}-erreur`;
  return (
    <form onSubmit={onSubmit} className="mt-3 space-y-2">
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <input type="hidden" name="schemeId" value={schemeId} />
      {canCarryOver ? (
        <fieldset className="text-sm">
          <legend className="font-medium">Point de départ</legend>
          <label className="mt-1 flex items-center gap-2">
            <input type="radio" name="carryOver" value="oui" defaultChecked aria-describedby={errorId} />
            Reprendre les objectifs et les actions de l&apos;Agir {previousYear}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="carryOver" value="non" />
            Grille vierge
          </label>
          <FieldError result={result} name="carryOver" id={errorId} />
        </fieldset>
      ) : (
        <input type="hidden" name="carryOver" value="non" />
      )}
      <SubmitRow pending={pending} result={result} idle="Commencer la grille" busy="Création…" />
    </form>
  );
}
