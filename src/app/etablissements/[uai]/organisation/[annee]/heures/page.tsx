import type { Metadata } from "next";
import { canOn } from "@/features/access/scope";
import { diplomaLabels, yearOfStudyLabel } from "@/features/frameworks/diplomas";
import { ComplianceTable } from "@/features/hours/components/compliance-table";
import { HourGrid } from "@/features/hours/components/hour-grid";
import { HourTotalsTable } from "@/features/hours/components/hour-totals-table";
import { loadCompliance, loadHourGrid, loadHourTotals } from "@/features/hours/queries";
import { listSchemes } from "@/features/schemes/queries";
import { schoolYearLabel } from "@/lib/school-year";
import { requireSchoolYear } from "@/server/school-year-guard";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Heures" };

type Props = { params: Promise<{ uai: string; annee: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HoursPage({ params, searchParams }: Props) {
  const { scope, establishment, year, data } = await requireSchoolYear(params, "organisation.read");
  const wanted = (await searchParams).classe;
  const where = { establishmentId: establishment.id, schoolYear: year };
  const { compliance, schemes, divisions, totals, grid, divisionId } = await withScope(data, async (tx) => {
    const [compliance, schemes, divisions, totals] = await Promise.all([
      loadCompliance(tx, { ...where, today: new Date() }),
      listSchemes(tx, where),
      tx.division.findMany({ where, orderBy: [{ diploma: "asc" }, { yearOfStudy: "asc" }, { name: "asc" }], select: { id: true, name: true, diploma: true, yearOfStudy: true } }),
      loadHourTotals(tx, where),
    ]);
    const divisionId = divisions.find((d) => d.id === wanted)?.id ?? divisions[0]?.id;
    const grid = divisionId ? await loadHourGrid(tx, { ...where, divisionId }) : null;
    return { compliance, schemes, divisions, totals, grid, divisionId };
  });
  const basePath = `/etablissements/${establishment.uai}/organisation/${schoolYearLabel(year)}/heures`;
  const selected = divisions.find((d) => d.id === divisionId);
  const byStrand = schemes.map((s) => {
    const rows = totals.filter((t) => t.schemeId === s.id);
    return { label: s.label, planned: rows.reduce((a, r) => a + r.planned, 0), delivered: rows.reduce((a, r) => a + r.delivered, 0) };
  });
  const byDiscipline = [...new Set(totals.filter((t) => t.discipline).map((t) => t.discipline))].sort().map((discipline) => {
    const rows = totals.filter((t) => t.discipline === discipline);
    return { label: discipline, planned: rows.reduce((a, r) => a + r.planned, 0), delivered: rows.reduce((a, r) => a + r.delivered, 0) };
  });

  return (
    <div className="space-y-10">
      <section aria-labelledby="conformite">
        <h2 id="conformite" className="mb-1 text-lg font-semibold">Conformité des heures</h2>
        <p className="mb-4 max-w-prose text-sm text-slate-700">
          Pour chaque classe : le volume réglementaire de l&apos;année (les trois volets ensemble), les heures prévues et faites, l&apos;écart, et le cumul sur le cycle.
        </p>
        <ComplianceTable classes={compliance} planHref={basePath} />
      </section>

      <section aria-labelledby="totaux">
        <h2 id="totaux" className="mb-3 text-lg font-semibold">Totaux de l&apos;établissement</h2>
        <div className="grid gap-6 md:grid-cols-2">
          <HourTotalsTable caption="Par volet" heading="Volet" rows={byStrand} />
          {byDiscipline.length > 0 && (
            <HourTotalsTable caption="Par discipline" heading="Discipline" rows={byDiscipline} />
          )}
        </div>
      </section>

      <section aria-labelledby="plan-titre" id="plan">
        <h2 id="plan-titre" className="mb-3 text-lg font-semibold">Plan d&apos;heures d&apos;une classe</h2>
        {divisions.length === 0 ? (
          <p>Ajoutez ou importez d&apos;abord les classes de l&apos;année.</p>
        ) : (
          <>
            <form method="get" action={basePath} className="mb-4 flex flex-wrap items-end gap-2">
              <div>
                <label htmlFor="classe" className="block text-sm font-medium">Classe</label>
                <select id="classe" name="classe" defaultValue={divisionId} className="mt-1 rounded border border-slate-400 bg-white px-2 py-1.5">
                  {divisions.map((d) => (
                    <option key={d.id} value={d.id}>{d.name} — {diplomaLabels[d.diploma]} {yearOfStudyLabel(d.diploma, d.yearOfStudy)}</option>
                  ))}
                </select>
              </div>
              <button type="submit" className="rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100">Afficher</button>
            </form>
            {selected && grid && (
              <HourGrid
                key={selected.id}
                establishmentId={establishment.id}
                divisionId={selected.id}
                periods={grid.periods.map((p) => ({ id: p.id, name: p.name }))}
                schemes={schemes.map((s) => ({ id: s.id, label: s.label }))}
                entries={grid.entries}
                canEdit={canOn(scope, "establishment.write", establishment)}
              />
            )}
          </>
        )}
      </section>
    </div>
  );
}
