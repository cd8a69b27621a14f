import Link from "next/link";
import { roleLabels } from "@/features/access/policy";
import { AcademyDirectory } from "@/features/establishments/components/academy-directory";
import { listAcademiesWithEstablishments } from "@/features/establishments/queries";
import { db } from "@/server/db";
import { requireScope } from "@/server/guards";

export default async function HomePage() {
  const scope = await requireScope();
  const directory = scope.user.isAdmin ? await listAcademiesWithEstablishments({ db: db() }) : [];
  const nothing = !scope.user.isAdmin && scope.memberships.length === 0 && scope.inspectedAcademies.length === 0;
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold sm:text-3xl">Bonjour {scope.user.name}</h1>
      {nothing && (
        <p className="max-w-prose rounded-lg border border-amber-300 bg-amber-50 p-4">
          Votre compte n&apos;est rattaché à aucun établissement ni à aucune académie. Demandez à votre chef
          d&apos;établissement de vous ajouter à son équipe.
        </p>
      )}
      {scope.memberships.length > 0 && (
        <section aria-labelledby="mes-etablissements" className="mb-8">
          <h2 id="mes-etablissements" className="mb-3 text-lg font-semibold">
            Mes établissements
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {scope.memberships.map((m) => (
              <li key={m.establishmentId}>
                <Link
                  href={`/etablissements/${m.uai}`}
                  className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
                >
                  <span className="block font-medium text-brand-700">{m.name}</span>
                  <span className="mt-1 block text-sm text-slate-700">{roleLabels[m.role]}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {scope.inspectedAcademies.length > 0 && (
        <section aria-labelledby="mes-academies" className="mb-8">
          <h2 id="mes-academies" className="mb-3 text-lg font-semibold">
            Mes académies
          </h2>
          <ul className="flex flex-wrap gap-3">
            {scope.inspectedAcademies.map((a) => (
              <li key={a.id}>
                <Link
                  href={`/academies/${a.code}`}
                  className="block rounded-lg border border-slate-200 bg-white px-4 py-3 font-medium text-brand-700 shadow-sm hover:border-brand-600"
                >
                  Académie de {a.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {scope.user.isAdmin && (
        <section aria-labelledby="tous" className="mb-8">
          <h2 id="tous" className="mb-3 text-lg font-semibold">
            Tous les établissements
          </h2>
          <AcademyDirectory academies={directory} headingLevel={3} />
        </section>
      )}
    </>
  );
}
