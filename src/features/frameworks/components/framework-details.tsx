import { diplomaLabels, diplomas, yearOfStudyLabel } from "../diplomas";
import { cycleTotalLabel, formatHours } from "../format";
import type { FrameworkView } from "../queries";

/** A version's strands and volumes, read only: what schools plan against. */
export function FrameworkDetails({ framework }: { framework: Pick<FrameworkView, "strands" | "volumes" | "totals"> }) {
  const covered = diplomas.filter((d) => framework.volumes.some((v) => v.diploma === d));
  return (
    <div className="space-y-6">
      <div>
        <h3 className="mb-2 font-semibold">Volets</h3>
        <ul className="list-inside list-disc">
          {framework.strands.map((s) => (
            <li key={s.kind}>{s.label}</li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="mb-2 font-semibold">Volumes horaires réglementaires</h3>
        <div className="relative overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Volumes horaires par diplôme et année d&apos;étude</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Année d&apos;étude</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">Heures sur l&apos;année</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">Par semaine</th>
                <th scope="col" className="hidden px-3 py-2 font-medium sm:table-cell">Remarque</th>
              </tr>
            </thead>
            {covered.map((diploma) => {
              const total = framework.totals.find((t) => t.diploma === diploma);
              return (
                <tbody key={diploma} className="border-t border-slate-200">
                  <tr>
                    <th scope="rowgroup" colSpan={4} className="bg-slate-100 px-3 py-1.5 font-semibold">{diplomaLabels[diploma]}</th>
                  </tr>
                  {framework.volumes
                    .filter((v) => v.diploma === diploma)
                    .map((v) => (
                      <tr key={`${v.diploma}-${v.yearOfStudy}`} className="border-t border-slate-100 align-top">
                        <th scope="row" className="px-3 py-2 font-normal">
                          {yearOfStudyLabel(v.diploma, v.yearOfStudy)}
                          {v.note && <span className="block text-xs text-slate-600 sm:hidden">{v.note}</span>}
                        </th>
                        <td className="px-3 py-2 text-right tabular-nums">
                          {v.hours === null ? <span className="text-slate-600">laissé à l&apos;établissement</span> : formatHours(v.hours)}
                        </td>
                        <td className="px-3 py-2 text-right tabular-nums">{v.weeklyHours === null ? "—" : formatHours(v.weeklyHours)}</td>
                        <td className="hidden px-3 py-2 text-slate-700 sm:table-cell">{v.note}</td>
                      </tr>
                    ))}
                  {total && (
                    <tr className="border-t border-slate-200 bg-brand-50">
                      <td colSpan={4} className="px-3 py-2 font-medium">Total du cycle — {cycleTotalLabel(total)}</td>
                    </tr>
                  )}
                </tbody>
              );
            })}
          </table>
        </div>
      </div>
    </div>
  );
}
