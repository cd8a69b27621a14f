import { levelAbbreviations, levelLabels, masteryLevels } from "../levels";
import { shownCount, shownDiagnosed, type DomainRow } from "../privacy";
import { domainLabels } from "../schemas";

export type SchoolDiagnosticLine = { uai: string; name: string; pupilsEnrolled: number | null; pupilsDiagnosed: number | null };

/** Diagnostics of an académie's schools as counts and rates only: never a pupil; counts under 5 shown as "< 5". */
export function AcademyDiagnostics({ schools, rows, yearLabel }: { schools: SchoolDiagnosticLine[]; rows: DomainRow[]; yearLabel: string }) {
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600">
        Année {yearLabel}. Effectifs seulement : aucun nom d&apos;élève ne quitte l&apos;établissement. Un effectif de 1 à 4 est
        affiché « &lt; 5 », et un total ou un taux qui permettrait de le retrouver n&apos;est pas affiché.
      </p>
      <div className="relative overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Élèves positionnés par établissement, {yearLabel}</caption>
          <thead>
            <tr className="text-slate-600">
              <th scope="col" className="py-2 pr-3 font-medium">Établissement</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">Élèves inscrits</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">Élèves positionnés</th>
              <th scope="col" className="py-2 text-right font-medium">Part</th>
            </tr>
          </thead>
          <tbody>
            {schools.map((school) => (
              <tr key={school.uai} className="border-t border-slate-200">
                <th scope="row" className="py-2 pr-3 font-medium">{school.name}</th>
                <td className="py-2 pr-3 text-right tabular-nums">{shownCount(school.pupilsEnrolled)}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{shownDiagnosed(school.pupilsDiagnosed, school.pupilsEnrolled).count}</td>
                <td className="py-2 text-right tabular-nums">{shownDiagnosed(school.pupilsDiagnosed, school.pupilsEnrolled).rate ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 ? (
        <p className="text-sm">Aucun diagnostic n&apos;est encore saisi dans les établissements de l&apos;académie.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-medium">
              Niveaux par domaine (dernier diagnostic de chaque élève dans chaque compétence, tous établissements)
            </caption>
            <thead>
              <tr className="text-slate-600">
                <th scope="col" className="py-2 pr-3 font-medium">Domaine</th>
                {masteryLevels.map((level) => (
                  <th key={level} scope="col" className="py-2 pr-3 text-right font-medium">
                    <abbr title={levelLabels[level]}>{levelAbbreviations[level]}</abbr>
                  </th>
                ))}
                <th scope="col" className="py-2 text-right font-medium">Résultats</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.domain} className="border-t border-slate-200">
                  <th scope="row" className="py-2 pr-3 font-medium">{domainLabels[row.domain]}</th>
                  {masteryLevels.map((level) => (
                    <td key={level} className="py-2 pr-3 text-right tabular-nums">
                      {shownCount(row.cells[level].count)}
                      {row.cells[level].rate && <span className="block text-xs text-slate-600">{row.cells[level].rate}</span>}
                    </td>
                  ))}
                  <td className="py-2 text-right tabular-nums">{row.total === null ? "—" : shownCount(row.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
