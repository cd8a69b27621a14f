import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findPhaseBySlug } from "@/features/pdca/phases";
import { requireSchool } from "@/server/guards";

type Props = { params: Promise<{ uai: string; phase: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const phase = findPhaseBySlug((await params).phase);
  return { title: phase?.title ?? "Page introuvable" };
}

export default async function PhasePage({ params }: Props) {
  const { uai, phase: slug } = await params;
  await requireSchool(uai, "establishment.read");
  const phase = findPhaseBySlug(slug);
  if (!phase) notFound();
  return (
    <section aria-labelledby="phase">
      <h2 id="phase" className="text-lg font-semibold">
        {phase.title} <span className="font-normal text-slate-600">({phase.english})</span>
      </h2>
      <p className="mt-1 text-slate-700">{phase.summary}</p>
      <p className="mt-4 max-w-prose rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
        Cette phase de la grille n&apos;est pas encore disponible dans Boussole : elle sera construite dans
        une prochaine version.
      </p>
    </section>
  );
}
