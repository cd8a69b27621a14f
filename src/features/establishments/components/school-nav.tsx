"use client";

import Link from "next/link";
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
    <nav aria-label="Rubriques de l'établissement" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {items.map((item) => {
          const active = segment === item.segment;
          return (
            <li key={item.segment ?? "accueil"}>
              <Link
                href={item.segment ? `${basePath}/${item.segment}` : basePath}
                aria-current={active ? "page" : undefined}
                className={`inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium ${
                  active
                    ? "border-brand-600 text-brand-700"
                    : "border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900"
                }`}
              >
                {item.letter && (
                  <span aria-hidden="true" className="rounded bg-slate-200 px-1.5 text-xs font-bold text-slate-800">
                    {item.letter}
                  </span>
                )}
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
