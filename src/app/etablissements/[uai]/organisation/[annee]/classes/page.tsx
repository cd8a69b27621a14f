import type { Metadata } from "next";
import { canOn } from "@/features/access/scope";
import { DivisionImport } from "@/features/divisions/components/division-import";
import { DivisionsPanel } from "@/features/divisions/components/divisions-panel";
import { listDivisions } from "@/features/divisions/queries";
import { schoolYearLabel } from "@/lib/school-year";
import { requireSchoolYear } from "@/server/school-year-guard";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage({ params }: { params: Promise<{ uai: string; annee: string }> }) {
  const { scope, establishment, year, data } = await requireSchoolYear(params, "organisation.read");
  const divisions = await withScope(data, (tx) => listDivisions(tx, { establishmentId: establishment.id, schoolYear: year }));
  const canEdit = canOn(scope, "establishment.write", establishment);
  return (
    <section aria-labelledby="classes" className="space-y-6">
      <h2 id="classes" className="text-lg font-semibold">Classes de l&apos;année {schoolYearLabel(year)}</h2>
      <DivisionsPanel establishmentId={establishment.id} schoolYear={year} divisions={divisions} canEdit={canEdit} />
      {canEdit && <DivisionImport establishmentId={establishment.id} schoolYear={year} />}
    </section>
  );
}
