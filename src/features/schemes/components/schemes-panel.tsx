"use client";

import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { dangerButton, inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui/form-styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteScheme, openSchemes, updateScheme } from "../actions";

type Scheme = { id: string; label: string; pilot: string; description: string; framework: string; version: string };
type Framework = { id: string; label: string };

function SchemeCard({ scheme, establishmentId, canEdit }: { scheme: Scheme; establishmentId: string; canEdit: boolean }) {
  const edit = useActionForm(updateScheme);
  const removal = useActionForm(deleteScheme);
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 className="font-semibold">{scheme.label}</h3>
      <p className="text-sm text-slate-600">{scheme.framework}</p>
      {canEdit ? (
        <form onSubmit={edit.onSubmit} noValidate className="mt-3 space-y-3">
          <input type="hidden" name="establishmentId" value={establishmentId} />
          <input type="hidden" name="schemeId" value={scheme.id} />
          <input type="hidden" name="version" value={scheme.version} />
          <div>
            <label htmlFor={`pilot-${scheme.id}`} className={labelClass}>Pilote du dispositif</label>
            <input id={`pilot-${scheme.id}`} name="pilot" defaultValue={scheme.pilot} maxLength={120} className={inputClass} aria-describedby={`pilot-${scheme.id}-error`} />
            <FieldError result={edit.result} name="pilot" id={`pilot-${scheme.id}-error`} />
          </div>
          <div>
            <label htmlFor={`description-${scheme.id}`} className={labelClass}>Description</label>
            <textarea id={`description-${scheme.id}`} name="description" defaultValue={scheme.description} rows={3} maxLength={4000} className={inputClass} aria-describedby={`description-${scheme.id}-error`} />
            <FieldError result={edit.result} name="description" id={`description-${scheme.id}-error`} />
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={secondaryButton} disabled={edit.pending}>Enregistrer<span className="sr-only"> {scheme.label}</span></button>
            <FormMessage result={edit.result} success="Dispositif enregistré." />
          </div>
        </form>
      ) : (
        <dl className="mt-2 text-sm">
          <dt className="font-medium">Pilote</dt>
          <dd>{scheme.pilot || "non désigné"}</dd>
          {scheme.description && (
            <>
              <dt className="mt-1 font-medium">Description</dt>
              <dd className="whitespace-pre-line">{scheme.description}</dd>
            </>
          )}
        </dl>
      )}
      {canEdit && (
        <form onSubmit={removal.onSubmit} className="mt-3">
          <input type="hidden" name="establishmentId" value={establishmentId} />
          <input type="hidden" name="schemeId" value={scheme.id} />
          <button type="submit" className={dangerButton} disabled={removal.pending}>Fermer ce volet<span className="sr-only"> {scheme.label}</span></button>
          <FormMessage result={removal.result} />
        </form>
      )}
    </li>
  );
}

export function SchemesPanel({
  schemes,
  frameworks,
  establishmentId,
  schoolYear,
  canEdit,
}: {
  schemes: Scheme[];
  frameworks: Framework[];
  establishmentId: string;
  schoolYear: number;
  canEdit: boolean;
}) {
  const opening = useActionForm(openSchemes);
  return (
    <div className="space-y-6">
      {schemes.length === 0 ? (
        <p>Aucun dispositif n&apos;est ouvert pour cette année.</p>
      ) : (
        <ul aria-label="Dispositifs de l'année" className="grid gap-4 lg:grid-cols-3">
          {schemes.map((scheme) => (
            <SchemeCard key={scheme.id} scheme={scheme} establishmentId={establishmentId} canEdit={canEdit} />
          ))}
        </ul>
      )}
      {canEdit && frameworks.length > 0 && (
        <form onSubmit={opening.onSubmit} noValidate className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:flex-wrap sm:items-end">
          <input type="hidden" name="establishmentId" value={establishmentId} />
          <input type="hidden" name="schoolYear" value={schoolYear} />
          <div className="w-full min-w-0 sm:flex-1">
            <label htmlFor="framework" className={labelClass}>Référentiel de l&apos;année</label>
            <select id="framework" name="frameworkId" className={inputClass} aria-describedby="framework-error">
              {frameworks.map((framework) => (
                <option key={framework.id} value={framework.id}>{framework.label}</option>
              ))}
            </select>
            <FieldError result={opening.result} name="frameworkId" id="framework-error" />
          </div>
          <button type="submit" className={primaryButton} disabled={opening.pending}>Ouvrir les volets</button>
          <div className="w-full">
            <FormMessage result={opening.result} success="Volets ouverts." />
          </div>
        </form>
      )}
    </div>
  );
}
