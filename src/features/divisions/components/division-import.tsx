"use client";

import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { labelClass, primaryButton, secondaryButton } from "@/components/ui/form-styles";
import { diplomaLabels, yearOfStudyLabel } from "@/features/frameworks/diplomas";
import { schoolYearLabel } from "@/lib/school-year";
import { useFileImport } from "@/components/ui/use-file-import";
import { importDivisions, previewDivisionImport, type DivisionImportPreview } from "../actions";

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

function PreviewTable({ preview }: { preview: DivisionImportPreview }) {
  if (preview.rows.length === 0) return null;
  return (
    <div className="relative max-h-96 overflow-auto rounded border border-slate-200" tabIndex={0} role="region" aria-labelledby="import-preview-caption">
      <table className="w-full text-left text-sm">
        <caption id="import-preview-caption" className="px-3 py-2 text-left font-medium">
          {preview.rows.length < preview.importableCount
            ? `Les ${preview.rows.length} premières classes à importer, sur ${preview.importableCount}`
            : "Classes à importer"}
        </caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-1.5 font-medium">Ligne</th>
            <th scope="col" className="px-3 py-1.5 font-medium">Classe</th>
            <th scope="col" className="px-3 py-1.5 font-medium">Formation</th>
            <th scope="col" className="hidden px-3 py-1.5 font-medium sm:table-cell">Spécialité</th>
            <th scope="col" className="px-3 py-1.5 text-right font-medium">Effectif</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.line} className="border-t border-slate-200 align-top">
              <td className="px-3 py-1.5 tabular-nums text-slate-600">{row.line}</td>
              <th scope="row" className="px-3 py-1.5 font-medium break-words">{row.name}</th>
              <td className="px-3 py-1.5">
                {diplomaLabels[row.diploma]} · {yearOfStudyLabel(row.diploma, row.yearOfStudy)}
                {row.trade && <span className="block text-slate-600 sm:hidden">{row.trade}</span>}
              </td>
              <td className="hidden px-3 py-1.5 sm:table-cell">{row.trade}</td>
              <td className="px-3 py-1.5 text-right tabular-nums">{row.headcount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ErrorList({ preview }: { preview: DivisionImportPreview }) {
  if (preview.errors.length === 0) return null;
  return (
    <div>
      <h4 id="import-errors-title" className="font-semibold text-red-900">
        {plural(preview.errorLineCount, "ligne en erreur", "lignes en erreur")}
      </h4>
      <ul
        aria-labelledby="import-errors-title"
        tabIndex={0}
        className="mt-2 max-h-64 space-y-1 overflow-auto rounded border border-red-200 bg-red-50 p-3 text-sm text-red-900"
      >
        {preview.errors.flatMap((error) => error.messages.map((message, i) => <li key={`${error.line}-${i}`} className="break-words">{message}</li>))}
      </ul>
    </div>
  );
}

/** Importing a year's classes from a CSV file: choose, preview, then import all of it or only its valid lines. */
export function DivisionImport({ establishmentId, schoolYear }: { establishmentId: string; schoolYear: number }) {
  const { form, preview, outcome, pending, running, onPreview, runImport, clear } = useFileImport(previewDivisionImport, importDivisions);
  const data = preview?.ok ? preview.data : null;
  const hasErrors = (data?.errorLineCount ?? 0) > 0;
  const fileResult = preview && !preview.ok ? preview : null;
  return (
    <section aria-labelledby="import-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <h3 id="import-title" className="font-semibold">Importer des classes depuis un fichier</h3>
        <p className="text-sm text-slate-600">
          Un export CSV de votre logiciel de scolarité ou d&apos;un tableur, séparé par des points-virgules ou des virgules, de
          5 Mo au plus. Colonnes reconnues : Classe (ou Division), Formation (ou Diplôme, MEF), Année (ou Niveau), Spécialité,
          Effectif. Les classes sont créées pour l&apos;année {schoolYearLabel(schoolYear)}.
        </p>
      </div>
      <form ref={form} onSubmit={onPreview} noValidate className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="establishmentId" value={establishmentId} />
        <input type="hidden" name="schoolYear" value={schoolYear} />
        <div className="min-w-0 max-w-full">
          <label htmlFor="division-import-file" className={labelClass}>Fichier CSV</label>
          <input
            id="division-import-file"
            name="file"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            required
            onChange={clear}
            aria-describedby="division-import-file-error"
            className="mt-1 block w-full max-w-full text-sm file:mr-3 file:rounded file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-slate-100"
          />
          <FieldError result={fileResult} name="file" id="division-import-file-error" />
        </div>
        <button type="submit" disabled={pending} className={secondaryButton}>
          {running === "preview" ? "Lecture…" : "Prévisualiser"}
        </button>
      </form>

      {preview && !preview.ok && <FormMessage result={preview} />}

      {data && (
        <div className="space-y-4" aria-labelledby="import-preview-title" role="group">
          <h4 id="import-preview-title" className="sr-only">Aperçu de l&apos;import</h4>
          <p role="status" className="text-sm">
            {plural(data.totalLines, "ligne lue", "lignes lues")} · {plural(data.importableCount, "classe à importer", "classes à importer")} ·{" "}
            {plural(data.errorLineCount, "ligne en erreur", "lignes en erreur")}
          </p>
          {data.existingNames.length > 0 && (
            <p className="text-sm">
              Déjà présentes en {schoolYearLabel(schoolYear)} : {data.existingNames.slice(0, 30).join(", ")}
              {data.existingNames.length > 30 ? `… (${data.existingNames.length} en tout)` : ""}.
            </p>
          )}
          <PreviewTable preview={data} />
          <ErrorList preview={data} />
          <div className="flex flex-wrap items-center gap-3">
            <button
              type="button"
              onClick={() => runImport("all")}
              disabled={pending || hasErrors || data.importableCount === 0}
              aria-describedby={hasErrors ? "import-all-why" : undefined}
              className={primaryButton}
            >
              {running === "all" ? "Import…" : "Importer"}
            </button>
            <button
              type="button"
              onClick={() => runImport("valid-only")}
              disabled={pending || data.importableCount === 0}
              className={secondaryButton}
            >
              {running === "valid-only" ? "Import…" : `Importer seulement les lignes valides (${data.importableCount})`}
            </button>
          </div>
          {hasErrors && (
            <p id="import-all-why" className="text-sm text-slate-600">
              « Importer » reste indisponible tant que le fichier contient des erreurs : corrigez-le et prévisualisez-le à
              nouveau, ou importez seulement ses lignes valides.
            </p>
          )}
        </div>
      )}

      {outcome && !outcome.ok && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
          <p>{outcome.message}</p>
          {outcome.fieldErrors?.file && outcome.fieldErrors.file.length > 0 && (
            <ul className="mt-1 max-h-48 list-disc overflow-auto pl-5">
              {outcome.fieldErrors.file.map((message, i) => (
                <li key={i}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {outcome?.ok && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-2 text-sm text-green-900">
          {plural(outcome.data.imported, "classe importée", "classes importées")}
          {outcome.data.skipped > 0 ? ` ; ${plural(outcome.data.skipped, "ligne ignorée", "lignes ignorées")}.` : "."}
        </p>
      )}
    </section>
  );
}
