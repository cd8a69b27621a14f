import { YearSectionNav } from "@/components/ui/year-section-nav";

const sections = [
  { segment: null, label: "Groupes de besoin" },
  { segment: "assistant", label: "Assistant de composition" },
  { segment: "parcours", label: "Parcours des élèves" },
  { segment: "referents", label: "Référents" },
  { segment: "reunions", label: "Réunions" },
] as const;

/** The follow-up of a school year's pupils: groups, assistant, paths, referents, meetings; and the neighbouring years. */
export function GroupsNav({ basePath, year }: { basePath: string; year: number }) {
  return <YearSectionNav label="Suivi des élèves" basePath={basePath} year={year} sections={sections} />;
}
