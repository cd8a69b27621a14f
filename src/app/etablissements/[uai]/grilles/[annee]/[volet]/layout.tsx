import type { ReactNode } from "react";
import Link from "next/link";
import { GridTabs } from "@/features/pdca/components/grid-tabs";
import { gridStatusLabels } from "@/features/pdca/grid-access";
import { schoolYearLabel } from "@/lib/school-year";
import { requireGrid } from "@/server/grid-guard";

export default async function GridLayout({ children, params }: { children: ReactNode; params: Promise<{ uai: string; annee: string; volet: string }> }) {
  const { establishment, year, loaded } = await requireGrid(params);
  const base = `/etablissements/${establishment.uai}/grilles/${schoolYearLabel(year)}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2 print:hidden">
        <div>
          <p className="text-sm">
            <Link href={base} className="text-brand-700 underline">Grilles {schoolYearLabel(year)}</Link>
          </p>
          <h2 className="text-xl font-semibold">
            {loaded.scheme.label} <span className="font-normal text-slate-600">— {schoolYearLabel(year)}</span>
          </h2>
          {loaded.sheet && <p className="text-sm text-slate-700">{loaded.sheet.title} (version {loaded.sheet.version})</p>}
        </div>
        <p className="rounded border border-slate-300 bg-white px-3 py-1 text-sm font-medium">
          {loaded.grid ? gridStatusLabels[loaded.grid.status] : "Grille non commencée"}
        </p>
      </div>
      <GridTabs basePath={`${base}/${(await params).volet}`} />
      {children}
    </div>
  );
}
