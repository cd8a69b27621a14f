import type { Metadata } from "next";
import { canOn } from "@/features/access/scope";
import { CataloguePanel } from "@/features/diagnostics/components/catalogue-panel";
import { listCompetencies, listTools } from "@/features/diagnostics/queries";
import { requireSchoolYear } from "@/server/school-year-guard";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Outils et compétences" };

export default async function CataloguePage({ params }: { params: Promise<{ uai: string; annee: string }> }) {
  const { scope, establishment, data } = await requireSchoolYear(params, "pupils.read");
  const { tools, competencies } = await withScope(data, async (tx) => ({
    tools: await listTools(tx, { establishmentId: establishment.id }),
    competencies: await listCompetencies(tx, { establishmentId: establishment.id }),
  }));
  return (
    <section aria-labelledby="referentiel" className="space-y-4">
      <div>
        <h2 id="referentiel" className="text-lg font-semibold">Outils de positionnement et compétences</h2>
        <p className="text-sm text-slate-600">
          Les outils et compétences nationaux sont proposés à tous les établissements ; le vôtre peut ajouter les siens, et les
          archiver quand il ne s&apos;en sert plus (les diagnostics déjà saisis restent).
        </p>
      </div>
      <CataloguePanel establishmentId={establishment.id} tools={tools} competencies={competencies} canEdit={canOn(scope, "establishment.write", establishment)} />
    </section>
  );
}
