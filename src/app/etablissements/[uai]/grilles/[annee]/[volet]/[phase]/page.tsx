import type { Metadata } from "next";
import { canOn } from "@/features/access/scope";
import { ActBlock } from "@/features/pdca/components/act-block";
import { PhaseSheet } from "@/features/pdca/components/phase-sheet";
import { answersEditable, actEditable } from "@/features/pdca/grid-access";
import { findPhaseBySlug } from "@/features/pdca/phases";
import { versionOf } from "@/lib/versions";
import { requireGridPhase } from "@/server/grid-guard";

type Props = { params: Promise<{ uai: string; annee: string; volet: string; phase: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: findPhaseBySlug((await params).phase)?.title ?? "Page introuvable" };
}

export default async function GridPhasePage({ params }: Props) {
  const { scope, establishment, loaded, phase } = await requireGridPhase(params);
  const canWrite = canOn(scope, "establishment.write", establishment);
  const grid = loaded.grid;
  const editable = Boolean(grid && canWrite && answersEditable(grid.status));
  return (
    <section aria-labelledby="phase" className="space-y-4">
      <div>
        <h3 id="phase" className="text-lg font-semibold">
          {phase.title} <span className="font-normal text-slate-600">({phase.english})</span>
        </h3>
        <p className="text-slate-700">{phase.summary}</p>
        {!grid && <p className="mt-2 text-sm text-amber-900">La grille n&apos;est pas commencée : voici ses questions.</p>}
        {grid && canWrite && !answersEditable(grid.status) && (
          <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
            {grid.status === "SUBMITTED" ? "La grille est soumise : les réponses sont en lecture seule jusqu'à la décision du chef d'établissement." : "La grille est validée : les réponses sont en lecture seule."}
          </p>
        )}
        {editable && <p className="mt-2 text-sm text-slate-700">Chaque réponse s&apos;enregistre pendant que vous écrivez.</p>}
      </div>
      {!loaded.sheet ? (
        <p>Aucune fiche de la banque de questions ne correspond au référentiel de ce dispositif.</p>
      ) : (
        <PhaseSheet
          uai={establishment.uai}
          establishmentId={establishment.id}
          gridId={grid?.id ?? null}
          sheet={loaded.sheet}
          phase={phase.key}
          answers={grid ? loaded.answers : new Map()}
          evidence={grid ? loaded.evidence : []}
          canEdit={editable}
        />
      )}
      {phase.key === "ACT" && grid && (
        <ActBlock
          establishmentId={establishment.id}
          gridId={grid.id}
          canEdit={canWrite && actEditable(grid.status)}
          actions={loaded.actions.map((action) => ({
            id: action.id,
            title: action.title,
            process: action.process,
            owner: action.owner,
            indicator: action.indicator,
            startsOn: action.startsOn?.toISOString().slice(0, 10) ?? "",
            dueOn: action.dueOn?.toISOString().slice(0, 10) ?? "",
            doneOn: action.doneOn?.toISOString().slice(0, 10) ?? "",
            status: action.status,
            carried: Boolean(action.carriedFromId),
            version: versionOf(action.updatedAt),
          }))}
          keyDates={loaded.keyDates.map((d) => ({ id: d.id, on: d.on.toISOString().slice(0, 10), label: d.label }))}
        />
      )}
    </section>
  );
}
