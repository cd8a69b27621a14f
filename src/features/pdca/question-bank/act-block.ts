// The "Act Agir" block of the general TVP grid (seed 000_4eb1c5e3645eb11f.txt): the headings
// of the fields a team fills after the review (shared diagnosis, objectives,
// actions), hence items of kind "guidance". Seeds 001 and 002 stop after their
// Check column; their sheets borrow this block so that every TVP grid has its Act page.

import type { Section } from "./types";

export const generalGridSeedFile = "000_4eb1c5e3645eb11f.txt";

export const generalGridActSections: Section[] = [
  {
    key: "diagnostic-partage",
    phase: "ACT",
    title: "Diagnostic partagé",
    items: [
      { key: "points-forts", kind: "guidance", text: "Points forts" },
      { key: "points-faibles", kind: "guidance", text: "Points faibles" },
    ],
  },
  {
    key: "agir",
    phase: "ACT",
    title: "Agir",
    items: [
      { key: "objectifs", kind: "guidance", text: "Objectifs" },
      { key: "actions", kind: "guidance", text: "Actions" },
      { key: "elements-action", kind: "guidance", text: "Éléments d’action", subItems: [
        "Pour chaque proposition, écrire le processus mis en œuvre avec un indicateur",
      ] },
      { key: "dates-cle", kind: "guidance", text: "Dates clé" },
    ],
  },
];

/** The Act block, marked as borrowed, for a sheet whose seed has none. */
export function borrowedActSections(): Section[] {
  return generalGridActSections.map((section) => ({
    ...section,
    items: section.items.map((item) => ({ ...item, subItems: item.subItems && [...item.subItems] })),
    borrowedFrom: generalGridSeedFile,
  }));
}
