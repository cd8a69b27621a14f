"use client";

import { SubmitRow } from "@/components/ui/submit-row";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FieldError } from "@/components/ui/form-feedback";
import { inputClass, labelClass, useAdminForm } from "@/features/administration/components/use-admin-form";
import type { ActionResult } from "@/server/action-result";
import { createFramework, updateFramework } from "../actions";
import { strandKinds, strandLabels, type StrandKind } from "../strands";
import { VolumeEditor, type VolumeValue } from "./volume-editor";

// Creation and edition of a framework version share their fields: name, school
// years, sources, strands and the volume table.

export type FrameworkFormValues = {
  name: string;
  firstSchoolYear: number;
  lastSchoolYear: number | null;
  source: string;
  strands: { kind: StrandKind; label: string }[];
  volumes: VolumeValue[];
};

function StrandFields({ idPrefix, strands, result }: { idPrefix: string; strands: FrameworkFormValues["strands"]; result: ActionResult<unknown> | null }) {
  const [chosen, setChosen] = useState(() =>
    Object.fromEntries(strandKinds.map((kind) => [kind, strands.some((s) => s.kind === kind)])) as Record<StrandKind, boolean>,
  );
  const [labels, setLabels] = useState(() =>
    Object.fromEntries(strandKinds.map((kind) => [kind, strands.find((s) => s.kind === kind)?.label ?? strandLabels[kind]])) as Record<StrandKind, string>,
  );
  const shown = strandKinds.filter((kind) => chosen[kind]);
  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="text-base font-semibold">Volets</legend>
      <p className="text-sm text-slate-600">Cochez les volets du dispositif ; vous pouvez les nommer comme le texte les nomme.</p>
      <FieldError result={result} name="strands" id={`${idPrefix}-strands-error`} />
      <ul className="space-y-2">
        {strandKinds.map((kind) => {
          const i = shown.indexOf(kind);
          const id = `${idPrefix}-strand-${kind}`;
          return (
            <li key={kind} className="grid gap-2 sm:grid-cols-[16rem_1fr] sm:items-start">
              <label className="flex items-center gap-2 pt-2 text-sm font-medium">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={chosen[kind]}
                  onChange={(event) => setChosen((current) => ({ ...current, [kind]: event.target.checked }))}
                />
                {strandLabels[kind]}
              </label>
              <div>
                <label htmlFor={`${id}-label`} className="sr-only">Nom du volet « {strandLabels[kind]} » dans ce référentiel</label>
                {i >= 0 && <input type="hidden" name={`strands.${i}.kind`} value={kind} />}
                <input
                  id={`${id}-label`}
                  name={i >= 0 ? `strands.${i}.label` : undefined}
                  disabled={i < 0}
                  required={i >= 0}
                  maxLength={120}
                  autoComplete="off"
                  value={labels[kind]}
                  onChange={(event) => setLabels((current) => ({ ...current, [kind]: event.target.value }))}
                  aria-describedby={`${id}-error`}
                  className={`${inputClass} mt-0 disabled:bg-slate-100 disabled:text-slate-500`}
                />
                {i >= 0 && <FieldError result={result} name={`strands.${i}.label`} id={`${id}-error`} />}
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function CommonFields({ idPrefix, values, result }: { idPrefix: string; values?: FrameworkFormValues; result: ActionResult<unknown> | null }) {
  return (
    <>
      <div className="sm:col-span-2">
        <label htmlFor={`${idPrefix}-name`} className={labelClass}>Nom</label>
        <input id={`${idPrefix}-name`} name="name" required maxLength={160} defaultValue={values?.name} autoComplete="off" className={inputClass} aria-describedby={`${idPrefix}-name-error`} />
        <FieldError result={result} name="name" id={`${idPrefix}-name-error`} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-first`} className={labelClass}>Première année scolaire</label>
        <input id={`${idPrefix}-first`} name="firstSchoolYear" required inputMode="numeric" maxLength={9} placeholder="2024" defaultValue={values?.firstSchoolYear} autoComplete="off" className={`${inputClass} max-w-40 tabular-nums`} aria-describedby={`${idPrefix}-first-help ${idPrefix}-first-error`} />
        <p id={`${idPrefix}-first-help`} className="mt-1 text-xs text-slate-600">L&apos;année de la rentrée : 2024 pour 2024-2025.</p>
        <FieldError result={result} name="firstSchoolYear" id={`${idPrefix}-first-error`} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-last`} className={labelClass}>Dernière année scolaire (facultatif)</label>
        <input id={`${idPrefix}-last`} name="lastSchoolYear" inputMode="numeric" maxLength={9} defaultValue={values?.lastSchoolYear ?? ""} autoComplete="off" className={`${inputClass} max-w-40 tabular-nums`} aria-describedby={`${idPrefix}-last-help ${idPrefix}-last-error`} />
        <p id={`${idPrefix}-last-help`} className="mt-1 text-xs text-slate-600">Vide tant que le référentiel reste en vigueur.</p>
        <FieldError result={result} name="lastSchoolYear" id={`${idPrefix}-last-error`} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={`${idPrefix}-source`} className={labelClass}>Textes de référence</label>
        <textarea id={`${idPrefix}-source`} name="source" rows={3} maxLength={1000} defaultValue={values?.source} className={inputClass} aria-describedby={`${idPrefix}-source-help ${idPrefix}-source-error`} />
        <p id={`${idPrefix}-source-help`} className="mt-1 text-xs text-slate-600">Décrets, arrêtés, notes de service, BO… (1 000 caractères au plus).</p>
        <FieldError result={result} name="source" id={`${idPrefix}-source-error`} />
      </div>
      <div className="sm:col-span-2">
        <StrandFields idPrefix={idPrefix} strands={values?.strands ?? []} result={result} />
      </div>
      <div className="min-w-0 sm:col-span-2">
        <VolumeEditor idPrefix={idPrefix} volumes={values?.volumes ?? []} result={result} />
      </div>
    </>
  );
}

/** A new framework (version 1); once created, its page opens. */
export function CreateFrameworkForm() {
  const router = useRouter();
  const { result, pending, onSubmit } = useAdminForm(createFramework, {
    onSuccess: (created) => router.push(`/admin/referentiels/${created.id}`),
  });
  return (
    <form onSubmit={onSubmit} className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <h2 className="text-lg font-semibold">Créer un référentiel</h2>
        <p className="text-sm text-slate-600">
          Une réforme s&apos;ajoute ici, sans changement du logiciel. Pour modifier les heures d&apos;un référentiel déjà utilisé, créez-en
          plutôt une nouvelle version depuis sa fiche.
        </p>
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="new-framework-code" className={labelClass}>Code</label>
        <input id="new-framework-code" name="code" required maxLength={40} pattern="[A-Za-z0-9]+(-[A-Za-z0-9]+)*" autoComplete="off" placeholder="SOUTIEN-PARCOURS-2024" className={`${inputClass} font-mono uppercase sm:max-w-sm`} aria-describedby="new-framework-code-help new-framework-code-error" />
        <p id="new-framework-code-help" className="mt-1 text-xs text-slate-600">Lettres, chiffres et tirets ; il ne change plus et reste le même d&apos;une version à l&apos;autre.</p>
        <FieldError result={result} name="code" id="new-framework-code-error" />
      </div>
      <CommonFields idPrefix="new-framework" result={result} />
      <SubmitRow pending={pending} result={result} busy="Création…" idle="Créer le référentiel" success="Référentiel créé : ouverture de sa fiche…" className="sm:col-span-2" />
    </form>
  );
}

/** An unused version's content; the revision refuses a save over a newer content. */
export function EditFrameworkForm({ frameworkId, revision, values }: { frameworkId: string; revision: string; values: FrameworkFormValues }) {
  const { result, pending, onSubmit } = useAdminForm(updateFramework);
  return (
    <form onSubmit={onSubmit} className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <input type="hidden" name="frameworkId" value={frameworkId} />
      <input type="hidden" name="revision" value={revision} />
      <CommonFields idPrefix="framework" values={values} result={result} />
      <SubmitRow pending={pending} result={result} busy="Enregistrement…" idle="Enregistrer" success="Référentiel modifié." className="sm:col-span-2" />
    </form>
  );
}
