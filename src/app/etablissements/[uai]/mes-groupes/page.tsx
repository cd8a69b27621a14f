import type { Metadata } from "next";
import Link from "next/link";
import { canOn } from "@/features/access/scope";
import { groupKindLabels } from "@/features/groups/labels";
import { listTeacherGroups } from "@/features/groups/queries";
import { formatSlot } from "@/features/groups/slots";
import { formatHours } from "@/features/hours/compliance";
import { DeleteInterviewButton, InterviewForm } from "@/features/referents/components/referent-forms";
import { listFollowedPupils } from "@/features/referents/queries";
import { schoolYearLabel, schoolYearOf } from "@/lib/school-year";
import { requireSchool } from "@/server/guards";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Mes groupes et mes élèves" };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("fr-FR", { timeZone: "UTC" });

export default async function MyGroupsPage({ params }: { params: Promise<{ uai: string }> }) {
  const { scope, establishment, data } = await requireSchool((await params).uai, "sessions.record");
  const year = schoolYearOf(new Date());
  const [groups, followed] = await withScope(data, (tx) =>
    Promise.all([
      listTeacherGroups(tx, { establishmentId: establishment.id, userId: scope.user.id }),
      listFollowedPupils(tx, { establishmentId: establishment.id, userId: scope.user.id, schoolYear: year }),
    ]),
  );
  const today = new Date().toISOString().slice(0, 10);
  // This year's groups first, then the later and earlier years'.
  const current = [...groups].sort((a, b) => Number(b.period.schoolYear === year) - Number(a.period.schoolYear === year));
  return (
    <div className="space-y-8">
      <section aria-labelledby="mes-groupes">
        <h2 id="mes-groupes" className="mb-2 text-lg font-semibold">
          Mes groupes de besoin
        </h2>
        {canOn(scope, "groups.read", establishment) && (
          <p className="mb-3 text-sm">
            <Link href={`/etablissements/${establishment.uai}/groupes/${schoolYearLabel(year)}`} className="text-brand-700 underline">
              Voir tous les groupes de l&apos;établissement
            </Link>
          </p>
        )}
        {current.length === 0 ? (
          <p>Vous n&apos;intervenez dans aucun groupe.</p>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {current.map((g) => (
              <li key={g.id} className="rounded-lg border border-slate-200 bg-white p-3">
                <p className="font-semibold">
                  {g.name} <span className="ml-1 rounded bg-slate-200 px-1.5 text-xs font-normal">{groupKindLabels[g.kind]}</span>
                </p>
                <p className="text-sm text-slate-700">
                  {g.period.name} {schoolYearLabel(g.period.schoolYear)} · {formatSlot(g.slot)}
                  {g.room ? ` · salle ${g.room}` : ""}
                </p>
                <p className="text-sm text-slate-700">
                  {g.memberCount} élève{g.memberCount > 1 ? "s" : ""} · {formatHours(g.hoursDone)} faites sur {formatHours(g.plannedHours)} prévues
                </p>
                <Link href={`/etablissements/${establishment.uai}/mes-groupes/${g.id}`} className="mt-2 inline-block font-medium text-brand-700 underline">
                  Faire l&apos;appel<span className="sr-only"> de {g.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mes-eleves">
        <h2 id="mes-eleves" className="mb-2 text-lg font-semibold">
          Les élèves dont je suis référent ({followed.length})
        </h2>
        {followed.length === 0 ? (
          <p>Vous n&apos;êtes le référent d&apos;aucun élève cette année.</p>
        ) : (
          <ul className="space-y-3">
            {followed.map((p) => {
              const name = `${p.firstName} ${p.lastName}`;
              return (
                <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-3">
                  <h3 className="font-semibold">
                    {p.lastName} {p.firstName} <span className="text-sm font-normal text-slate-600">{p.division}</span>
                  </h3>
                  {p.interviews.length > 0 && (
                    <ul className="my-2 space-y-1 text-sm" aria-label={`Entretiens avec ${name}`}>
                      {p.interviews.map((i) => (
                        <li key={i.id} className="flex flex-wrap items-center gap-2">
                          <span>
                            {day(i.heldOn)} : {i.subject}
                          </span>
                          <DeleteInterviewButton establishmentId={establishment.id} interviewId={i.id} label={`du ${day(i.heldOn)}`} />
                        </li>
                      ))}
                    </ul>
                  )}
                  <details>
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">
                      Noter un entretien<span className="sr-only"> avec {name}</span>
                    </summary>
                    <div className="mt-2">
                      <InterviewForm establishmentId={establishment.id} pupilId={p.id} pupilName={name} today={today} />
                    </div>
                  </details>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
