import type { Metadata } from "next";
import { canOn } from "@/features/access/scope";
import { SchemesPanel } from "@/features/schemes/components/schemes-panel";
import { listApplicableFrameworks, listSchemes } from "@/features/schemes/queries";
import { versionOf } from "@/lib/versions";
import { requireSchoolYear } from "@/server/school-year-guard";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Dispositifs" };

export default async function SchemesPage({ params }: { params: Promise<{ uai: string; annee: string }> }) {
  const { scope, establishment, year, data } = await requireSchoolYear(params, "organisation.read");
  const [schemes, frameworks] = await withScope(data, (tx) =>
    Promise.all([listSchemes(tx, { establishmentId: establishment.id, schoolYear: year }), listApplicableFrameworks(tx, year)]),
  );
  return (
    <section aria-labelledby="dispositifs">
      <h2 id="dispositifs" className="mb-1 text-lg font-semibold">Dispositifs d&apos;accompagnement</h2>
      <p className="mb-4 max-w-prose text-sm text-slate-700">Un dispositif par volet du référentiel en vigueur, avec son pilote.</p>
      <SchemesPanel
        establishmentId={establishment.id}
        schoolYear={year}
        canEdit={canOn(scope, "establishment.write", establishment)}
        schemes={schemes.map((s) => ({ id: s.id, label: s.label, pilot: s.pilot, description: s.description, version: versionOf(s.updatedAt), framework: `${s.framework.name} (version ${s.framework.version})` }))}
        frameworks={frameworks.map((f) => ({ id: f.id, label: `${f.name} (version ${f.version}) : ${f.strands.map((s) => s.label).join(", ")}` }))}
      />
    </section>
  );
}
