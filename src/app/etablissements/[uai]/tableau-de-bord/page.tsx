import type { Metadata } from "next";
import Link from "next/link";
import { canOn } from "@/features/access/scope";
import { complianceLabels, type ComplianceStatus } from "@/features/hours/compliance";
import { ComplianceTable } from "@/features/hours/components/compliance-table";
import { familyLabels, indicatorFamilies, sourceLabels } from "@/features/indicators/catalogue";
import { IndicatorTable, type IndicatorTableRow } from "@/features/indicators/components/indicator-table";
import { LateActions } from "@/features/indicators/components/late-actions";
import { TrendGrid } from "@/features/indicators/components/trend-grid";
import { Figure } from "@/features/indicators/components/figure-cell";
import { ESSENTIAL_INDICATORS, trendsOf, type DashboardRow } from "@/features/indicators/dashboard";
import { loadSchoolDashboard } from "@/features/indicators/load-school-dashboard";
import { yearFromParam } from "@/features/indicators/year-param";
import { schoolYearLabel } from "@/lib/school-year";
import { requireSchool } from "@/server/guards";

export const metadata: Metadata = { title: "Tableau de bord" };

const tableRow = (row: DashboardRow): IndicatorTableRow => ({
  code: row.code,
  label: row.label,
  source: sourceLabels[row.source],
  unit: row.unit,
  value: row.value,
  suppressed: row.suppressed,
  previous: row.previous,
  previousSuppressed: row.years[1]!.suppressed,
  baseline: row.baseline,
  target: row.target,
  status: row.status,
});

type Props = { params: Promise<{ uai: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ params, searchParams }: Props) {
  const access = await requireSchool((await params).uai, "indicators.read");
  const { scope, establishment } = access;
  const year = yearFromParam((await searchParams).annee);
  const { aggregateOnly, rows, compliance, lateActions } = await loadSchoolDashboard(access, year);
  const base = `/etablissements/${establishment.uai}`;
  const label = schoolYearLabel(year);
  const of = (code: string) => rows.find((r) => r.code === code)!;
  // The essential figures' trends here; every indicator's on their own page.
  const trends = trendsOf(rows, year);
  const essentialTrends = trends.filter((t) => (ESSENTIAL_INDICATORS as readonly string[]).includes(t.row.code));
  const counts: Record<ComplianceStatus, number> = { ON_TRACK: 0, AT_RISK: 0, SHORT: 0, NO_REFERENCE: 0 };
  for (const c of compliance) counts[c.year.status] += 1;

  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 className="text-xl font-semibold">Tableau de bord des indicateurs — {label}</h2>
          {aggregateOnly && (
            <p className="mt-1 max-w-prose text-sm text-slate-700">
              Vue agrégée : aucune donnée nominative ; les effectifs de 1 à 4 élèves sont masqués (« &lt; 5 »).
            </p>
          )}
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <form method="get" className="flex items-end gap-2">
            <div>
              <label htmlFor="annee" className="block text-sm font-medium">Année scolaire</label>
              <select id="annee" name="annee" defaultValue={label} className="mt-1 rounded border border-slate-400 bg-white px-2 py-1.5">
                {[year - 2, year - 1, year, year + 1].map((y) => (
                  <option key={y} value={schoolYearLabel(y)}>{schoolYearLabel(y)}</option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100">Afficher</button>
          </form>
          <a href={`${base}/tableau-de-bord/csv?annee=${label}`} className="rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100" download>
            Exporter en CSV
          </a>
          {canOn(scope, "indicators.target", establishment) && (
            <Link href={`${base}/indicateurs/${label}`} className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900">
              Saisir les indicateurs
            </Link>
          )}
        </div>
      </div>

      <section aria-labelledby="essentiel">
        <h3 id="essentiel" className="mb-3 text-lg font-semibold">L&apos;essentiel</h3>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {ESSENTIAL_INDICATORS.map((code) => {
            const row = of(code);
            return (
              <div key={code} className="rounded border border-slate-200 p-3">
                <dt className="text-sm text-slate-700">{row.label}</dt>
                <dd className="text-2xl font-semibold tabular-nums"><Figure value={row.value} suppressed={row.suppressed} unit={row.unit} /></dd>
              </div>
            );
          })}
        </dl>
      </section>

      <section aria-labelledby="indicateurs" className="space-y-6">
        <h3 id="indicateurs" className="text-lg font-semibold">Indicateurs et cibles</h3>
        {indicatorFamilies.map((family) => (
          <IndicatorTable key={family} caption={familyLabels[family]} rows={rows.filter((r) => r.family === family).map(tableRow)} schoolYear={year} />
        ))}
      </section>

      <section aria-labelledby="evolution">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h3 id="evolution" className="text-lg font-semibold">Évolution de l&apos;essentiel</h3>
          {trends.length > 0 && (
            <Link href={`${base}/tableau-de-bord/evolutions?annee=${label}`} className="text-sm font-medium underline">
              Évolution de tous les indicateurs ({trends.length})
            </Link>
          )}
        </div>
        {essentialTrends.length === 0 ? (
          <p className="text-sm">Pas encore assez de valeurs pour tracer l&apos;évolution des indicateurs essentiels.</p>
        ) : (
          <TrendGrid trends={essentialTrends} />
        )}
      </section>

      <section aria-labelledby="heures">
        <h3 id="heures" className="mb-3 text-lg font-semibold">Conformité des heures</h3>
        <p className="mb-3 text-sm">
          Réglementaire : <Figure value={of("HOURS_REGULATORY").value} suppressed={false} unit="HOURS" /> · prévu :{" "}
          <Figure value={of("HOURS_PLANNED").value} suppressed={false} unit="HOURS" /> · fait : <Figure value={of("HOURS_DELIVERED").value} suppressed={false} unit="HOURS" />
        </p>
        {canOn(scope, "organisation.read", establishment) ? (
          <ComplianceTable classes={compliance} planHref={`${base}/organisation/${label}/heures`} />
        ) : (
          <ul className="list-inside list-disc text-sm">
            {(Object.keys(counts) as ComplianceStatus[]).map((status) => (
              <li key={status}>{complianceLabels[status]} : {counts[status]} classe{counts[status] > 1 ? "s" : ""}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="grilles">
        <h3 id="grilles" className="mb-3 text-lg font-semibold">Grilles PDCA</h3>
        <p className="text-sm">
          Avancement des grilles de l&apos;année : <strong><Figure value={of("GRID_COMPLETION").value} suppressed={false} unit="PERCENT" /></strong> des éléments répondus ·
          actions réalisées à temps : <strong><Figure value={of("ACTIONS_ON_TIME").value} suppressed={false} unit="PERCENT" /></strong>.{" "}
          <Link href={`${base}/grilles/${label}`} className="underline">Voir les grilles</Link>
        </p>
      </section>

      <section aria-labelledby="retards">
        <h3 id="retards" className="mb-3 text-lg font-semibold">Actions en retard</h3>
        <LateActions actions={lateActions} />
      </section>
    </div>
  );
}
