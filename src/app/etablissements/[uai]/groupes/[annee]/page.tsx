import type { Metadata } from "next";
import Link from "next/link";
import { canOn } from "@/features/access/scope";
import { GroupForm } from "@/features/groups/components/group-form";
import { groupKindLabels } from "@/features/groups/labels";
import { listSchoolTeachers, listTeachingPeriods, listYearGroups, listYearSchemes } from "@/features/groups/queries";
import { formatSlot } from "@/features/groups/slots";
import { formatHours } from "@/features/hours/compliance";
import { schoolYearLabel } from "@/lib/school-year";
import { requireSchoolYear } from "@/server/school-year-guard";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Groupes de besoin" };

const day = (d: Date) => d.toLocaleDateString("fr-FR", { timeZone: "UTC" });

export default async function GroupsPage({ params }: { params: Promise<{ uai: string; annee: string }> }) {
  const { scope, establishment, year, data } = await requireSchoolYear(params, "groups.read");
  const canEdit = canOn(scope, "establishment.write", establishment);
  const where = { establishmentId: establishment.id, schoolYear: year };
  const [periods, groups, schemes, teachers] = await withScope(data, (tx) =>
    Promise.all([listTeachingPeriods(tx, where), listYearGroups(tx, where), listYearSchemes(tx, where), listSchoolTeachers(tx, establishment.id)]),
  );
  const base = `/etablissements/${establishment.uai}/groupes/${schoolYearLabel(year)}`;
  const schemeLabel = new Map(schemes.map((s) => [s.id, s.label]));
  return (
    <div className="space-y-8">
      <section aria-labelledby="groupes">
        <h2 id="groupes" className="mb-2 text-lg font-semibold">
          Groupes de besoin par période
        </h2>
        <p className="mb-4 text-sm text-slate-700">
          Un groupe réunit des élèves de plusieurs classes sur un créneau (barrette). Un élève n&apos;est que dans un groupe à la fois, un professeur et une salle aussi.
          {canEdit && (
            <>
              {" "}
              Pour partir du diagnostic, utilisez l&apos;<Link href={`${base}/assistant`} className="font-medium text-brand-700 underline">assistant de composition</Link>.
            </>
          )}
        </p>
        {periods.length === 0 ? (
          <p>Aucune période d&apos;accompagnement n&apos;est définie pour cette année : commencez par l&apos;organisation de l&apos;année.</p>
        ) : (
          periods.map((period) => {
            const ofPeriod = groups.filter((g) => g.periodId === period.id);
            const pupils = ofPeriod.reduce((n, g) => n + g.memberCount, 0);
            return (
              <section key={period.id} aria-labelledby={`periode-${period.id}`} className="mb-6">
                <h3 id={`periode-${period.id}`} className="font-semibold">
                  {period.name} <span className="text-sm font-normal text-slate-700">du {day(period.startsOn)} au {day(period.endsOn)} · {ofPeriod.length} groupe{ofPeriod.length > 1 ? "s" : ""}, {pupils} place{pupils > 1 ? "s" : ""} occupée{pupils > 1 ? "s" : ""}</span>
                </h3>
                {canEdit && (
                  <p className="mt-1 text-sm">
                    <Link href={`${base}/assistant?periode=${period.id}`} className="text-brand-700 underline">
                      Composer les groupes de {period.name} à partir de son diagnostic
                    </Link>
                  </p>
                )}
                {ofPeriod.length === 0 ? (
                  <p className="mt-1 text-sm text-slate-700">Aucun groupe pour cette période.</p>
                ) : (
                  <ul className="mt-2 grid gap-3 md:grid-cols-2">
                    {ofPeriod.map((g) => (
                      <li key={g.id} className="rounded-lg border border-slate-200 bg-white p-3">
                        <div className="flex flex-wrap items-baseline justify-between gap-2">
                          <Link href={`${base}/${g.id}`} className="font-semibold text-brand-700 underline">
                            {g.name}
                          </Link>
                          <span className="rounded bg-slate-200 px-1.5 text-xs">{groupKindLabels[g.kind]}</span>
                        </div>
                        <p className="text-sm text-slate-700">{formatSlot(g.slot)}{g.room ? ` · salle ${g.room}` : ""}</p>
                        <p className="text-sm text-slate-700">
                          {schemeLabel.get(g.schemeId)} · {g.memberCount}/{g.capacity} élèves · {g.teachers.length ? g.teachers.map((t) => t.name).join(", ") : "aucun professeur"}
                        </p>
                        <p className="text-sm text-slate-700">
                          {formatHours(g.hoursDone)} faites sur {formatHours(g.plannedHours)} prévues ({g.sessionCount} séance{g.sessionCount > 1 ? "s" : ""})
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })
        )}
      </section>
      {canEdit && periods.length > 0 && schemes.length > 0 && (
        <section aria-labelledby="nouveau-groupe" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="nouveau-groupe" className="mb-3 text-lg font-semibold">
            Créer un groupe
          </h2>
          <GroupForm
            establishmentId={establishment.id}
            periods={periods.map((p) => ({ id: p.id, label: p.name }))}
            schemes={schemes.map((s) => ({ id: s.id, label: s.label }))}
            teachers={teachers}
            onCreatedPath={base}
          />
        </section>
      )}
    </div>
  );
}
