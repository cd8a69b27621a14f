"use client";

import { useEffect, useRef, useState } from "react";
import { FormMessage } from "@/components/ui/form-feedback";
import { dangerButton, primaryButton, secondaryButton, smallPrimaryButton } from "@/components/ui/form-styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { diplomaLabels, yearOfStudyLabel } from "@/features/frameworks/diplomas";
import { schoolYearLabel } from "@/lib/school-year";
import { createDivision, deleteDivision, updateDivision } from "../actions";
import type { DivisionItem } from "../queries";
import { DivisionFields } from "./division-fields";

export function formationLabel(division: Pick<DivisionItem, "diploma" | "yearOfStudy">): string {
  return `${diplomaLabels[division.diploma]} · ${yearOfStudyLabel(division.diploma, division.yearOfStudy)}`;
}

// Narrower buttons on phones, so that the table fits a 390 px screen.
const rowButton = "max-sm:px-2";

function CreateDivisionForm({ establishmentId, schoolYear }: { establishmentId: string; schoolYear: number }) {
  const { result, pending, onSubmit } = useActionForm(createDivision, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-start">
      <h3 className="font-semibold sm:col-span-2 lg:col-span-5">Ajouter une classe</h3>
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <input type="hidden" name="schoolYear" value={schoolYear} />
      <DivisionFields idPrefix="division-new" result={result} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-5">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Ajout…" : "Ajouter la classe"}
        </button>
        <div className="min-w-0 flex-1">
          <FormMessage result={result} success="Classe ajoutée." />
        </div>
      </div>
    </form>
  );
}

function EditDivisionRow({ division, establishmentId, onDone }: { division: DivisionItem; establishmentId: string; onDone: () => void }) {
  const { result, pending, onSubmit } = useActionForm(updateDivision, { onSuccess: onDone });
  const idPrefix = `division-${division.id}`;
  return (
    <tr className="border-t border-slate-200 bg-slate-50">
      <td colSpan={5} className="p-3">
        <form onSubmit={onSubmit} noValidate aria-label={`Modifier la classe ${division.name}`} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-start">
          <input type="hidden" name="establishmentId" value={establishmentId} />
          <input type="hidden" name="divisionId" value={division.id} />
          <input type="hidden" name="version" value={division.updatedAt.toISOString()} />
          <DivisionFields idPrefix={idPrefix} result={result} initial={division} autoFocus />
          <div className="flex flex-wrap items-center gap-2 sm:col-span-2 lg:col-span-5">
            <button type="submit" disabled={pending} className={smallPrimaryButton}>
              {pending ? "Enregistrement…" : "Enregistrer"}
            </button>
            <button type="button" onClick={onDone} className={secondaryButton}>Annuler</button>
            <div className="min-w-0 flex-1">
              <FormMessage result={result} />
            </div>
          </div>
        </form>
      </td>
    </tr>
  );
}

