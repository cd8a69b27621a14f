import type { Metadata } from "next";
import Link from "next/link";
import { familyLabels, indicatorFamilies } from "@/features/indicators/catalogue";
import { TrendGrid } from "@/features/indicators/components/trend-grid";
import { trendsOf } from "@/features/indicators/dashboard";
import { loadSchoolIndicators } from "@/features/indicators/load-school-dashboard";
import { yearFromParam } from "@/features/indicators/year-param";
import { schoolYearLabel } from "@/lib/school-year";
import { requireSchool } from "@/server/guards";

export const metadata: Metadata = { title: "Évolution des indicateurs" };

type Props = { params: Promise<{ uai: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every indicator's trend, by family: what the dashboard draws for its essential figures only. */
export default async function TrendsPage({ params, searchParams }: Props) {
  const access = await requireSchool((await params).uai, "indicators.read");
  const year = yearFromParam((await searchParams).annee);
  const { aggregateOnly, rows } = await loadSchoolIndicators(access, year);
  const trends = trendsOf(rows, year);
  const label = schoolYearLabel(year);

  return (
    <div className="space-y-8">
      <div>
        <Link href={`/etablissements/${access.establishment.uai}/tableau-de-bord?annee=${label}`} className="text-sm underline">
          Retour au tableau de bord
        </Link>
        <h2 className="mt-2 text-xl font-semibold">Évolution des indicateurs — {label}</h2>
        <p className="mt-1 max-w-prose text-sm text-slate-700">
          Par période d&apos;enseignement quand l&apos;indicateur a des valeurs par période, sinon sur trois années scolaires. Chaque
          graphique est suivi de ses valeurs en tableau.
          {aggregateOnly && " Vue agrégée : les effectifs de 1 à 4 élèves sont masqués (« < 5 »)."}
        </p>
      </div>
      {trends.length === 0 ? (
        <p className="text-sm">Pas encore assez de valeurs pour tracer une évolution.</p>
      ) : (
        indicatorFamilies.map((family) => {
          const ofFamily = trends.filter((t) => t.row.family === family);
          if (ofFamily.length === 0) return null;
          return (
            <section key={family} aria-labelledby={`famille-${family.toLowerCase()}`}>
              <h3 id={`famille-${family.toLowerCase()}`} className="mb-3 text-lg font-semibold">
                {familyLabels[family]}
              </h3>
              <TrendGrid trends={ofFamily} />
            </section>
          );
        })
      )}
    </div>
  );
}
