"use client";

import { useSelectedLayoutSegment } from "next/navigation";
import { TabNav } from "@/components/ui/tab-nav";
import { pdcaPhases } from "../phases";

/** A grid's pages: its overview, the four phases, and the print view. */
export function GridTabs({ basePath }: { basePath: string }) {
  const segment = useSelectedLayoutSegment();
  const tabs = [
    { segment: null, label: "Suivi", badge: null },
    ...pdcaPhases.map((phase) => ({ segment: phase.slug, label: phase.title, badge: phase.letter })),
    { segment: "impression", label: "Imprimer", badge: null },
  ];
  return (
    <TabNav
      label="Phases de la grille"
      className="print:hidden"
      tabs={tabs.map((tab) => ({
        href: tab.segment ? `${basePath}/${tab.segment}` : basePath,
        label: tab.label,
        badge: tab.badge,
        current: segment === tab.segment ? "page" : undefined,
      }))}
    />
  );
}