function DivisionRow({
  division,
  establishmentId,
  canEdit,
  focus,
  onEdit,
}: {
  division: DivisionItem;
  establishmentId: string;
  canEdit: boolean;
  focus: boolean;
  onEdit: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const removal = useActionForm(deleteDivision);
  const editButton = useRef<HTMLButtonElement>(null);
  // Back from editing, the keyboard goes on from the row's own button.
  useEffect(() => {
    if (focus) editButton.current?.focus();
  }, [focus]);
  const row = (
    <tr className="border-t border-slate-200 align-top">
      <th scope="row" className="py-2 pr-2 sm:pr-3 text-left font-medium">
        <span className="break-words">{division.name}</span>
        {division.trade && <span className="block text-sm font-normal text-slate-600 sm:hidden">{division.trade}</span>}
      </th>
      <td className="py-2 pr-2 sm:pr-3">{formationLabel(division)}</td>
      <td className="hidden py-2 pr-2 sm:pr-3 sm:table-cell">{division.trade || <span className="text-slate-500">—</span>}</td>
      <td className="py-2 pr-2 sm:pr-3 text-right tabular-nums">{division.headcount}</td>
      {canEdit && (
        <td className="py-2">
          {confirming ? (
            <form onSubmit={removal.onSubmit} className="flex flex-col gap-1.5 sm:flex-row sm:flex-wrap sm:items-center sm:gap-2">
              <input type="hidden" name="establishmentId" value={establishmentId} />
              <input type="hidden" name="divisionId" value={division.id} />
              <span className="text-sm">Supprimer {division.name} ?</span>
              <button type="submit" disabled={removal.pending} className={`${dangerButton} ${rowButton}`} autoFocus>
                Confirmer<span className="sr-only"> la suppression de {division.name}</span>
              </button>
              <button type="button" onClick={() => setConfirming(false)} className={`${secondaryButton} ${rowButton}`}>Annuler</button>
            </form>
          ) : (
            <div className="flex flex-col gap-1.5 sm:flex-row sm:flex-wrap sm:gap-2">
              <button ref={editButton} type="button" onClick={onEdit} className={`${secondaryButton} ${rowButton}`}>
                Modifier<span className="sr-only"> la classe {division.name}</span>
              </button>
              <button type="button" onClick={() => setConfirming(true)} className={`${dangerButton} ${rowButton}`}>
                Supprimer<span className="sr-only"> la classe {division.name}</span>
              </button>
            </div>
          )}
        </td>
      )}
    </tr>
  );
  const refused = removal.result && !removal.result.ok;
  // A refused removal is explained across the whole row, readable on a phone too.
  return refused ? (
    <>
      {row}
      <tr>
        <td colSpan={5} className="pb-2">
          <FormMessage result={removal.result} />
        </td>
      </tr>
    </>
  ) : (
    row
  );
}

/** The classes of a school year, and for those who may, their creation, edition and removal. */
export function DivisionsPanel({
  establishmentId,
  schoolYear,
  divisions,
  canEdit,
}: {
  establishmentId: string;
  schoolYear: number;
  divisions: DivisionItem[];
  canEdit: boolean;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [lastEdited, setLastEdited] = useState<string | null>(null);
  const total = divisions.reduce((sum, d) => sum + d.headcount, 0);
  return (
    <div className="space-y-6">
      {divisions.length === 0 ? (
        <p>Aucune classe n&apos;est enregistrée pour {schoolYearLabel(schoolYear)}.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">Classes de l&apos;année {schoolYearLabel(schoolYear)}</caption>
            <thead>
              <tr className="text-sm text-slate-600">
                <th scope="col" className="py-2 pr-2 sm:pr-3 font-medium">Classe</th>
                <th scope="col" className="py-2 pr-2 sm:pr-3 font-medium">Formation</th>
                <th scope="col" className="hidden py-2 pr-2 sm:pr-3 font-medium sm:table-cell">Spécialité</th>
                <th scope="col" className="py-2 pr-2 sm:pr-3 text-right font-medium">Effectif</th>
                {canEdit && <th scope="col" className="py-2 font-medium"><span className="sr-only">Actions</span></th>}
              </tr>
            </thead>
            <tbody>
              {divisions.map((division) =>
                canEdit && editing === division.id ? (
                  <EditDivisionRow
                    key={division.id}
                    division={division}
                    establishmentId={establishmentId}
                    onDone={() => {
                      setEditing(null);
                      setLastEdited(division.id);
                    }}
                  />
                ) : (
                  <DivisionRow
                    key={division.id}
                    division={division}
                    establishmentId={establishmentId}
                    canEdit={canEdit}
                    focus={lastEdited === division.id}
                    onEdit={() => {
                      setLastEdited(null);
                      setEditing(division.id);
                    }}
                  />
                ),
              )}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-slate-300">
                <th scope="row" colSpan={2} className="py-2 pr-2 sm:pr-3 text-left font-medium">
                  {divisions.length} classe{divisions.length > 1 ? "s" : ""}
                </th>
                <td className="hidden sm:table-cell" />
                <td className="py-2 pr-2 sm:pr-3 text-right font-medium tabular-nums">{total}</td>
                {canEdit && <td />}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {canEdit && <CreateDivisionForm establishmentId={establishmentId} schoolYear={schoolYear} />}
    </div>
  );
}
