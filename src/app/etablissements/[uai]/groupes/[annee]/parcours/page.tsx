import type { Metadata } from "next";
import { inputClass, labelClass, secondaryButton } from "@/components/ui/form-styles";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { loadRotation } from "@/features/groups/queries";
import { pupilPaths } from "@/features/groups/rotation";
import { requireSchoolYear } from "@/server/school-year-guard";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Parcours des élèves" };

const trendClass = { up: "text-green-800", down: "text-red-800", same: "text-slate-700" } as const;

export default async function RotationPage({
  params,
  searchParams,
}: {
  params: Promise<{ uai: string; annee: string }>;
  searchParams: Promise<{ classe?: string }>;
}) {
  const { establishment, year, data } = await requireSchoolYear(params, "groups.read");
  const { classe } = await searchParams;
  const divisions = await withScope(data, (tx) =>
    tx.division.findMany({ where: { establishmentId: establishment.id, schoolYear: year }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  );
  const division = divisions.find((d) => d.id === classe) ?? divisions[0];
  const rotation = division ? await withScope(data, (tx) => loadRotation(tx, { establishmentId: establishment.id, schoolYear: year, divisionId: division.id })) : null;
  const paths = rotation
    ? pupilPaths(
        rotation.periods,
        rotation.pupils.map((p) => p.id),
        rotation.memberships,
        rotation.results,
        (id) => rotation.competencies.get(id) ?? "Compétence",
      )
    : [];
  return (
    <section aria-labelledby="parcours" className="space-y-4">
      <h2 id="parcours" className="text-lg font-semibold">
        Parcours des élèves d&apos;une période à l&apos;autre
      </h2>
      <p className="max-w-3xl text-sm text-slate-700">
        À la fin de chaque période, le diagnostic est refait et les groupes recomposés. Ce tableau montre, pour chaque élève, ses groupes période après période et
        l&apos;évolution de ses niveaux entre ses deux derniers diagnostics (↑ progrès, ↓ recul, = stable).
      </p>
      {divisions.length === 0 ? (
        <p>Aucune classe cette année.</p>
      ) : (
        <form method="get" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="parcours-classe" className={labelClass}>
              Classe
            </label>
            <select id="parcours-classe" name="classe" defaultValue={division?.id} className={inputClass}>
              {divisions.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={secondaryButton}>
            Afficher
          </button>
        </form>
      )}
      {rotation && division && (
        rotation.pupils.length === 0 ? (
          <p>Aucun élève en {division.name}.</p>
        ) : (
          <ScrollRegion label={`Parcours des élèves de ${division.name}`}>
            <table className="min-w-full border-collapse bg-white text-sm">
              <caption className="sr-only">Parcours des élèves de {division.name}</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="p-2">Élève</th>
                  {rotation.periods.map((p) => (
                    <th key={p.id} scope="col" className="p-2">
                      {p.name}
                    </th>
                  ))}
                  <th scope="col" className="p-2">Évolution des niveaux</th>
                </tr>
              </thead>
              <tbody>
                {paths.map((path, i) => {
                  const pupil = rotation.pupils[i]!;
                  return (
                    <tr key={path.pupilId} className="border-b border-slate-200 align-top">
                      <th scope="row" className="p-2 text-left font-medium">
                        {pupil.lastName} {pupil.firstName}
                      </th>
                      {path.groups.map((names, j) => (
                        <td key={rotation.periods[j]!.id} className="p-2">
                          {names.length ? names.join(", ") : <span className="text-slate-600">—</span>}
                        </td>
                      ))}
                      <td className="p-2">
                        {path.changes.length === 0 ? (
                          <span className="text-slate-600">Un seul diagnostic pour l&apos;instant</span>
                        ) : (
                          <ul>
                            {path.changes.map((c) => (
                              <li key={c.competencyId}>
                                {c.competency} : <span className={trendClass[c.trend]}>{c.text}</span>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )
      )}
    </section>
  );
}
