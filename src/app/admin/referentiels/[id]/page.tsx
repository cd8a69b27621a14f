import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { adminDataScope } from "@/features/access/scope";
import { AdminHeader } from "@/features/administration/components/admin-nav";
import { FrameworkDetails } from "@/features/frameworks/components/framework-details";
import { EditFrameworkForm } from "@/features/frameworks/components/framework-form";
import { CreateVersionForm, DeleteFrameworkForm } from "@/features/frameworks/components/version-forms";
import { schemesLabel, schoolYearsLabel } from "@/features/frameworks/format";
import { getFramework } from "@/features/frameworks/queries";
import { schoolYearOf } from "@/lib/school-year";
import { requirePlatform } from "@/server/guards";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Référentiel · Administration" };

export default async function AdminFrameworkPage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await requirePlatform("platform.admin");
  const { id } = await params;
  const framework = await withScope(adminDataScope(scope), (tx) => getFramework(tx, id));
  if (!framework) notFound();
  const used = framework.schemes > 0;
  const label = `${framework.code}, version ${framework.version}`;
  return (
    <>
      <AdminHeader current="/admin/referentiels" nested title={`${framework.code} · version ${framework.version}`} />
      <div className="-mt-2 mb-6 space-y-1 text-sm text-slate-700">
        <p className="text-base font-medium text-slate-900">{framework.name}</p>
        <p>
          S&apos;applique {schoolYearsLabel(framework.firstSchoolYear, framework.lastSchoolYear)} · utilisé par {schemesLabel(framework.schemes)}
        </p>
        {framework.versions.length > 1 && (
          <nav aria-label={`Versions de ${framework.code}`}>
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              <li>Versions :</li>
              {framework.versions.map((v) => (
                <li key={v.id}>
                  {v.id === framework.id ? (
                    <span aria-current="page" className="font-semibold">version {v.version}</span>
                  ) : (
                    <Link href={`/admin/referentiels/${v.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                      version {v.version}
                    </Link>
                  )}{" "}
                  <span className="text-slate-600">({schoolYearsLabel(v.firstSchoolYear, v.lastSchoolYear)})</span>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
      <div className="space-y-10">
        <section aria-labelledby="contenu">
          <h2 id="contenu" className="mb-3 text-lg font-semibold">{used ? "Contenu" : "Modifier"}</h2>
          {used ? (
            <div className="space-y-4">
              <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
                Cette version est utilisée par {schemesLabel(framework.schemes)} : elle ne se modifie plus, pour que les
                établissements gardent les heures qu&apos;ils ont prévues. Pour une réforme, créez-en une nouvelle version ci-dessous.
              </p>
              {framework.source && (
                <div>
                  <h3 className="mb-1 font-semibold">Textes de référence</h3>
                  <p className="whitespace-pre-line text-sm text-slate-700">{framework.source}</p>
                </div>
              )}
              <FrameworkDetails framework={framework} />
            </div>
          ) : (
            <EditFrameworkForm
              frameworkId={framework.id}
              revision={framework.revision}
              values={{
                name: framework.name,
                firstSchoolYear: framework.firstSchoolYear,
                lastSchoolYear: framework.lastSchoolYear,
                source: framework.source,
                strands: framework.strands,
                volumes: framework.volumes,
              }}
            />
          )}
        </section>
        <section aria-labelledby="nouvelle-version">
          <h2 id="nouvelle-version" className="mb-3 text-lg font-semibold">Créer une nouvelle version</h2>
          <CreateVersionForm
            frameworkId={framework.id}
            version={framework.version}
            firstSchoolYear={framework.firstSchoolYear}
            lastSchoolYear={framework.lastSchoolYear}
            currentYear={schoolYearOf(new Date())}
          />
        </section>
        {!used && (
          <section aria-labelledby="suppression">
            <h2 id="suppression" className="mb-3 text-lg font-semibold">Supprimer</h2>
            <DeleteFrameworkForm frameworkId={framework.id} label={label} />
          </section>
        )}
      </div>
    </>
  );
}
