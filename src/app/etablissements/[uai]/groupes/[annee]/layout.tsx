import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { GroupsNav } from "@/features/groups/components/groups-nav";
import { parseSchoolYear } from "@/lib/school-year";
import { requireSchool } from "@/server/guards";

export default async function GroupsYearLayout({ children, params }: { children: ReactNode; params: Promise<{ uai: string; annee: string }> }) {
  const { uai, annee } = await params;
  const { establishment } = await requireSchool(uai, "groups.read");
  const year = parseSchoolYear(annee);
  if (year === null) notFound();
  return (
    <>
      <GroupsNav basePath={`/etablissements/${establishment.uai}/groupes`} year={year} />
      {children}
    </>
  );
}
