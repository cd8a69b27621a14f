import Link from "next/link";
import { establishmentKindLabels, type EstablishmentKind } from "../schemas";

type Directory = {
  id: string;
  code: string;
  name: string;
  establishments: { id: string; uai: string; name: string; city: string; kind: EstablishmentKind }[];
}[];

export function AcademyDirectory({ academies, headingLevel = 2 }: { academies: Directory; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (academies.length === 0) {
    return <p>Aucune académie n&apos;est encore enregistrée.</p>;
  }
  return (
    <div className="space-y-8">
      {academies.map((academy) => (
        <section key={academy.id} aria-labelledby={`academie-${academy.code}`}>
          <Heading id={`academie-${academy.code}`} className="mb-3 text-lg font-semibold">
            Académie de {academy.name}{" "}
            <span className="text-sm font-normal text-slate-600">
              (code {academy.code}, {academy.establishments.length} établissement
              {academy.establishments.length > 1 ? "s" : ""})
            </span>
          </Heading>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {academy.establishments.map((establishment) => (
              <li key={establishment.id}>
                <Link
                  href={`/etablissements/${establishment.uai}`}
                  className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600 hover:shadow"
                >
                  <span className="block font-medium text-brand-700">{establishment.name}</span>
                  <span className="mt-1 block text-sm text-slate-700">
                    {establishment.city} · {establishmentKindLabels[establishment.kind]}
                  </span>
                  <span className="mt-1 block font-mono text-xs text-slate-600">UAI {establishment.uai}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
