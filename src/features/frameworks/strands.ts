import type { StrandKind } from "@/generated/prisma/enums";

export const strandKinds = ["CONSOLIDATION", "PERSONALISED_SUPPORT", "GUIDANCE"] as const satisfies readonly StrandKind[];
export type { StrandKind };

/** Default French names of the strands; a framework may name its own. */
export const strandLabels: Record<StrandKind, string> = {
  CONSOLIDATION: "Consolidation des acquis",
  PERSONALISED_SUPPORT: "Accompagnement personnalisé",
  GUIDANCE: "Aide à l'orientation",
};

/** The strand's segment in a grid's address, e.g. /grilles/2026-2027/accompagnement-personnalise. */
export const strandSlugs: Record<StrandKind, string> = {
  CONSOLIDATION: "consolidation",
  PERSONALISED_SUPPORT: "accompagnement-personnalise",
  GUIDANCE: "orientation",
};

export function strandFromSlug(slug: string): StrandKind | undefined {
  return strandKinds.find((kind) => strandSlugs[kind] === slug);
}
