"use client";

import { SubmitRow } from "@/components/ui/submit-row";
import Link from "next/link";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { establishmentKindLabels, establishmentKinds, type EstablishmentKind } from "@/features/establishments/schemas";
import { createEstablishment, updateEstablishment } from "../actions";
import type { AcademyOption } from "../queries";
import { inputClass, labelClass, primaryButton, useAdminForm } from "./use-admin-form";

type Defaults = { name: string; city: string; kind: EstablishmentKind; academyId: string };

/** Name, city, kind and académie: the fields a school's creation and edition share. */
function SchoolFields({
  prefix,
  academies,
  defaults,
  result,
}: {
  prefix: string;
  academies: AcademyOption[];
  defaults?: Defaults;
  result: Parameters<typeof FieldError>[0]["result"];
}) {
  return (
    <>
      <div>
        <label htmlFor={`${prefix}-name`} className={labelClass}>Nom</label>
        <input id={`${prefix}-name`} name="name" required maxLength={160} defaultValue={defaults?.name} className={inputClass} aria-describedby={`${prefix}-name-error`} />
        <FieldError result={result} name="name" id={`${prefix}-name-error`} />
      </div>
      <div>
        <label htmlFor={`${prefix}-city`} className={labelClass}>Commune</label>
        <input id={`${prefix}-city`} name="city" required maxLength={80} defaultValue={defaults?.city} className={inputClass} aria-describedby={`${prefix}-city-error`} />
        <FieldError result={result} name="city" id={`${prefix}-city-error`} />
      </div>
      <div>
        <label htmlFor={`${prefix}-kind`} className={labelClass}>Type</label>
        <select id={`${prefix}-kind`} name="kind" defaultValue={defaults?.kind ?? "LP"} className={inputClass} aria-describedby={`${prefix}-kind-error`}>
          {establishmentKinds.map((kind) => (
            <option key={kind} value={kind}>{establishmentKindLabels[kind]}</option>
          ))}
        </select>
        <FieldError result={result} name="kind" id={`${prefix}-kind-error`} />
      </div>
      <div>
        <label htmlFor={`${prefix}-academy`} className={labelClass}>Académie</label>
        <select id={`${prefix}-academy`} name="academyId" required defaultValue={defaults?.academyId ?? ""} className={inputClass} aria-describedby={`${prefix}-academy-error`}>
          {!defaults && <option value="" disabled>Choisir une académie…</option>}
          {academies.map((academy) => (
            <option key={academy.id} value={academy.id}>{academy.name} ({academy.code})</option>
          ))}
        </select>
        <FieldError result={result} name="academyId" id={`${prefix}-academy-error`} />
      </div>
    </>
  );
}

export function CreateEstablishmentForm({ academies }: { academies: AcademyOption[] }) {
  const { result, pending, onSubmit } = useAdminForm(createEstablishment, { resetOnSuccess: true });
  if (academies.length === 0) {
    return (
      <p className="rounded-lg border border-amber-300 bg-amber-50 p-4">
        Créez d&apos;abord une <Link href="/admin/academies" className="font-medium underline">académie</Link> pour y rattacher des établissements.
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
      <div className="sm:col-span-2 lg:col-span-3">
        <h2 className="text-lg font-semibold">Créer un établissement</h2>
        <p className="text-sm text-slate-600">L&apos;UAI est vérifié avec sa lettre de contrôle ; il ne pourra plus être modifié.</p>
      </div>
      <div>
        <label htmlFor="new-school-uai" className={labelClass}>UAI</label>
        <input id="new-school-uai" name="uai" required maxLength={8} autoComplete="off" placeholder="0210015C" className={`${inputClass} font-mono uppercase`} aria-describedby="new-school-uai-error" />
        <FieldError result={result} name="uai" id="new-school-uai-error" />
      </div>
      <SchoolFields prefix="new-school" academies={academies} result={result} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Création…" : "Créer l'établissement"}
        </button>
        {result?.ok && (
          <Link href={`/admin/etablissements/${result.data.uai}`} className="text-sm font-medium text-brand-700 underline">
            Ouvrir la fiche de l&apos;établissement {result.data.uai}
          </Link>
        )}
      </div>
      <div className="sm:col-span-2 lg:col-span-3">
        <FormMessage result={result} success="Établissement créé." />
      </div>
    </form>
  );
}

export function EditEstablishmentForm({
  establishment,
  academies,
}: {
  establishment: Defaults & { id: string; uai: string };
  academies: AcademyOption[];
}) {
  const { result, pending, onSubmit } = useAdminForm(updateEstablishment);
  return (
    <form onSubmit={onSubmit} className="grid max-w-3xl gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <input type="hidden" name="establishmentId" value={establishment.id} />
      <div className="sm:col-span-2">
        <p className={labelClass}>UAI</p>
        <p className="mt-1 font-mono">{establishment.uai}</p>
        <p className="text-xs text-slate-600">L&apos;UAI identifie l&apos;établissement : il ne se modifie pas.</p>
      </div>
      <SchoolFields prefix="school" academies={academies} defaults={establishment} result={result} />
      <SubmitRow pending={pending} result={result} busy="Enregistrement…" idle="Enregistrer" success="Établissement modifié." className="sm:col-span-2" />
    </form>
  );
}
