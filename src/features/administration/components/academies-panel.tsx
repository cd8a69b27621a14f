"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { createAcademy, updateAcademy } from "../actions";
import type { AcademyRow } from "../queries";
import { inputClass, labelClass, primaryButton, secondaryButton, smallPrimaryButton, useAdminForm } from "./use-admin-form";

function CreateAcademyForm() {
  const { result, pending, onSubmit } = useAdminForm(createAcademy, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[8rem_1fr_auto] sm:items-start">
      <h2 className="text-lg font-semibold sm:col-span-3">Créer une académie</h2>
      <div>
        <label htmlFor="academy-code" className={labelClass}>Code</label>
        <input id="academy-code" name="code" required maxLength={3} pattern="[0-9A-Za-z]{1,3}" autoComplete="off" className={`${inputClass} font-mono uppercase`} aria-describedby="academy-code-help academy-code-error" />
        <p id="academy-code-help" className="mt-1 text-xs text-slate-600">1 à 3 chiffres ou lettres, par exemple 07.</p>
        <FieldError result={result} name="code" id="academy-code-error" />
      </div>
      <div>
        <label htmlFor="academy-name" className={labelClass}>Nom</label>
        <input id="academy-name" name="name" required maxLength={80} autoComplete="off" className={inputClass} aria-describedby="academy-name-error" />
        <FieldError result={result} name="name" id="academy-name-error" />
      </div>
      <button type="submit" disabled={pending} className={`${primaryButton} sm:mt-6`}>
        {pending ? "Création…" : "Créer"}
      </button>
      <div className="sm:col-span-3">
        <FormMessage result={result} success="Académie créée." />
      </div>
    </form>
  );
}

function AcademyEditRow({ academy, onDone }: { academy: AcademyRow; onDone: () => void }) {
  const formId = `academy-edit-${academy.id}`;
  const { result, pending, onSubmit } = useAdminForm(updateAcademy, { onSuccess: onDone });
  return (
    <tr className="border-t border-slate-200 bg-slate-50 align-top">
      <td className="py-2 pr-4">
        <label htmlFor={`${formId}-code`} className="sr-only">Code de l&apos;académie</label>
        <input id={`${formId}-code`} form={formId} name="code" defaultValue={academy.code} required maxLength={3} autoFocus className="w-20 rounded border border-slate-400 bg-white px-2 py-1 font-mono uppercase" aria-describedby={`${formId}-code-error`} />
        <FieldError result={result} name="code" id={`${formId}-code-error`} />
      </td>
      <td className="py-2 pr-4">
        <label htmlFor={`${formId}-name`} className="sr-only">Nom de l&apos;académie</label>
        <input id={`${formId}-name`} form={formId} name="name" defaultValue={academy.name} required maxLength={80} className="w-full min-w-40 rounded border border-slate-400 bg-white px-2 py-1" aria-describedby={`${formId}-name-error`} />
        <FieldError result={result} name="name" id={`${formId}-name-error`} />
      </td>
      <td className="py-2 pr-4 text-right tabular-nums">{academy.establishments}</td>
      <td className="py-2 pr-4 text-right tabular-nums">{academy.inspectors}</td>
      <td className="py-2">
        <form id={formId} onSubmit={onSubmit} className="flex flex-wrap gap-2">
          <input type="hidden" name="academyId" value={academy.id} />
          <button type="submit" disabled={pending} className={smallPrimaryButton}>
            {pending ? "Enregistrement…" : "Enregistrer"}
          </button>
          <button type="button" onClick={onDone} className={secondaryButton}>Annuler</button>
        </form>
        <div className="mt-2">
          <FormMessage result={result} />
        </div>
      </td>
    </tr>
  );
}

function AcademyViewRow({ academy, onEdit, focus }: { academy: AcademyRow; onEdit: () => void; focus: boolean }) {
  const button = useRef<HTMLButtonElement>(null);
  // Back from editing, the keyboard goes on from the row's own button.
  useEffect(() => {
    if (focus) button.current?.focus();
  }, [focus]);
  return (
    <tr className="border-t border-slate-200 align-top">
      <td className="py-2 pr-4 font-mono">{academy.code}</td>
      <td className="py-2 pr-4 font-medium">{academy.name}</td>
      <td className="py-2 pr-4 text-right tabular-nums">
        <Link href={`/admin/etablissements#academie-${academy.code}`} className="text-brand-700 underline-offset-2 hover:underline">
          {academy.establishments}
          <span className="sr-only"> établissement{academy.establishments > 1 ? "s" : ""} de l&apos;académie de {academy.name}</span>
        </Link>
      </td>
      <td className="py-2 pr-4 text-right tabular-nums">{academy.inspectors}</td>
      <td className="py-2">
        <button ref={button} type="button" onClick={onEdit} className={secondaryButton}>
          Modifier<span className="sr-only"> l&apos;académie de {academy.name}</span>
        </button>
      </td>
    </tr>
  );
}

export function AcademiesPanel({ academies }: { academies: AcademyRow[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [lastEdited, setLastEdited] = useState<string | null>(null);
  return (
    <div className="space-y-8">
      {academies.length === 0 ? (
        <p>Aucune académie n&apos;est encore enregistrée.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">Académies de la plateforme</caption>
            <thead>
              <tr className="text-sm text-slate-600">
                <th scope="col" className="py-2 pr-4 font-medium">Code</th>
                <th scope="col" className="py-2 pr-4 font-medium">Nom</th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">Établissements</th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">Inspecteurs</th>
                <th scope="col" className="py-2 font-medium">Action</th>
              </tr>
            </thead>
            <tbody>
              {academies.map((academy) =>
                editing === academy.id ? (
                  <AcademyEditRow
                    key={academy.id}
                    academy={academy}
                    onDone={() => {
                      setEditing(null);
                      setLastEdited(academy.id);
                    }}
                  />
                ) : (
                  <AcademyViewRow
                    key={academy.id}
                    academy={academy}
                    focus={lastEdited === academy.id}
                    onEdit={() => setEditing(academy.id)}
                  />
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      <CreateAcademyForm />
    </div>
  );
}
