import type { Metadata } from "next";
import { canOn } from "@/features/access/scope";
import { PeriodsPanel } from "@/features/periods/components/periods-panel";
import { listPeriods } from "@/features/periods/queries";
import { versionOf } from "@/lib/versions";
import { requireSchoolYear } from "@/server/school-year-guard";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Périodes" };

const DAY = 86_400_000;

export default async function PeriodsPage({ params }: { params: Promise<{ uai: string; annee: string }> }) {
  const { scope, establishment, year, data } = await requireSchoolYear(params, "organisation.read");
  const periods = await withScope(data, (tx) => listPeriods(tx, { establishmentId: establishment.id, schoolYear: year }));
  return (
    <section aria-labelledby="periodes">
      <h2 id="periodes" className="mb-4 text-lg font-semibold">Périodes de l&apos;année</h2>
      <PeriodsPanel
        establishmentId={establishment.id}
        schoolYear={year}
        canEdit={canOn(scope, "establishment.write", establishment)}
        periods={periods.map((p) => ({
          id: p.id,
          kind: p.kind,
          name: p.name,
          startsOn: p.startsOn.toISOString().slice(0, 10),
          endsOn: p.endsOn.toISOString().slice(0, 10),
          version: versionOf(p.updatedAt),
          weeks: Math.max(1, Math.round((p.endsOn.getTime() - p.startsOn.getTime() + DAY) / (7 * DAY))),
        }))}
      />
    </section>
  );
}
