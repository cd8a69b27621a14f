import Link from "next/link";
import { cycleTotalLabel, schemesLabel, schoolYearsLabel } from "../format";
import { appliesTo } from "../in-force";
import type { FrameworkRow } from "../queries";

/** Every framework version, newest first within a code; the versions in force this school year are marked. */
export function FrameworkList({ frameworks, currentYear, inForceIds }: { frameworks: FrameworkRow[]; currentYear: number; inForceIds: Set<string> }) {
  if (frameworks.length === 0) return <p>Aucun référentiel n&apos;est encore enregistré.</p>;
  const status = (f: FrameworkRow) =>
    inForceIds.has(f.id) ? (
      <span className="ml-2 whitespace-nowrap rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-900">en vigueur</span>
    ) : appliesTo(f, currentYear) ? (
      <span className="ml-2 whitespace-nowrap rounded bg-slate-200 px-1.5 py-0.5 text-xs">remplacée</span>
    ) : null;
  return (
    <>
      {/* Narrow screens: one card per version, nothing hidden behind a sideways scroll. */}
      <ul className="space-y-3 md:hidden">
        {frameworks.map((f) => (
          <li key={f.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <p>
              <Link href={`/admin/referentiels/${f.id}`} className="font-mono font-medium text-brand-700 underline-offset-2 hover:underline">
                {f.code} · version {f.version}
              </Link>
              {status(f)}
            </p>
            <p className="mt-1 font-medium">{f.name}</p>
            <p className="text-slate-700">
              {schoolYearsLabel(f.firstSchoolYear, f.lastSchoolYear)} · utilisé par {schemesLabel(f.schemes)}
            </p>
            <p className="mt-1 text-slate-700">Volets : {f.strands.map((s) => s.label).join(", ")}</p>
            <ul className="mt-1 tabular-nums">
              {f.totals.map((t) => (
                <li key={t.diploma}>{cycleTotalLabel(t)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    <div className="relative hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="sr-only">Référentiels et leurs versions</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Code</th>
            <th scope="col" className="px-3 py-2 font-medium">Version</th>
            <th scope="col" className="px-3 py-2 font-medium">Nom</th>
            <th scope="col" className="px-3 py-2 font-medium">Années scolaires</th>
            <th scope="col" className="px-3 py-2 font-medium">Volets</th>
            <th scope="col" className="px-3 py-2 font-medium">Total du cycle</th>
            <th scope="col" className="px-3 py-2 font-medium">Utilisé par</th>
          </tr>
        </thead>
        <tbody>
          {frameworks.map((f) => (
            <tr key={f.id} className="border-t border-slate-200 align-top">
              <td className="whitespace-nowrap px-3 py-2 font-mono">
                <Link href={`/admin/referentiels/${f.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {f.code}
                  <span className="sr-only">, version {f.version}</span>
                </Link>
              </td>
              <td className="px-3 py-2 tabular-nums">
                {f.version}
                {status(f)}
              </td>
              <td className="px-3 py-2">{f.name}</td>
              <td className="whitespace-nowrap px-3 py-2">{schoolYearsLabel(f.firstSchoolYear, f.lastSchoolYear)}</td>
              <td className="px-3 py-2">
                <ul>
                  {f.strands.map((s) => (
                    <li key={s.kind}>{s.label}</li>
                  ))}
                </ul>
              </td>
              <td className="px-3 py-2">
                <ul>
                  {f.totals.map((t) => (
                    <li key={t.diploma} className="tabular-nums">{cycleTotalLabel(t)}</li>
                  ))}
                </ul>
              </td>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">{schemesLabel(f.schemes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    </>
  );
}
