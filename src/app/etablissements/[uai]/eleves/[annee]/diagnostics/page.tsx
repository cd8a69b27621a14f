import type { Metadata } from "next";
import Link from "next/link";
import { canOn } from "@/features/access/scope";
import { DiagnosticGrid } from "@/features/diagnostics/components/diagnostic-grid";
import { TableChooser } from "@/features/diagnostics/components/table-chooser";
import { competenciesWithResults, listCompetencies, listTeachingPeriods, listTools, loadDiagnosticCells } from "@/features/diagnostics/queries";
import { domainLabels } from "@/features/diagnostics/schemas";
import { listDivisions } from "@/features/divisions/queries";
import { listPupils } from "@/features/pupils/queries";
import { schoolYearLabel } from "@/lib/school-year";
import { requireSchoolYear } from "@/server/school-year-guard";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Diagnostics" };

type Props = {
  params: Promise<{ uai: string; annee: string }>;
  searchParams: Promise<{ classe?: string | string[]; periode?: string | string[]; c?: string | string[] }>;
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function DiagnosticsPage({ params, searchParams }: Props) {
  const { scope, establishment, year, data } = await requireSchoolYear(params, "pupils.read");
  const query = await searchParams;
  const where = { establishmentId: establishment.id, schoolYear: year };
  const canWrite = canOn(scope, "diagnostics.write", establishment);
  const base = `/etablissements/${establishment.uai}/eleves/${schoolYearLabel(year)}`;

  const view = await withScope(data, async (tx) => {
    const [divisions, periods, competencies, tools] = await Promise.all([
      listDivisions(tx, where),
      listTeachingPeriods(tx, where),
      listCompetencies(tx, { establishmentId: establishment.id }),
      listTools(tx, { establishmentId: establishment.id }),
    ]);
    const division = divisions.find((d) => d.id === one(query.classe)) ?? divisions[0];
    const period = periods.find((p) => p.id === one(query.periode)) ?? periods[0];
    if (!division || !period) return { divisions, periods, competencies, tools, table: null };
    const pupils = await listPupils(tx, { ...where, divisionId: division.id });
    const active = competencies.filter((c) => !c.archived);
    const asked = [query.c ?? []].flat();
    let chosenIds = asked.filter((id) => competencies.some((c) => c.id === id));
    if (chosenIds.length === 0) {
      const withResults = await competenciesWithResults(tx, { establishmentId: establishment.id, periodId: period.id, pupilIds: pupils.map((p) => p.id) });
      chosenIds = withResults.length > 0 ? withResults : [...active.filter((c) => c.domain === "FRENCH").slice(0, 2), ...active.filter((c) => c.domain === "MATHEMATICS").slice(0, 2)].map((c) => c.id);
    }
    const columns = competencies.filter((c) => chosenIds.includes(c.id));
    const cells = await loadDiagnosticCells(tx, { establishmentId: establishment.id, periodId: period.id, pupilIds: pupils.map((p) => p.id), competencyIds: columns.map((c) => c.id) });
    const usedTool = Object.values(cells).find((cell) => cell.toolId)?.toolId ?? null;
    return { divisions, periods, competencies, tools, table: { division, period, pupils, columns, cells, usedTool } };
  });

  const { table } = view;
  return (
    <section aria-labelledby="diagnostics" className="space-y-6">
      <div>
        <h2 id="diagnostics" className="text-lg font-semibold">Diagnostic des besoins, {schoolYearLabel(year)}</h2>
        <p className="text-sm text-slate-600">
          Le niveau de chaque élève dans chaque compétence, pour une période, sur l&apos;échelle à quatre niveaux. Les professeurs
          de l&apos;établissement peuvent saisir les diagnostics de tous ses élèves.
        </p>
      </div>
      {view.divisions.length === 0 || view.periods.length === 0 || !table ? (
        <p>
          Il faut d&apos;abord des classes et des périodes pour {schoolYearLabel(year)}.{" "}
          {canOn(scope, "organisation.read", establishment) && (
            <Link href={`/etablissements/${establishment.uai}/organisation/${schoolYearLabel(year)}`} className="font-medium text-brand-700 underline">
              Organisation de l&apos;année
            </Link>
          )}
        </p>
      ) : (
        <>
          <TableChooser
            divisions={view.divisions}
            periods={view.periods}
            competencies={view.competencies.filter((c) => !c.archived || table.columns.some((col) => col.id === c.id))}
            chosen={{ divisionId: table.division.id, periodId: table.period.id, competencyIds: table.columns.map((c) => c.id) }}
          />
          {table.pupils.length === 0 ? (
            <p>
              Aucun élève en {table.division.name}.{" "}
              <Link href={`${base}?classe=${table.division.id}`} className="font-medium text-brand-700 underline">Ajouter ou importer des élèves</Link>
            </p>
          ) : table.columns.length === 0 ? (
            <p>Choisissez au moins une compétence à afficher en colonne.</p>
          ) : (
            <DiagnosticGrid
              key={`${table.division.id}|${table.period.id}|${table.columns.map((c) => c.id).join(",")}`}
              establishmentId={establishment.id}
              periodId={table.period.id}
              caption={`${table.division.name} · ${table.period.name} : ${table.pupils.length} élèves × ${table.columns.length} compétences`}
              tools={view.tools.filter((t) => !t.archived).map((t) => ({ id: t.id, label: t.label }))}
              defaultToolId={table.usedTool ?? view.tools.find((t) => t.kind === "NATIONAL_TEST" && !t.archived)?.id ?? null}
              focusOnOpen={Boolean(one(query.classe) && one(query.periode))}
              pupils={table.pupils.map((p) => ({ id: p.id, lastName: p.lastName, firstName: p.firstName }))}
              competencies={table.columns.map((c) => ({ id: c.id, label: c.label, domainLabel: domainLabels[c.domain] }))}
              cells={Object.fromEntries(Object.entries(table.cells).map(([key, cell]) => [key, { level: cell.level, version: cell.version }]))}
              canWrite={canWrite}
            />
          )}
        </>
      )}
    </section>
  );
}
