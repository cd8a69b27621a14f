"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";

export type YearSection = { segment: string | null; label: string };

/**
 * The sections of a school year's pages (organisation, pupils, groups…) as
 * buttons, and the arrows to the neighbouring years. A page below a section
 * that is not a section itself (an object's own page) belongs to the first
 * section, the year's list.
 */
export function YearSectionNav({ label, basePath, year, sections }: { label: string; basePath: string; year: number; sections: readonly YearSection[] }) {
  const raw = useSelectedLayoutSegment();
  const segment = raw && sections.some((s) => s.segment === raw) ? raw : null;
  const yearPath = (y: number) => `${basePath}/${y}-${y + 1}${segment ? `/${segment}` : ""}`;
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
      <nav aria-label={label}>
        <ul className="flex flex-wrap gap-1">
          {sections.map((section) => {
            const active = segment === section.segment;
            const current = active ? (raw === segment ? "page" : "location") : undefined;
            return (
              <li key={section.label}>
                <Link
                  href={`${basePath}/${year}-${year + 1}${section.segment ? `/${section.segment}` : ""}`}
                  aria-current={current}
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
