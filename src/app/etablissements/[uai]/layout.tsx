import type { ReactNode } from "react";
import { canOn } from "@/features/access/scope";
import { EstablishmentHeader } from "@/features/establishments/components/establishment-header";
import { SchoolNav } from "@/features/establishments/components/school-nav";
import { requireSchool } from "@/server/guards";

export default async function EstablishmentLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ uai: string }>;
}) {
  const { scope, establishment } = await requireSchool((await params).uai, "establishment.read");
  return (
    <>
      <EstablishmentHeader establishment={establishment} />
      <SchoolNav
        basePath={`/etablissements/${establishment.uai}`}
        showOrganisation={canOn(scope, "organisation.read", establishment)}
        showPupils={canOn(scope, "pupils.read", establishment)}
        showGroups={canOn(scope, "groups.read", establishment)}
        showMyGroups={canOn(scope, "sessions.record", establishment)}
        showDashboard={canOn(scope, "indicators.read", establishment)}
        showIndicators={canOn(scope, "indicators.target", establishment)}
        showMembers={canOn(scope, "members.read", establishment)}
        showAudit={canOn(scope, "audit.read", establishment)}
      />
      {children}
    </>
  );
}
