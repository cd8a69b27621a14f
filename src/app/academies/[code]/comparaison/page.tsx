import type { Metadata } from "next";
import Link from "next/link";
import { diplomaLabels, diplomas } from "@/features/frameworks/diplomas";
import { establishmentKindLabels, establishmentKinds } from "@/features/establishments/schemas";
import { familyLabels, indicatorCatalogue, indicatorFamilies } from "@/features/indicators/catalogue";
import { comparisonPage, comparisonQueryString, MAX_COMPARED } from "@/features/indicators/comparison";
import { PageNav } from "@/components/ui/page-nav";
import { ComparisonTable } from "@/features/indicators/components/comparison-table";
import { loadComparisonView } from "@/features/indicators/load-comparison-view";
import { schoolYearLabel, schoolYearOf } from "@/lib/school-year";
import { requireAcademy } from "@/server/guards";

export const metadata: Metadata = { title: "Comparaison des établissements" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const count = new Intl.NumberFormat("fr-FR");
const selectClass = "mt-1 rounded border border-slate-400 bg-white px-2 py-1.5";

/** An académie's schools side by side: aggregates only, small counts hidden. */
export default async function ComparisonPage({ params, searchParams }: Props) {
  const { scope, academy } = await requireAcademy((await params).code);
  const { params: choice, table: all } = await loadComparisonView(scope, academy, await searchParams);
  const { table, paging } = comparisonPage(all, choice.page);
  const base = `/academies/${academy.code}/comparaison`;
  const query = (change = {}) => comparisonQueryString(choice, schoolYearLabel, change);
  const current = schoolYearOf(new Date());
  const pageHref = (page: number) => `${base}?${query({ page })}`;
  return (
    <>
      <p className="text-sm text-slate-600">
        <Link href={`/academies/${academy.code}`} className="underline">Académie de {academy.name}</Link>
      </p>
      <h1 className="mb-2 text-2xl font-semibold sm:text-3xl">Comparaison des établissements</h1>
      <p className="mb-6 max-w-prose text-sm text-slate-700">
        Chiffres agrégés par établissement, sans aucune donnée nominative ; un effectif de 1 à 4 élèves est masqué (« &lt; 5 ») et n&apos;entre pas dans les quartiles.
      </p>

      <form method="get" action={base} className="mb-6 space-y-4 rounded border border-slate-200 p-4">
        <div className="flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="annee" className="block text-sm font-medium">Année scolaire</label>
            <select id="annee" name="annee" defaultValue={schoolYearLabel(choice.schoolYear)} className={selectClass}>
              {[current - 3, current - 2, current - 1, current].map((y) => <option key={y} value={schoolYearLabel(y)}>{schoolYearLabel(y)}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="type" className="block text-sm font-medium">Type d&apos;établissement</label>
            <select id="type" name="type" defaultValue={choice.kind ?? ""} className={selectClass}>
              <option value="">Tous</option>
              {establishmentKinds.map((k) => <option key={k} value={k}>{establishmentKindLabels[k]}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="diplome" className="block text-sm font-medium">Diplôme préparé</label>
            <select id="diplome" name="diplome" defaultValue={choice.diploma ?? ""} className={selectClass}>
              <option value="">Tous</option>
              {diplomas.map((d) => <option key={d} value={d}>{diplomaLabels[d]}</option>)}
            </select>
          </div>
        </div>
        <fieldset>
          <legend className="text-sm font-medium">Indicateurs comparés (jusqu&apos;à {MAX_COMPARED})</legend>
          <div className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
            {indicatorFamilies.flatMap((family) =>
              indicatorCatalogue
                .filter((i) => i.family === family)
                .map((i) => (
                  <label key={i.code} className="flex items-start gap-2 text-sm">
                    <input type="checkbox" name="indicateurs" value={i.code} defaultChecked={choice.codes.includes(i.code)} className="mt-1" />
                    <span>
                      {i.label} <span className="text-xs text-slate-600">({familyLabels[family].toLowerCase()})</span>
                    </span>
                  </label>
                )),
            )}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">Comparer</button>
          <a href={`${base}/csv?${query({ page: 1 })}`} className="rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100" download>
            Exporter en CSV
          </a>
        </div>
      </form>

      {table.rows.length === 0 ? (
        <p>Aucun établissement ne correspond à ces filtres.</p>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-700">
            {paging.pages > 1
              ? `Établissements ${count.format(paging.first)} à ${count.format(paging.last)} sur ${count.format(paging.total)} (page ${paging.page} sur ${paging.pages}) ; l'export CSV les contient tous.`
              : `${count.format(paging.total)} établissement${paging.total > 1 ? "s" : ""}.`}
          </p>
          {paging.pages > 1 && <PageNav label="Pages de la comparaison" paging={paging} hrefFor={pageHref} />}
          <ComparisonTable
            table={table}
            params={choice}
            hrefFor={(change) => `${base}?${query(change)}`}
            schoolHref={(uai) => `/etablissements/${uai}/tableau-de-bord?annee=${schoolYearLabel(choice.schoolYear)}`}
          />
          {paging.pages > 1 && <PageNav label="Pages de la comparaison, sous le tableau" paging={paging} hrefFor={pageHref} />}
        </>
      )}
    </>
  );
}
