"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import { pdcaPhases } from "../phases";

/** The establishment's navigation: an overview, then the four PDCA phases. */
export function PhaseNav({ basePath }: { basePath: string }) {
  const segment = useSelectedLayoutSegment();
  const items = [
    { href: basePath, label: "Vue d'ensemble", letter: null, active: segment === null },
    ...pdcaPhases.map((phase) => ({
      href: `${basePath}/${phase.slug}`,
      label: phase.title,
      letter: phase.letter,
      active: segment === phase.slug,
    })),
  ];
  return (
    <nav aria-label="Phases du cycle PDCA" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.active ? "page" : undefined}
              className={`inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium ${
                item.active
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
        ))}
      </ul>
    </nav>
  );
}
