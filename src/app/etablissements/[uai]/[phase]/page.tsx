import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PhaseGuide } from "@/features/pdca/components/phase-guide";
import { findPhaseBySlug } from "@/features/pdca/phases";
import { sheetByKey, sheetFor, type Sheet } from "@/features/pdca/question-bank";
import { listSchemes } from "@/features/schemes/queries";
import { schoolYearLabel, schoolYearOf } from "@/lib/school-year";
import { requireSchool } from "@/server/guards";
import { withScope } from "@/server/tenant";

type Props = { params: Promise<{ uai: string; phase: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const phase = findPhaseBySlug((await params).phase);
  return { title: phase?.title ?? "Page introuvable" };
}

export default async function PhasePage({ params }: Props) {
  const { uai, phase: slug } = await params;
  const { establishment, data } = await requireSchool(uai, "establishment.read");
  const phase = findPhaseBySlug(slug);
  if (!phase) notFound();
  const year = schoolYearOf(new Date());
  const schemes = await withScope(data, (tx) => listSchemes(tx, { establishmentId: establishment.id, schoolYear: year }));
  // The sheet that fits each scheme; strands sharing a sheet are shown together.
  const sheets = new Map<string, { sheet: Sheet; strands: string[] }>();
  for (const scheme of schemes) {
    const sheet = sheetFor(scheme.framework.code, scheme.strand);
    if (!sheet) continue;
    const entry = sheets.get(sheet.key) ?? { sheet, strands: [] };
    entry.strands.push(scheme.label);
    sheets.set(sheet.key, entry);
  }
  const general = sheetByKey("tvp-general");
  return (
    <section aria-labelledby="phase" className="space-y-6">
      <div>
        <h2 id="phase" className="text-lg font-semibold">
          {phase.title} <span className="font-normal text-slate-600">({phase.english})</span>
        </h2>
        <p className="mt-1 text-slate-700">{phase.summary} — année {schoolYearLabel(year)}</p>
        <p className="mt-3 max-w-prose rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          Voici les questions guides et les indicateurs de la grille qui s&apos;applique à vos dispositifs. La saisie des
          réponses, des pièces jointes et la validation de la grille arrivent dans une prochaine version de Boussole.
        </p>
      </div>
      {sheets.size === 0 ? (
        <>
          <p>
            Aucun dispositif n&apos;est ouvert pour {schoolYearLabel(year)} :{" "}
            <Link href={`/etablissements/${establishment.uai}/organisation/${schoolYearLabel(year)}/dispositifs`} className="font-medium text-brand-700 underline">
              ouvrez les volets de l&apos;année
            </Link>{" "}
            pour afficher leur grille. En attendant, la grille générale :
          </p>
          {general && <PhaseGuide sheet={general} phase={phase.key} strands={[]} />}
        </>
      ) : (
        [...sheets.values()].map(({ sheet, strands }) => <PhaseGuide key={sheet.key} sheet={sheet} phase={phase.key} strands={strands} />)
      )}
    </section>
  );
}
