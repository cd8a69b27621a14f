"use client";

import { useEffect, useRef, useState } from "react";
import { FormMessage } from "@/components/ui/form-feedback";
import { dangerButton, primaryButton, secondaryButton, smallPrimaryButton } from "@/components/ui/form-styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { createPupil, deletePupil, updatePupil } from "../actions";
import type { PupilItem } from "../queries";
import type { DivisionChoice } from "./division-picker";
import { PupilFields } from "./pupil-fields";

const rowButton = "max-sm:px-2";

type Pupil = Omit<PupilItem, "updatedAt"> & { version: string };

function CreatePupilForm({ establishmentId, schoolYear, divisions, divisionId }: { establishmentId: string; schoolYear: number; divisions: DivisionChoice[]; divisionId: string | null }) {
  const { result, pending, onSubmit } = useActionForm(createPupil, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-start">
      <h3 className="font-semibold sm:col-span-2 lg:col-span-4">Ajouter un élève</h3>
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <input type="hidden" name="schoolYear" value={schoolYear} />
      <PupilFields idPrefix="pupil-new" result={result} divisions={divisions} initial={{ divisionId: divisionId ?? undefined }} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Ajout…" : "Ajouter l'élève"}
        </button>
        <div className="min-w-0 flex-1">
          <FormMessage result={result} success="Élève ajouté." />
        </div>
      </div>
    </form>
  );
}

function EditPupilRow({ pupil, establishmentId, divisions, onDone }: { pupil: Pupil; establishmentId: string; divisions: DivisionChoice[]; onDone: () => void }) {
  const { result, pending, onSubmit } = useActionForm(updatePupil, { onSuccess: onDone });
  return (
    <tr className="border-t border-slate-200 bg-slate-50">
      <td colSpan={4} className="p-3">
        <form onSubmit={onSubmit} noValidate aria-label={`Modifier l'élève ${pupil.firstName} ${pupil.lastName}`} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-start">
          <input type="hidden" name="establishmentId" value={establishmentId} />
          <input type="hidden" name="pupilId" value={pupil.id} />
          <input type="hidden" name="version" value={pupil.version} />
          <PupilFields idPrefix={`pupil-${pupil.id}`} result={result} divisions={divisions} initial={pupil} autoFocus />
          <div className="flex flex-wrap items-center gap-2 sm:col-span-2 lg:col-span-4">
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

function PupilRow({ pupil, establishmentId, canEdit, focus, onEdit }: { pupil: Pupil; establishmentId: string; canEdit: boolean; focus: boolean; onEdit: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const removal = useActionForm(deletePupil);
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focus) editButton.current?.focus();
  }, [focus]);
  const fullName = `${pupil.firstName} ${pupil.lastName}`;
  return (
    <>
      <tr className="border-t border-slate-200 align-top">
        <th scope="row" className="py-2 pr-2 text-left font-medium sm:pr-3">
          <span className="break-words">{pupil.lastName}</span>
        </th>
        <td className="py-2 pr-2 sm:pr-3">{pupil.firstName}</td>
        <td className="hidden py-2 pr-2 sm:table-cell sm:pr-3">{pupil.localId ?? <span className="text-slate-500">—</span>}</td>
        {canEdit && (
          <td className="py-2">
            {confirming ? (
              <form onSubmit={removal.onSubmit} className="flex flex-col gap-1.5 sm:flex-row sm:flex-wrap sm:items-center sm:gap-2">
                <input type="hidden" name="establishmentId" value={establishmentId} />
                <input type="hidden" name="pupilId" value={pupil.id} />
                <span className="text-sm">Retirer {fullName} et ses diagnostics ?</span>
                <button type="submit" disabled={removal.pending} className={`${dangerButton} ${rowButton}`} autoFocus>
                  Confirmer<span className="sr-only"> le retrait de {fullName}</span>
                </button>
                <button type="button" onClick={() => setConfirming(false)} className={`${secondaryButton} ${rowButton}`}>Annuler</button>
              </form>
            ) : (
              <div className="flex flex-col gap-1.5 sm:flex-row sm:flex-wrap sm:gap-2">
                <button ref={editButton} type="button" onClick={onEdit} className={`${secondaryButton} ${rowButton}`}>
                  Modifier<span className="sr-only"> {fullName}</span>
                </button>
                <button type="button" onClick={() => setConfirming(true)} className={`${dangerButton} ${rowButton}`}>
                  Retirer<span className="sr-only"> {fullName}</span>
                </button>
              </div>
            )}
          </td>
        )}
      </tr>
      {removal.result && !removal.result.ok && (
        <tr>
          <td colSpan={4} className="pb-2">
            <FormMessage result={removal.result} />
          </td>
        </tr>
      )}
    </>
  );
}

/** The pupils of a class, and for those who may, their addition, edition and removal. */
export function PupilsPanel({
  establishmentId,
  schoolYear,
  divisions,
  divisionId,
  caption,
  pupils,
  canEdit,
}: {
  establishmentId: string;
  schoolYear: number;
  divisions: DivisionChoice[];
  divisionId: string | null;
  caption: string;
  pupils: Pupil[];
  canEdit: boolean;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [lastEdited, setLastEdited] = useState<string | null>(null);
  return (
    <div className="space-y-6">
      {pupils.length === 0 ? (
        <p>Aucun élève n&apos;est enregistré dans cette classe.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left">
            <caption className="mb-2 text-left font-semibold">{caption}</caption>
            <thead>
              <tr className="text-sm text-slate-600">
                <th scope="col" className="py-2 pr-2 font-medium sm:pr-3">Nom</th>
                <th scope="col" className="py-2 pr-2 font-medium sm:pr-3">Prénom</th>
                <th scope="col" className="hidden py-2 pr-2 font-medium sm:table-cell sm:pr-3">Identifiant</th>
                {canEdit && <th scope="col" className="py-2 font-medium"><span className="sr-only">Actions</span></th>}
              </tr>
            </thead>
            <tbody>
              {pupils.map((pupil) =>
                canEdit && editing === pupil.id ? (
                  <EditPupilRow
                    key={pupil.id}
                    pupil={pupil}
                    establishmentId={establishmentId}
                    divisions={divisions}
                    onDone={() => {
                      setEditing(null);
                      setLastEdited(pupil.id);
                    }}
                  />
                ) : (
                  <PupilRow
                    key={pupil.id}
                    pupil={pupil}
                    establishmentId={establishmentId}
                    canEdit={canEdit}
                    focus={lastEdited === pupil.id}
                    onEdit={() => {
                      setLastEdited(null);
                      setEditing(pupil.id);
                    }}
                  />
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && divisions.length > 0 && <CreatePupilForm establishmentId={establishmentId} schoolYear={schoolYear} divisions={divisions} divisionId={divisionId} />}
    </div>
  );
}
