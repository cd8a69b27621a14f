import type { Metadata } from "next";
import { academyDataScope } from "@/features/access/scope";
import { AcademyDirectory } from "@/features/establishments/components/academy-directory";
import { listAcademiesWithEstablishments } from "@/features/establishments/queries";
import type { ComplianceStatus } from "@/features/hours/compliance";
import { AcademyCompliance, type SchoolCompliance } from "@/features/hours/components/academy-compliance";
import { loadSchoolsCompliance } from "@/features/hours/queries";
import { schoolYearLabel, schoolYearOf } from "@/lib/school-year";
import { db } from "@/server/db";
import { requireAcademy } from "@/server/guards";
import { withScope } from "@/server/tenant";

type Props = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "Académie" };

export default async function AcademyPage({ params }: Props) {
  const { scope, academy } = await requireAcademy((await params).code);
  const directory = await listAcademiesWithEstablishments({ db: db(), academyId: academy.id });
  const schools = directory.flatMap((a) => a.establishments);
  const year = schoolYearOf(new Date());
  const bySchool = await withScope(academyDataScope(scope, academy, schools.map((s) => s.id)), (tx) =>
    loadSchoolsCompliance(tx, { establishmentIds: schools.map((s) => s.id), schoolYear: year, today: new Date() }),
  );
  const compliance: SchoolCompliance[] = schools.map((school) => {
    const classes = bySchool.get(school.id) ?? [];
    const counts: Record<ComplianceStatus, number> = { ON_TRACK: 0, AT_RISK: 0, SHORT: 0, NO_REFERENCE: 0 };
    for (const c of classes) counts[c.year.status] += 1;
    return { uai: school.uai, name: school.name, city: school.city, counts, classes: classes.length };
  });
  return (
    <>
      <p className="text-sm text-slate-600">Vue académique</p>
      <h1 className="mb-6 text-2xl font-semibold sm:text-3xl">Académie de {academy.name}</h1>
      <section aria-labelledby="conformite" className="mb-8">
        <h2 id="conformite" className="mb-3 text-lg font-semibold">Conformité des heures</h2>
        <AcademyCompliance schools={compliance} yearLabel={schoolYearLabel(year)} />
      </section>
      <section aria-labelledby="etablissements">
        <h2 id="etablissements" className="mb-3 text-lg font-semibold">Établissements</h2>
        <AcademyDirectory academies={directory} headingLevel={3} />
      </section>
    </>
  );
}
