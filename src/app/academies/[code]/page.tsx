import type { Metadata } from "next";
import Link from "next/link";
import { academyDataScope } from "@/features/access/scope";
import { loadDiagnosticLevels, loadDiagnosticOverview } from "@/features/diagnostics/aggregates";
import { AcademyDiagnostics } from "@/features/diagnostics/components/academy-diagnostics";
import { domainRows } from "@/features/diagnostics/privacy";
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
  const ids = schools.map((s) => s.id);
  const { bySchool, overview, levels } = await withScope(academyDataScope(scope, academy, ids), async (tx) => ({
    bySchool: await loadSchoolsCompliance(tx, { establishmentIds: ids, schoolYear: year, today: new Date() }),
    // Pupils' diagnostics as counts only (SQL functions that never return a pupil).
    overview: await loadDiagnosticOverview(tx, { establishmentIds: ids, schoolYear: year }),
    levels: await loadDiagnosticLevels(tx, { establishmentIds: ids, schoolYear: year }),
  }));
  const overviewOf = new Map(overview.map((o) => [o.establishmentId, o]));
  const compliance: SchoolCompliance[] = schools.map((school) => {
    const classes = bySchool.get(school.id) ?? [];
    const counts: Record<ComplianceStatus, number> = { ON_TRACK: 0, AT_RISK: 0, SHORT: 0, NO_REFERENCE: 0 };
    for (const c of classes) counts[c.year.status] += 1;
    return { uai: school.uai, name: school.name, city: school.city, counts, classes: classes.length };
  });
  return (
    <>
      <p className="text-sm text-slate-600">Vue académique</p>
      <h1 className="mb-4 text-2xl font-semibold sm:text-3xl">Académie de {academy.name}</h1>
      <p className="mb-6">
        <Link href={`/academies/${academy.code}/comparaison`} className="font-medium underline">
          Comparer les établissements sur leurs indicateurs
        </Link>
      </p>
      <section aria-labelledby="conformite" className="mb-8">
        <h2 id="conformite" className="mb-3 text-lg font-semibold">Conformité des heures</h2>
        <AcademyCompliance schools={compliance} yearLabel={schoolYearLabel(year)} />
      </section>
      <section aria-labelledby="diagnostics" className="mb-8">
        <h2 id="diagnostics" className="mb-3 text-lg font-semibold">Diagnostics des besoins des élèves</h2>
        <AcademyDiagnostics
          yearLabel={schoolYearLabel(year)}
          rows={domainRows(levels)}
          schools={schools.map((school) => ({
            uai: school.uai,
            name: school.name,
            pupilsEnrolled: overviewOf.get(school.id)?.pupilsEnrolled ?? 0,
            pupilsDiagnosed: overviewOf.get(school.id)?.pupilsDiagnosed ?? 0,
          }))}
        />
      </section>
      <section aria-labelledby="etablissements">
        <h2 id="etablissements" className="mb-3 text-lg font-semibold">Établissements</h2>
        <AcademyDirectory academies={directory} headingLevel={3} />
      </section>
    </>
  );
}
