import type { Metadata } from "next";
import Link from "next/link";
import { canOn } from "@/features/access/scope";
import { CompletionBar } from "@/features/pdca/components/completion-bar";
import { GridWorkflow } from "@/features/pdca/components/grid-workflow";
import { StartGridForm } from "@/features/pdca/components/start-grid-form";
import { pdcaPhases } from "@/features/pdca/phases";
import { answerStatusLabels } from "@/features/pdca/schemas";
import { schoolYearLabel } from "@/lib/school-year";
import { versionOf } from "@/lib/versions";
import { requireGrid } from "@/server/grid-guard";

export const metadata: Metadata = { title: "Suivi de la grille" };

const eventLabels = {
  CREATION: "Grille commencée",
  SUBMISSION: "Soumise au chef d'établissement",
  VALIDATION: "Validée",
  RETURN: "Renvoyée pour reprise",
  REOPENING: "Rouverte",
  COACHING: "Commentaire d'accompagnement",
} as const;

export default async function GridOverviewPage({ params }: { params: Promise<{ uai: string; annee: string; volet: string }> }) {
  const { scope, establishment, year, loaded } = await requireGrid(params);
  const { volet } = await params;
  const base = `/etablissements/${establishment.uai}/grilles/${schoolYearLabel(year)}/${volet}`;
  if (!loaded.grid) {
    return (
      <section aria-labelledby="suivi" className="space-y-3">
        <h3 id="suivi" className="text-lg font-semibold">Grille non commencée</h3>
        <p className="max-w-prose text-slate-700">
          {loaded.sheet
            ? `Elle suivra la fiche « ${loaded.sheet.title} » : ouvrez les phases pour lire ses questions.`
            : "Aucune fiche de la banque de questions ne correspond au référentiel de ce dispositif."}
        </p>
        {loaded.sheet && canOn(scope, "establishment.write", establishment) && (
          <StartGridForm establishmentId={establishment.id} schemeId={loaded.scheme.id} canCarryOver={loaded.canCarryOver} previousYear={schoolYearLabel(year - 1)} />
        )}
      </section>
    );
  }
  const { grid, completion, events } = loaded;
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <section aria-labelledby="completude" className="space-y-4 lg:col-span-2">
        <h3 id="completude" className="text-lg font-semibold">Complétude</h3>
        <CompletionBar label="Réponses de la grille" answered={completion.answered} total={completion.total} percent={completion.percent} />
        <ul className="space-y-4">
          {completion.phases.map((phase) => {
            const info = pdcaPhases.find((p) => p.key === phase.phase)!;
            return (
              <li key={phase.phase} className="rounded-lg border border-slate-200 bg-white p-4">
                <h4 className="font-semibold">
                  <Link href={`${base}/${info.slug}`} className="text-brand-700 underline">{info.title}</Link>
                </h4>
                <CompletionBar label={`${info.title} : réponses`} answered={phase.answered} total={phase.total} percent={phase.percent} />
                {phase.missing.length > 0 ? (
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer">
                      {phase.missing.length} à compléter{phase.inProgress ? ` (dont ${phase.inProgress} en cours)` : ""}
                    </summary>
                    <ul className="mt-2 list-disc space-y-1 pl-5">
                      {phase.missing.map((item) => (
                        <li key={item.key}>
                          {item.text} <span className="text-slate-600">— {answerStatusLabels[item.status].toLowerCase()}</span>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : (
                  <p className="mt-2 text-sm text-green-800">Tout est répondu.</p>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <div className="space-y-6">
        <GridWorkflow
          establishmentId={establishment.id}
          gridId={grid.id}
          status={grid.status}
          version={versionOf(grid.updatedAt)}
          canSubmit={canOn(scope, "establishment.write", establishment)}
          canReview={canOn(scope, "grid.review", establishment)}
          canCoach={canOn(scope, "grid.coach", establishment)}
          missing={completion.total - completion.answered}
        />
        <section aria-labelledby="documents" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <h3 id="documents" className="font-semibold">Documents</h3>
          <ul className="mt-2 space-y-1">
            <li><Link href={`${base}/impression`} className="text-brand-700 underline">Version imprimable (A4 paysage)</Link></li>
            <li><a href={`${base}/pdf`} className="text-brand-700 underline">Télécharger la grille en PDF</a></li>
          </ul>
        </section>
        <section aria-labelledby="historique" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <h3 id="historique" className="font-semibold">Étapes et commentaires</h3>
          <ol className="mt-2 space-y-3">
            {[...events].reverse().map((event) => (
              <li key={event.id}>
                <p>
                  <span className="font-medium">{eventLabels[event.kind]}</span> — {event.authorName || "?"},{" "}
                  <time dateTime={event.at.toISOString()}>{event.at.toLocaleString("fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" })}</time>
                </p>
                {event.comment && <p className="mt-1 whitespace-pre-line rounded bg-slate-50 p-2">{event.comment}</p>}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}
