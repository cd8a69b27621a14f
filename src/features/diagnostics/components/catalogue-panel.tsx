"use client";

import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui/form-styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { archiveCompetency, archiveTool, createCompetency, createTool } from "../actions";
import type { CompetencyItem, ToolItem } from "../queries";
import { LABEL_MAX, competencyDomains, domainLabels, toolKindLabels } from "../schemas";

function ArchiveButton({ kind, id, label, archived, establishmentId }: { kind: "competency" | "tool"; id: string; label: string; archived: boolean; establishmentId: string }) {
  const { result, pending, onSubmit } = useActionForm(kind === "competency" ? archiveCompetency : archiveTool);
  return (
    <form onSubmit={onSubmit} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <input type="hidden" name={kind === "competency" ? "competencyId" : "toolId"} value={id} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        {archived ? "Rétablir" : "Archiver"}
        <span className="sr-only"> {label}</span>
      </button>
      <FormMessage result={result && !result.ok ? result : null} />
    </form>
  );
}

function Origin({ own, archived }: { own: boolean; archived: boolean }) {
  return (
    <span className="text-xs text-slate-600">
      {own ? "établissement" : "national"}
      {archived ? " · archivé" : ""}
    </span>
  );
}

function AddTool({ establishmentId }: { establishmentId: string }) {
  const { result, pending, onSubmit } = useActionForm(createTool, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <div className="min-w-0 flex-1">
        <label htmlFor="tool-label" className={labelClass}>Nouvel outil de l&apos;établissement</label>
        <input id="tool-label" name="label" maxLength={LABEL_MAX} required aria-describedby="tool-label-error" className={inputClass} />
        <FieldError result={result} name="label" id="tool-label-error" />
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>Ajouter l&apos;outil</button>
      <div className="w-full"><FormMessage result={result} success="Outil ajouté." /></div>
    </form>
  );
}

function AddCompetency({ establishmentId }: { establishmentId: string }) {
  const { result, pending, onSubmit } = useActionForm(createCompetency, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <div>
        <label htmlFor="competency-domain" className={labelClass}>Domaine</label>
        <select id="competency-domain" name="domain" className={inputClass}>
          {competencyDomains.map((d) => (
            <option key={d} value={d}>{domainLabels[d]}</option>
          ))}
        </select>
      </div>
      <div className="min-w-0 flex-1">
        <label htmlFor="competency-label" className={labelClass}>Nouvelle compétence de l&apos;établissement</label>
        <input id="competency-label" name="label" maxLength={LABEL_MAX} required aria-describedby="competency-label-error" className={inputClass} />
        <FieldError result={result} name="label" id="competency-label-error" />
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>Ajouter la compétence</button>
      <div className="w-full"><FormMessage result={result} success="Compétence ajoutée." /></div>
    </form>
  );
}

/** The positioning tools and competencies the school uses: the national ones, and its own (added, archived, restored). */
export function CataloguePanel({ establishmentId, tools, competencies, canEdit }: { establishmentId: string; tools: ToolItem[]; competencies: CompetencyItem[]; canEdit: boolean }) {
  return (
    <div className="space-y-8">
      <section aria-labelledby="outils" className="space-y-3">
        <h3 id="outils" className="font-semibold">Outils de positionnement</h3>
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {tools.map((tool) => (
            <li key={tool.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
              <span className={tool.archived ? "text-slate-600 line-through" : ""}>
                {tool.label} <span className="text-sm text-slate-600">({toolKindLabels[tool.kind]})</span>
              </span>
              <span className="flex items-center gap-3">
                <Origin own={tool.own} archived={tool.archived} />
                {canEdit && tool.own && <ArchiveButton kind="tool" id={tool.id} label={tool.label} archived={tool.archived} establishmentId={establishmentId} />}
              </span>
            </li>
          ))}
        </ul>
        {canEdit && <AddTool establishmentId={establishmentId} />}
      </section>
      <section aria-labelledby="competences" className="space-y-3">
        <h3 id="competences" className="font-semibold">Compétences par domaine</h3>
        <div className="grid gap-4 lg:grid-cols-2">
          {competencyDomains.map((domain) => (
            <section key={domain} aria-labelledby={`domain-${domain}`} className="rounded border border-slate-200 bg-white">
              <h4 id={`domain-${domain}`} className="border-b border-slate-200 bg-slate-50 px-3 py-2 font-medium">{domainLabels[domain]}</h4>
              <ul className="divide-y divide-slate-200">
                {competencies
                  .filter((c) => c.domain === domain)
                  .map((c) => (
                    <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                      <span className={c.archived ? "text-slate-600 line-through" : ""}>{c.label}</span>
                      <span className="flex items-center gap-3">
                        <Origin own={c.own} archived={c.archived} />
                        {canEdit && c.own && <ArchiveButton kind="competency" id={c.id} label={c.label} archived={c.archived} establishmentId={establishmentId} />}
                      </span>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
        {canEdit && <AddCompetency establishmentId={establishmentId} />}
      </section>
    </div>
  );
}
