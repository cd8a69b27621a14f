import type { Metadata } from "next";
import Link from "next/link";
import { canOn } from "@/features/access/scope";
import { strandSlugs } from "@/features/frameworks/strands";
import { CompletionBar } from "@/features/pdca/components/completion-bar";
import { StartGridForm } from "@/features/pdca/components/start-grid-form";
import { gridStatusLabels } from "@/features/pdca/grid-access";
import { listGridsOfYear } from "@/features/pdca/queries";
import { schoolYearLabel } from "@/lib/school-year";
import { requireSchoolYear } from "@/server/school-year-guard";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Grilles PDCA" };

export default async function GridsOfYearPage({ params }: { params: Promise<{ uai: string; annee: string }> }) {
  const { scope, establishment, year, data } = await requireSchoolYear(params, "establishment.read");
  const rows = await withScope(data, (tx) => listGridsOfYear(tx, { establishmentId: establishment.id, schoolYear: year }));
  const canWrite = canOn(scope, "establishment.write", establishment);
  const base = `/etablissements/${establishment.uai}/grilles`;
  return (
    <section aria-labelledby="grilles" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="grilles" className="text-lg font-semibold">Grilles PDCA {schoolYearLabel(year)}</h2>
        <nav aria-label="Année scolaire" className="flex items-center gap-2 text-sm">
          <Link href={`${base}/${schoolYearLabel(year - 1)}`} className="rounded px-2 py-1 ring-1 ring-slate-300 hover:bg-slate-100">← {schoolYearLabel(year - 1)}</Link>
          <Link href={`${base}/${schoolYearLabel(year + 1)}`} className="rounded px-2 py-1 ring-1 ring-slate-300 hover:bg-slate-100">{schoolYearLabel(year + 1)} →</Link>
        </nav>
      </div>
      <p className="max-w-prose text-sm text-slate-700">
        Une grille par dispositif et par année : Planifier, Mettre en œuvre, Évaluer, Agir. Le chef d&apos;établissement voit ici ce qui est
        répondu et ce qui manque.
      </p>
      {rows.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">
          Aucun dispositif n&apos;est ouvert pour {schoolYearLabel(year)}.{" "}
          {canOn(scope, "organisation.read", establishment) && (
            <Link href={`/etablissements/${establishment.uai}/organisation/${schoolYearLabel(year)}/dispositifs`} className="font-medium text-brand-700 underline">
              Ouvrir les dispositifs de l&apos;année
            </Link>
          )}
        </p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {rows.map((row) => {
            const href = `${base}/${schoolYearLabel(year)}/${strandSlugs[row.strand]}`;
            return (
              <li key={row.schemeId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <h3 className="font-semibold">
                  <Link href={href} className="text-brand-700 underline">{row.label}</Link>
                </h3>
                <p className="text-sm text-slate-700">{row.sheetTitle ?? "Aucune fiche ne correspond à ce référentiel."}</p>
                {row.pilot && <p className="text-sm text-slate-700">Pilote : {row.pilot}</p>}
                {row.grid && row.completion ? (
                  <>
                    <p className="mt-2 text-sm font-medium">{gridStatusLabels[row.grid.status]}</p>
                    <CompletionBar label={`${row.label} : réponses`} answered={row.completion.answered} total={row.completion.total} percent={row.completion.percent} />
                  </>
                ) : (
                  <>
                    <p className="mt-2 text-sm text-slate-700">Grille non commencée.</p>
                    {canWrite && row.sheetTitle && (
                      <StartGridForm establishmentId={establishment.id} schemeId={row.schemeId} canCarryOver={row.canCarryOver} previousYear={schoolYearLabel(year - 1)} />
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
