import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { OrganisationNav } from "@/features/organisation/components/organisation-nav";
import { parseSchoolYear } from "@/lib/school-year";
import { requireSchool } from "@/server/guards";

export default async function OrganisationLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ uai: string; annee: string }>;
}) {
  const { uai, annee } = await params;
  const { establishment } = await requireSchool(uai, "organisation.read");
  const year = parseSchoolYear(annee);
  if (year === null) notFound();
  return (
    <>
      <OrganisationNav basePath={`/etablissements/${establishment.uai}/organisation`} year={year} />
      {children}
    </>
  );
}
