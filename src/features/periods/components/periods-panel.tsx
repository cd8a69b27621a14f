"use client";

import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { dangerButton, inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui/form-styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { createPeriod, deletePeriod, updatePeriod } from "../actions";

type Period = { id: string; kind: "TEACHING" | "HOLIDAY"; name: string; startsOn: string; endsOn: string; weeks: number; version: string };

const kindLabels = { TEACHING: "Période d'accompagnement", HOLIDAY: "Vacances" } as const;

function PeriodFields({ prefix, period, result }: { prefix: string; period?: Period; result: Parameters<typeof FieldError>[0]["result"] }) {
  return (
    <>
      <div>
        <label htmlFor={`${prefix}-name`} className={labelClass}>Nom</label>
        <input id={`${prefix}-name`} name="name" defaultValue={period?.name} required maxLength={80} className={inputClass} aria-describedby={`${prefix}-name-error`} />
        <FieldError result={result} name="name" id={`${prefix}-name-error`} />
      </div>
      <div>
        <label htmlFor={`${prefix}-kind`} className={labelClass}>Type</label>
        <select id={`${prefix}-kind`} name="kind" defaultValue={period?.kind ?? "TEACHING"} className={inputClass}>
          <option value="TEACHING">{kindLabels.TEACHING}</option>
          <option value="HOLIDAY">{kindLabels.HOLIDAY}</option>
        </select>
      </div>
      <div>
        <label htmlFor={`${prefix}-start`} className={labelClass}>Début</label>
        <input id={`${prefix}-start`} name="startsOn" type="date" defaultValue={period?.startsOn} required className={inputClass} aria-describedby={`${prefix}-start-error`} />
        <FieldError result={result} name="startsOn" id={`${prefix}-start-error`} />
      </div>
      <div>
        <label htmlFor={`${prefix}-end`} className={labelClass}>Fin</label>
        <input id={`${prefix}-end`} name="endsOn" type="date" defaultValue={period?.endsOn} required className={inputClass} aria-describedby={`${prefix}-end-error`} />
        <FieldError result={result} name="endsOn" id={`${prefix}-end-error`} />
      </div>
    </>
  );
}

function PeriodItem({ period, establishmentId, schoolYear, canEdit }: { period: Period; establishmentId: string; schoolYear: number; canEdit: boolean }) {
  const edit = useActionForm(updatePeriod);
  const removal = useActionForm(deletePeriod);
  const dates = `${new Date(period.startsOn).toLocaleDateString("fr-FR", { timeZone: "UTC" })} – ${new Date(period.endsOn).toLocaleDateString("fr-FR", { timeZone: "UTC" })}`;
  return (
    <li className="border-t border-slate-200 py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <span className="font-medium">{period.name}</span>{" "}
          <span className={`ml-1 rounded px-1.5 text-xs ${period.kind === "HOLIDAY" ? "bg-amber-100 text-amber-900" : "bg-slate-200"}`}>{kindLabels[period.kind]}</span>
          <span className="block text-sm text-slate-700">{dates} · {period.weeks} semaine{period.weeks > 1 ? "s" : ""}</span>
        </div>
        {canEdit && (
          <form onSubmit={removal.onSubmit}>
            <input type="hidden" name="establishmentId" value={establishmentId} />
            <input type="hidden" name="periodId" value={period.id} />
            <button type="submit" className={dangerButton} aria-label={`Supprimer ${period.name}`} disabled={removal.pending}>Supprimer</button>
          </form>
        )}
      </div>
      <FormMessage result={removal.result} />
      {canEdit && (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Modifier<span className="sr-only"> {period.name}</span></summary>
          <form onSubmit={edit.onSubmit} noValidate className="mt-2 grid gap-3 sm:grid-cols-4 sm:items-end">
            <input type="hidden" name="establishmentId" value={establishmentId} />
            <input type="hidden" name="schoolYear" value={schoolYear} />
            <input type="hidden" name="periodId" value={period.id} />
            <input type="hidden" name="version" value={period.version} />
            <PeriodFields prefix={`period-${period.id}`} period={period} result={edit.result} />
            <div className="sm:col-span-4 flex flex-wrap items-center gap-3">
              <button type="submit" className={secondaryButton} disabled={edit.pending}>Enregistrer</button>
              <FormMessage result={edit.result} success="Période modifiée." />
            </div>
          </form>
        </details>
      )}
    </li>
  );
}

export function PeriodsPanel({ periods, establishmentId, schoolYear, canEdit }: { periods: Period[]; establishmentId: string; schoolYear: number; canEdit: boolean }) {
  const creation = useActionForm(createPeriod, { resetOnSuccess: true });
  return (
    <div className="space-y-6">
      {periods.length === 0 ? (
        <p>Aucune période n&apos;est encore définie pour cette année.</p>
      ) : (
        <ul aria-label="Périodes de l'année" className="border-b border-slate-200">
          {periods.map((period) => (
            <PeriodItem key={period.id} period={period} establishmentId={establishmentId} schoolYear={schoolYear} canEdit={canEdit} />
          ))}
        </ul>
      )}
      {canEdit && (
        <form onSubmit={creation.onSubmit} noValidate className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end">
          <h3 className="font-semibold sm:col-span-4">Ajouter une période</h3>
          <p className="text-sm text-slate-600 sm:col-span-4">
            Des périodes de 4 à 7 semaines, sans chevauchement, entre le 1er septembre et le 31 août. Les vacances se marquent comme des périodes de type « Vacances ».
          </p>
          <input type="hidden" name="establishmentId" value={establishmentId} />
          <input type="hidden" name="schoolYear" value={schoolYear} />
          <PeriodFields prefix="new-period" result={creation.result} />
          <div className="sm:col-span-4 flex flex-wrap items-center gap-3">
            <button type="submit" className={primaryButton} disabled={creation.pending}>Ajouter la période</button>
            <FormMessage result={creation.result} success="Période ajoutée." />
          </div>
        </form>
      )}
    </div>
  );
}
