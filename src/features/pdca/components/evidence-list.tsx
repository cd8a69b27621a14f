"use client";

import { useRef } from "react";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { secondaryButton } from "@/components/ui/form-styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { attachEvidenceFile, linkEvidenceIndicator, removeEvidence } from "../actions";

export type EvidenceRow = {
  id: string;
  indicator: string | null;
  file: { id: string; fileName: string; label: string } | null;
};

/** The evidence of one answer: files to download, indicators it relies on; and, for the editors, the forms to add some. */
export function EvidenceList({
  uai,
  establishmentId,
  gridId,
  itemKey,
  rows,
  indicators,
  canEdit,
}: {
  uai: string;
  establishmentId: string;
  gridId: string;
  itemKey: string;
  rows: EvidenceRow[];
  indicators: { key: string; text: string }[];
  canEdit: boolean;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const attach = useActionForm(attachEvidenceFile, { resetOnSuccess: true });
  const link = useActionForm(linkEvidenceIndicator, { resetOnSuccess: true });
  const remove = useActionForm(removeEvidence);
  if (!canEdit && rows.length === 0) return null;
  const fileId = `piece-${itemKey}`;
  const indicatorId = `indicateur-${itemKey}`;
  return (
    <div className="mt-2 text-sm">
      {rows.length > 0 && (
        <ul aria-label="Pièces et indicateurs liés" className="space-y-1">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-wrap items-center gap-2">
              {row.file ? (
                <a href={`/etablissements/${uai}/fichiers/${row.file.id}`} className="text-brand-700 underline">
                  📎 {row.file.fileName} <span className="text-slate-600">({row.file.label})</span>
                </a>
              ) : (
                <span>📈 Indicateur : {row.indicator}</span>
              )}
              {canEdit && (
                <form onSubmit={remove.onSubmit}>
                  <input type="hidden" name="establishmentId" value={establishmentId} />
                  <input type="hidden" name="gridId" value={gridId} />
                  <input type="hidden" name="evidenceId" value={row.id} />
                  <button type="submit" className="text-red-800 underline" disabled={remove.pending}>
                    Retirer<span className="sr-only"> {row.file?.fileName ?? row.indicator}</span>
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormMessage result={remove.result} />
      {canEdit && (
        <details className="mt-1">
          <summary className="cursor-pointer text-brand-700">Joindre une pièce ou lier un indicateur</summary>
          <div className="mt-2 grid gap-3 md:grid-cols-2">
            <form onSubmit={attach.onSubmit} className="space-y-1">
              <input type="hidden" name="establishmentId" value={establishmentId} />
              <input type="hidden" name="gridId" value={gridId} />
              <input type="hidden" name="itemKey" value={itemKey} />
              <label htmlFor={fileId} className="block font-medium">Fichier (PDF, bureautique, image ; 10 Mo au plus)</label>
              <input ref={fileInput} id={fileId} type="file" name="file" required aria-describedby={`${fileId}-erreur`} className="block w-full text-sm" />
              <FieldError result={attach.result} name="file" id={`${fileId}-erreur`} />
              <button type="submit" className={secondaryButton} disabled={attach.pending}>
                {attach.pending ? "Envoi…" : "Joindre"}
              </button>
              <FormMessage result={attach.result} success="Pièce jointe." />
            </form>
            {indicators.length > 0 && (
              <form onSubmit={link.onSubmit} className="space-y-1">
                <input type="hidden" name="establishmentId" value={establishmentId} />
                <input type="hidden" name="gridId" value={gridId} />
                <input type="hidden" name="itemKey" value={itemKey} />
                <label htmlFor={indicatorId} className="block font-medium">Indicateur de la grille</label>
                <select id={indicatorId} name="indicatorKey" className="block w-full rounded border border-slate-400 bg-white px-2 py-1">
                  {indicators.map((indicator) => (
                    <option key={indicator.key} value={indicator.key}>
                      {indicator.text}
                    </option>
                  ))}
                </select>
                <button type="submit" className={secondaryButton} disabled={link.pending}>
                  Lier
                </button>
                <FormMessage result={link.result} success="Indicateur lié." />
              </form>
            )}
          </div>
        </details>
      )}
    </div>
  );
}
