import { YearSectionNav } from "@/components/ui/year-section-nav";

const sections = [
  { segment: null, label: "Élèves" },
  { segment: "diagnostics", label: "Diagnostics" },
  { segment: "referentiel", label: "Outils et compétences" },
] as const;

/** The pupils' pages of one school year, and the neighbouring years. */
export function PupilsNav({ basePath, year }: { basePath: string; year: number }) {
  return <YearSectionNav label="Élèves et diagnostics" basePath={basePath} year={year} sections={sections} />;
}
