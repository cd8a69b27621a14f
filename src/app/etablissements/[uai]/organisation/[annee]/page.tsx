import type { Metadata } from "next";
import Link from "next/link";
import { complianceLabels, type ComplianceStatus } from "@/features/hours/compliance";
import { StatusBadge } from "@/features/hours/components/status-badge";
import { loadCompliance } from "@/features/hours/queries";
import { schoolYearLabel } from "@/lib/school-year";
import { requireSchoolYear } from "@/server/school-year-guard";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganisationYearPage({ params }: { params: Promise<{ uai: string; annee: string }> }) {
  const { establishment, year, data } = await requireSchoolYear(params, "organisation.read");
  const where = { establishmentId: establishment.id, schoolYear: year };
  const { periods, classes, schemes, compliance } = await withScope(data, async (tx) => ({
    periods: await tx.period.count({ where: { ...where, kind: "TEACHING" } }),
    classes: await tx.division.count({ where }),
    schemes: await tx.scheme.count({ where }),
    compliance: await loadCompliance(tx, { ...where, today: new Date() }),
  }));
  const base = `/etablissements/${establishment.uai}/organisation/${schoolYearLabel(year)}`;
  const counts = (["ON_TRACK", "AT_RISK", "SHORT", "NO_REFERENCE"] as ComplianceStatus[]).map((status) => ({
    status,
    count: compliance.filter((c) => c.year.status === status).length,
  }));
  const steps = [
    { href: `${base}/periodes`, title: "Périodes", value: `${periods} période${periods > 1 ? "s" : ""} d'accompagnement` },
    { href: `${base}/classes`, title: "Classes", value: `${classes} classe${classes > 1 ? "s" : ""}` },
    { href: `${base}/dispositifs`, title: "Dispositifs", value: `${schemes} volet${schemes > 1 ? "s" : ""} ouvert${schemes > 1 ? "s" : ""}` },
  ];
  return (
    <div className="space-y-8">
      <section aria-labelledby="etapes">
        <h2 id="etapes" className="mb-3 text-lg font-semibold">Organisation de l&apos;année {schoolYearLabel(year)}</h2>
        <ul className="grid gap-3 sm:grid-cols-3">
          {steps.map((step) => (
            <li key={step.href}>
              <Link href={step.href} className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
                <span className="block font-semibold text-brand-700">{step.title}</span>
                <span className="text-sm text-slate-700">{step.value}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="synthese-heures">
        <h2 id="synthese-heures" className="mb-3 text-lg font-semibold">Heures des classes</h2>
        <ul className="flex flex-wrap gap-3">
          {counts.map(({ status, count }) => (
            <li key={status} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
              <StatusBadge status={status} /> <span className="ml-1 font-semibold">{count}</span>
              <span className="sr-only"> classe(s) {complianceLabels[status]}</span>
            </li>
          ))}
        </ul>
        <Link href={`${base}/heures`} className="mt-3 inline-block font-medium text-brand-700 underline">Voir le plan d&apos;heures et le détail par classe</Link>
      </section>
    </div>
  );
}
