"use client";

import { TabNav } from "@/components/ui/tab-nav";
import { useSelectedLayoutSegment } from "next/navigation";

/** A school's navigation: its overview, the PDCA grids, then its organisation, team and log when allowed. */
export function SchoolNav({
  basePath,
  showOrganisation,
  showPupils = false,
  showGroups = false,
  showMyGroups = false,
  showDashboard = false,
  showIndicators = false,
  showMembers,
  showAudit,
}: {
  basePath: string;
  showOrganisation: boolean;
  showPupils?: boolean;
  showGroups?: boolean;
  showMyGroups?: boolean;
  showDashboard?: boolean;
  showIndicators?: boolean;
  showMembers: boolean;
  showAudit: boolean;
}) {
  const segment = useSelectedLayoutSegment();
  const items = [
    { segment: null, label: "Vue d'ensemble", letter: null },
    { segment: "grilles", label: "Grilles PDCA", letter: null },
    ...(showOrganisation ? [{ segment: "organisation", label: "Organisation", letter: null }] : []),
    ...(showPupils ? [{ segment: "eleves", label: "Élèves et diagnostics", letter: null }] : []),
    ...(showGroups ? [{ segment: "groupes", label: "Groupes et suivi", letter: null }] : []),
    ...(showMyGroups ? [{ segment: "mes-groupes", label: "Mes groupes", letter: null }] : []),
    ...(showDashboard ? [{ segment: "tableau-de-bord", label: "Tableau de bord", letter: null }] : []),
    ...(showIndicators ? [{ segment: "indicateurs", label: "Indicateurs", letter: null }] : []),
    ...(showMembers ? [{ segment: "membres", label: "Équipe", letter: null }] : []),
    ...(showAudit ? [{ segment: "journal", label: "Journal", letter: null }] : []),
  ];
  return (
    <TabNav
      label="Rubriques de l'établissement"
      className="mb-6 print:hidden"
      tabs={items.map((item) => ({
        href: item.segment ? `${basePath}/${item.segment}` : basePath,
        label: item.label,
        badge: item.letter,
        current: segment === item.segment ? "page" : undefined,
      }))}
    />
  );
}
