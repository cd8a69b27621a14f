import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PupilsNav } from "@/features/pupils/components/pupils-nav";
import { parseSchoolYear } from "@/lib/school-year";
import { requireSchool } from "@/server/guards";

export default async function PupilsLayout({ children, params }: { children: ReactNode; params: Promise<{ uai: string; annee: string }> }) {
  const { uai, annee } = await params;
  const { establishment } = await requireSchool(uai, "pupils.read");
  const year = parseSchoolYear(annee);
  if (year === null) notFound();
  return (
    <>
      <PupilsNav basePath={`/etablissements/${establishment.uai}/eleves`} year={year} />
      {children}
    </>
  );
}
