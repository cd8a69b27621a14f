import { YearSectionNav } from "@/components/ui/year-section-nav";

const sections = [
  { segment: null, label: "Synthèse" },
  { segment: "periodes", label: "Périodes" },
  { segment: "classes", label: "Classes" },
  { segment: "dispositifs", label: "Dispositifs" },
  { segment: "heures", label: "Heures" },
] as const;

/** The organisation of one school year: its sections, and the neighbouring years. */
export function OrganisationNav({ basePath, year }: { basePath: string; year: number }) {
  return <YearSectionNav label="Organisation de l'année" basePath={basePath} year={year} sections={sections} />;
}
