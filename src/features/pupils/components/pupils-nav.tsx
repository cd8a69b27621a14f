"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";

const sections = [
  { segment: null, label: "Élèves" },
  { segment: "diagnostics", label: "Diagnostics" },
  { segment: "referentiel", label: "Outils et compétences" },
] as const;

/** The pupils' pages of one school year, and the neighbouring years. */
export function PupilsNav({ basePath, year }: { basePath: string; year: number }) {
  const segment = useSelectedLayoutSegment();
  const yearPath = (y: number) => `${basePath}/${y}-${y + 1}${segment ? `/${segment}` : ""}`;
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
      <nav aria-label="Élèves et diagnostics">
        <ul className="flex flex-wrap gap-1">
          {sections.map((section) => {
            const active = segment === section.segment;
            return (
              <li key={section.label}>
                <Link
                  href={`${basePath}/${year}-${year + 1}${section.segment ? `/${section.segment}` : ""}`}
                  aria-current={active ? "page" : undefined}
                  className={`inline-block rounded px-3 py-1.5 text-sm font-medium ${
                    active ? "bg-brand-700 text-white" : "bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100"
                  }`}
                >
                  {section.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <nav aria-label="Année scolaire" className="flex items-center gap-2 text-sm">
        <Link href={yearPath(year - 1)} className="rounded px-2 py-1 hover:bg-slate-100" aria-label={`Année ${year - 1}-${year}`}>
          ←
        </Link>
        <span className="font-semibold">Année {year}-{year + 1}</span>
        <Link href={yearPath(year + 1)} className="rounded px-2 py-1 hover:bg-slate-100" aria-label={`Année ${year + 1}-${year + 2}`}>
          →
        </Link>
      </nav>
    </div>
  );
}
