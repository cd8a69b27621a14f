"use client";

import { SubmitRow } from "@/components/ui/submit-row";
import { useRouter } from "next/navigation";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { dangerButton, inputClass, labelClass, useAdminForm } from "@/features/administration/components/use-admin-form";
import { schoolYearLabel } from "@/lib/school-year";
import { createFrameworkVersion, deleteFramework } from "../actions";

/** Copies this version into the next one, to be edited while no scheme uses it; its page opens. */
export function CreateVersionForm({
  frameworkId,
  version,
  firstSchoolYear,
  lastSchoolYear,
  currentYear,
}: {
  frameworkId: string;
  version: number;
  firstSchoolYear: number;
  lastSchoolYear: number | null;
  /** The school year under way, the likeliest start of a new version. */
  currentYear: number;
}) {
  const router = useRouter();
  const { result, pending, onSubmit } = useAdminForm(createFrameworkVersion, {
    onSuccess: (created) => router.push(`/admin/referentiels/${created.id}`),
  });
  const suggested = Math.max(firstSchoolYear + 1, lastSchoolYear === null ? currentYear : lastSchoolYear + 1);
  return (
    <form onSubmit={onSubmit} className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <input type="hidden" name="frameworkId" value={frameworkId} />
      <p className="text-sm text-slate-700 sm:col-span-2">
        La nouvelle version reprend les volets et les volumes de la version {version} ; vous pourrez ensuite les modifier tant
        qu&apos;aucun dispositif ne l&apos;utilise. Les établissements choisiront la version en vigueur pour chaque année scolaire.
      </p>
      <div>
        <label htmlFor="version-first" className={labelClass}>Première année scolaire</label>
        <input id="version-first" name="firstSchoolYear" required inputMode="numeric" maxLength={9} defaultValue={suggested} autoComplete="off" className={`${inputClass} max-w-40 tabular-nums`} aria-describedby="version-first-help version-first-error" />
        <p id="version-first-help" className="mt-1 text-xs text-slate-600">L&apos;année de la rentrée : {suggested} pour {schoolYearLabel(suggested)}.</p>
        <FieldError result={result} name="firstSchoolYear" id="version-first-error" />
      </div>
      <div>
        <label htmlFor="version-last" className={labelClass}>Dernière année scolaire (facultatif)</label>
        <input id="version-last" name="lastSchoolYear" inputMode="numeric" maxLength={9} autoComplete="off" className={`${inputClass} max-w-40 tabular-nums`} aria-describedby="version-last-error" />
        <FieldError result={result} name="lastSchoolYear" id="version-last-error" />
      </div>
      <div className="flex items-start gap-2 sm:col-span-2">
        <input id="version-close" name="closePrevious" type="checkbox" defaultChecked={lastSchoolYear === null} className="mt-1 size-4" aria-describedby="version-close-error" />
        <label htmlFor="version-close" className="text-sm">
          Arrêter la version {version} l&apos;année scolaire qui précède la nouvelle
        </label>
      </div>
      <FieldError result={result} name="closePrevious" id="version-close-error" />
      <SubmitRow pending={pending} result={result} busy="Création…" idle="Créer une nouvelle version" success="Nouvelle version créée : ouverture de sa fiche…" className="sm:col-span-2" />
    </form>
  );
}

/** Deletes an unused version, then goes back to the list. */
export function DeleteFrameworkForm({ frameworkId, label }: { frameworkId: string; label: string }) {
  const router = useRouter();
  const { result, pending, onSubmit } = useAdminForm(deleteFramework, {
    onSuccess: () => router.push("/admin/referentiels"),
  });
  return (
    <form
      onSubmit={(event) => {
        if (!window.confirm(`Supprimer ${label} ? Cette action est définitive.`)) {
          event.preventDefault();
          return;
        }
        onSubmit(event);
      }}
      className="space-y-3"
    >
      <input type="hidden" name="frameworkId" value={frameworkId} />
      <p className="text-sm text-slate-700">Aucun dispositif n&apos;utilise cette version : vous pouvez la supprimer.</p>
      <button type="submit" disabled={pending} className={dangerButton}>
        {pending ? "Suppression…" : "Supprimer cette version"}
      </button>
      <FormMessage result={result} />
    </form>
  );
}
