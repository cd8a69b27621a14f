// The four columns of every PDCA grid of the seeds, in their order.

export const pdcaPhases = [
  {
    key: "PLAN",
    slug: "planifier",
    letter: "P",
    title: "Planifier",
    english: "Plan",
    summary: "Contexte, stratégie, sens, objectifs",
  },
  {
    key: "DO",
    slug: "mettre-en-oeuvre",
    letter: "D",
    title: "Mettre en œuvre",
    english: "Do",
    summary: "Acteurs, actions, moyens, temps",
  },
  {
    key: "CHECK",
    slug: "evaluer",
    letter: "C",
    title: "Évaluer",
    english: "Check",
    summary: "Indicateurs de suivi, bilans d'étape, enquêtes",
  },
  {
    key: "ACT",
    slug: "agir",
    letter: "A",
    title: "Agir",
    english: "Act",
    summary: "Diagnostic partagé, objectifs, actions et dates clés",
  },
] as const;

export type PdcaPhase = (typeof pdcaPhases)[number];

export function findPhaseBySlug(slug: string): PdcaPhase | undefined {
  return pdcaPhases.find((phase) => phase.slug === slug);
}
