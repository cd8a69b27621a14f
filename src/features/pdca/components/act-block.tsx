"use client";

import { useState } from "react";
import { FieldError } from "@/components/ui/form-feedback";
import { dangerButton, inputClass, labelClass, secondaryButton } from "@/components/ui/form-styles";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionForm } from "@/components/ui/use-action-form";
import { addGridAction, addKeyDate, deleteGridAction, deleteKeyDate, updateGridAction } from "../actions";
import { actionStatusLabels, actionStatuses } from "../schemas";
import { ActionTimeline } from "./action-timeline";

export type ActRow = {
  id: string;
  title: string;
  process: string;
  owner: string;
  indicator: string;
  startsOn: string;
  dueOn: string;
  doneOn: string;
  status: (typeof actionStatuses)[number];
  carried: boolean;
  version: string;
};

const frenchDate = (iso: string) => (iso ? new Date(`${iso}T00:00:00Z`).toLocaleDateString("fr-FR", { timeZone: "UTC" }) : "—");

/** The Act block: actions with their process, owner, indicator and dates; their timeline; the key dates. */
export function ActBlock({
  establishmentId,
  gridId,
  canEdit,
  actions,
  keyDates,
}: {
  establishmentId: string;
  gridId: string;
  canEdit: boolean;
  actions: ActRow[];
  keyDates: { id: string; on: string; label: string }[];
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useActionForm(deleteGridAction);
  const removeDate = useActionForm(deleteKeyDate);
  const ids = { establishmentId, gridId };
  return (
    <div className="space-y-6">
      <section aria-labelledby="actions" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h3 id="actions" className="text-lg font-semibold text-brand-900">Actions</h3>
        <p className="text-sm text-slate-700">Pour chaque proposition, le processus mis en œuvre avec un indicateur, un responsable et des dates.</p>
        {actions.length === 0 ? (
          <p className="mt-3 text-sm">Aucune action pour l&apos;instant.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {actions.map((action) => (
              <li key={action.id} className="rounded border border-slate-200 p-3">
                {editing === action.id ? (
                  <ActionForm ids={ids} action={action} onDone={() => setEditing(null)} />
                ) : (
                  <>
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <p className="font-semibold">
                        {action.title}
                        {action.carried && <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs font-normal">poursuivie de l&apos;an dernier</span>}
                      </p>
                      <p className="text-sm">{actionStatusLabels[action.status]}{action.status === "DONE" && action.doneOn ? ` le ${frenchDate(action.doneOn)}` : ""}</p>
                    </div>
                    <dl className="mt-1 grid gap-x-4 text-sm sm:grid-cols-[auto_1fr]">
                      {action.process && (<><dt className="font-medium">Processus</dt><dd className="whitespace-pre-line">{action.process}</dd></>)}
                      <dt className="font-medium">Responsable</dt><dd>{action.owner || "—"}</dd>
                      <dt className="font-medium">Indicateur</dt><dd>{action.indicator || "—"}</dd>
                      <dt className="font-medium">Dates</dt><dd>{frenchDate(action.startsOn)} → {frenchDate(action.dueOn)}</dd>
                    </dl>
                    {canEdit && (
                      <div className="mt-2 flex gap-2">
                        <button type="button" className={secondaryButton} onClick={() => setEditing(action.id)}>
                          Modifier<span className="sr-only"> {action.title}</span>
                        </button>
                        <form onSubmit={remove.onSubmit}>
                          <input type="hidden" name="establishmentId" value={establishmentId} />
                          <input type="hidden" name="gridId" value={gridId} />
                          <input type="hidden" name="actionId" value={action.id} />
                          <button type="submit" className={dangerButton} disabled={remove.pending}>
                            Supprimer<span className="sr-only"> {action.title}</span>
                          </button>
                        </form>
                      </div>
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        {remove.result && !remove.result.ok && <p role="alert" className="mt-2 text-sm text-red-800">{remove.result.message}</p>}
        {canEdit && (
          <details className="mt-4">
            <summary className="cursor-pointer font-medium text-brand-700">Ajouter une action</summary>
            <ActionForm ids={ids} />
          </details>
        )}
      </section>
      <ActionTimeline actions={actions} keyDates={keyDates} />
      <section aria-labelledby="dates-cles" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h3 id="dates-cles" className="text-lg font-semibold text-brand-900">Dates clés</h3>
        {keyDates.length === 0 ? (
          <p className="mt-2 text-sm">Aucune date clé.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {keyDates.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{frenchDate(d.on)}</span> {d.label}
                {canEdit && (
                  <form onSubmit={removeDate.onSubmit}>
                    <input type="hidden" name="establishmentId" value={establishmentId} />
                    <input type="hidden" name="gridId" value={gridId} />
                    <input type="hidden" name="keyDateId" value={d.id} />
                    <button type="submit" className="text-red-800 underline">Retirer<span className="sr-only"> la date du {frenchDate(d.on)}</span></button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
        {canEdit && <KeyDateForm ids={ids} />}
      </section>
    </div>
  );
}

function ActionForm({ ids, action, onDone }: { ids: { establishmentId: string; gridId: string }; action?: ActRow; onDone?: () => void }) {
  const { result, pending, onSubmit } = useActionForm(action ? updateGridAction : addGridAction, { resetOnSuccess: !action, onSuccess: onDone });
  const p = action ? `action-${action.id}` : "nouvelle-action";
  const field = (name: string) => ({ id: `${p}-${name}`, name, "aria-describedby": `${p}-${name}-erreur` });
  return (
    <form onSubmit={onSubmit} className="mt-3 grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="establishmentId" value={ids.establishmentId} />
      <input type="hidden" name="gridId" value={ids.gridId} />
      {action && <input type="hidden" name="actionId" value={action.id} />}
      {action && <input type="hidden" name="version" value={action.version} />}
      <div className="sm:col-span-2">
        <label htmlFor={`${p}-title`} className={labelClass}>Intitulé</label>
        <input {...field("title")} defaultValue={action?.title} required className={inputClass} />
        <FieldError result={result} name="title" id={`${p}-title-erreur`} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={`${p}-process`} className={labelClass}>Processus mis en œuvre</label>
        <textarea {...field("process")} defaultValue={action?.process} rows={2} className={inputClass} />
        <FieldError result={result} name="process" id={`${p}-process-erreur`} />
      </div>
      <div>
        <label htmlFor={`${p}-owner`} className={labelClass}>Responsable</label>
        <input {...field("owner")} defaultValue={action?.owner} className={inputClass} />
        <FieldError result={result} name="owner" id={`${p}-owner-erreur`} />
      </div>
      <div>
        <label htmlFor={`${p}-indicator`} className={labelClass}>Indicateur</label>
        <input {...field("indicator")} defaultValue={action?.indicator} className={inputClass} />
        <FieldError result={result} name="indicator" id={`${p}-indicator-erreur`} />
      </div>
      <div>
        <label htmlFor={`${p}-startsOn`} className={labelClass}>Début</label>
        <input {...field("startsOn")} type="date" defaultValue={action?.startsOn} className={inputClass} />
        <FieldError result={result} name="startsOn" id={`${p}-startsOn-erreur`} />
      </div>
      <div>
        <label htmlFor={`${p}-dueOn`} className={labelClass}>Échéance</label>
        <input {...field("dueOn")} type="date" defaultValue={action?.dueOn} className={inputClass} />
        <FieldError result={result} name="dueOn" id={`${p}-dueOn-erreur`} />
      </div>
      <div>
        <label htmlFor={`${p}-status`} className={labelClass}>État</label>
        <select {...field("status")} defaultValue={action?.status ?? "PLANNED"} className={inputClass}>
          {actionStatuses.map((s) => (
            <option key={s} value={s}>{actionStatusLabels[s]}</option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2">
        <SubmitRow pending={pending} result={result} idle={action ? "Enregistrer l'action" : "Ajouter l'action"} busy="Enregistrement…" success={action ? undefined : "Action ajoutée."} />
        {onDone && <button type="button" className={secondaryButton} onClick={onDone}>Annuler</button>}
      </div>
    </form>
  );
}

function KeyDateForm({ ids }: { ids: { establishmentId: string; gridId: string } }) {
  const { result, pending, onSubmit } = useActionForm(addKeyDate, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} className="mt-3 grid gap-3 sm:grid-cols-[auto_1fr]">
      <input type="hidden" name="establishmentId" value={ids.establishmentId} />
      <input type="hidden" name="gridId" value={ids.gridId} />
      <div>
        <label htmlFor="date-cle-on" className={labelClass}>Date</label>
        <input id="date-cle-on" name="on" type="date" required className={inputClass} aria-describedby="date-cle-on-erreur" />
        <FieldError result={result} name="on" id="date-cle-on-erreur" />
      </div>
      <div>
        <label htmlFor="date-cle-label" className={labelClass}>Ce qui a lieu</label>
        <input id="date-cle-label" name="label" required className={inputClass} aria-describedby="date-cle-label-erreur" />
        <FieldError result={result} name="label" id="date-cle-label-erreur" />
      </div>
      <div className="sm:col-span-2">
        <SubmitRow pending={pending} result={result} idle="Ajouter la date" busy="Ajout…" success="Date ajoutée." />
      </div>
    </form>
  );
}
