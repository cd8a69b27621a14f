"use client";

import { TabNav } from "@/components/ui/tab-nav";
import { useSelectedLayoutSegment } from "next/navigation";
import { pdcaPhases } from "@/features/pdca/phases";

/** A school's navigation: its overview, the four PDCA phases, then its organisation, team and log when allowed. */
export function SchoolNav({
  basePath,
  showOrganisation,
  showMembers,
  showAudit,
}: {
  basePath: string;
  showOrganisation: boolean;
  showMembers: boolean;
  showAudit: boolean;
}) {
  const segment = useSelectedLayoutSegment();
  const items = [
    { segment: null, label: "Vue d'ensemble", letter: null },
    ...pdcaPhases.map((phase) => ({ segment: phase.slug, label: phase.title, letter: phase.letter })),
    ...(showOrganisation ? [{ segment: "organisation", label: "Organisation", letter: null }] : []),
    ...(showMembers ? [{ segment: "membres", label: "Équipe", letter: null }] : []),
    ...(showAudit ? [{ segment: "journal", label: "Journal", letter: null }] : []),
  ];
  return (
    <TabNav
      label="Rubriques de l'établissement"
      className="mb-6"
      tabs={items.map((item) => ({
        href: item.segment ? `${basePath}/${item.segment}` : basePath,
        label: item.label,
        badge: item.letter,
        current: segment === item.segment ? "page" : undefined,
      }))}
    />
  );
}
