import type { Metadata } from "next";
import Link from "next/link";
import { adminDataScope } from "@/features/access/scope";
import { AdminHeader } from "@/features/administration/components/admin-nav";
import { CreateEstablishmentForm } from "@/features/administration/components/establishment-forms";
import { listAcademyOptions } from "@/features/administration/queries";
import { listAcademiesWithEstablishments } from "@/features/establishments/queries";
import { establishmentKindLabels } from "@/features/establishments/schemas";
import { requirePlatform } from "@/server/guards";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Établissements · Administration" };

export default async function AdminEstablishmentsPage() {
  const scope = await requirePlatform("platform.admin");
  const { directory, academies } = await withScope(adminDataScope(scope), async (tx) => ({
    directory: await listAcademiesWithEstablishments({ db: tx }),
    academies: await listAcademyOptions(tx),
  }));
  return (
    <>
      <AdminHeader current="/admin/etablissements" title="Établissements" />
      <div className="space-y-8">
        {directory.length === 0 && <p>Aucune académie n&apos;est encore enregistrée.</p>}
        {directory.map((academy) => (
          <section key={academy.id} aria-labelledby={`academie-${academy.code}`} className="scroll-mt-4">
            <h2 id={`academie-${academy.code}`} className="mb-2 text-lg font-semibold">
              Académie de {academy.name}{" "}
              <span className="text-sm font-normal text-slate-600">
                (code {academy.code}, {academy.establishments.length} établissement{academy.establishments.length > 1 ? "s" : ""})
              </span>
            </h2>
            {academy.establishments.length === 0 ? (
              <p className="text-slate-700">Aucun établissement dans cette académie.</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full text-left">
                  <caption className="sr-only">Établissements de l&apos;académie de {academy.name}</caption>
                  <thead>
                    <tr className="text-sm text-slate-600">
                      <th scope="col" className="py-2 pr-4 font-medium">UAI</th>
                      <th scope="col" className="py-2 pr-4 font-medium">Nom</th>
                      <th scope="col" className="py-2 pr-4 font-medium">Commune</th>
                      <th scope="col" className="py-2 font-medium">Type</th>
                    </tr>
                  </thead>
                  <tbody>
                    {academy.establishments.map((school) => (
                      <tr key={school.id} className="border-t border-slate-200">
                        <td className="py-2 pr-4 font-mono text-sm">{school.uai}</td>
                        <td className="py-2 pr-4">
                          <Link href={`/admin/etablissements/${school.uai}`} className="font-medium text-brand-700 hover:underline">
                            {school.name}
                          </Link>
                        </td>
                        <td className="py-2 pr-4">{school.city}</td>
                        <td className="py-2">{establishmentKindLabels[school.kind]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        ))}
        <CreateEstablishmentForm academies={academies} />
      </div>
    </>
  );
}
