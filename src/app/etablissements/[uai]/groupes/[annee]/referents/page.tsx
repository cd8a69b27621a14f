import type { Metadata } from "next";
import { inputClass, labelClass, secondaryButton } from "@/components/ui/form-styles";
import { canOn } from "@/features/access/scope";
import { listSchoolTeachers } from "@/features/groups/queries";
import { caseloads, caseloadWarning } from "@/features/referents/caseload";
import { CaseloadLimitForm, ClassReferentForm, InterviewForm, PupilReferentForm } from "@/features/referents/components/referent-forms";
import { caseloadLimitOf, loadReferents } from "@/features/referents/queries";
import { requireSchoolYear } from "@/server/school-year-guard";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Référents" };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("fr-FR", { timeZone: "UTC" });

export default async function ReferentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ uai: string; annee: string }>;
  searchParams: Promise<{ classe?: string }>;
}) {
  const { scope, establishment, year, data } = await requireSchoolYear(params, "groups.read");
  const { classe } = await searchParams;
  const canEdit = canOn(scope, "establishment.write", establishment);
  const { teachers, limit, referents } = await withScope(data, async (tx) => ({
    teachers: await listSchoolTeachers(tx, establishment.id),
    limit: await caseloadLimitOf(tx, establishment.id),
    referents: await loadReferents(tx, { establishmentId: establishment.id, schoolYear: year, divisionId: classe }),
  }));
  const rows = caseloads(teachers, referents.assignments, limit).filter((r) => r.count > 0 || canEdit);
  const names = new Map(teachers.map((t) => [t.userId, t.name]));
  const totalPupils = referents.divisions.reduce((n, d) => n + d.pupils, 0);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="space-y-8">
      <section aria-labelledby="charge">
        <h2 id="charge" className="mb-2 text-lg font-semibold">
          Élèves suivis par référent
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          {referents.assignments.length} élève{referents.assignments.length > 1 ? "s" : ""} sur {totalPupils} ont un référent. Au-delà de {limit} élèves, la charge d&apos;un
          référent est signalée.
        </p>
        {rows.length === 0 ? (
          <p>Aucun référent désigné.</p>
        ) : (
          <table className="mb-4 w-full max-w-2xl border-collapse bg-white text-sm">
            <caption className="sr-only">Nombre d&apos;élèves suivis par chaque référent</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-2">Référent</th>
                <th scope="col" className="p-2 text-right">Élèves suivis</th>
                <th scope="col" className="p-2">Alerte</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.userId} className="border-b border-slate-200">
                  <th scope="row" className="p-2 text-left font-medium">{r.name}</th>
                  <td className="p-2 text-right tabular-nums">{r.count}</td>
                  <td className="p-2">{r.over ? <strong className="text-red-800">{caseloadWarning(r, limit)}</strong> : <span className="text-slate-600">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {canEdit && <CaseloadLimitForm establishmentId={establishment.id} limit={limit} />}
      </section>

      <section aria-labelledby="par-classe" className="space-y-4">
        <h2 id="par-classe" className="text-lg font-semibold">
          Référents par classe
        </h2>
        {referents.divisions.length === 0 ? (
          <p>Aucune classe cette année.</p>
        ) : (
          <form method="get" className="flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="referents-classe" className={labelClass}>
                Classe
              </label>
              <select id="referents-classe" name="classe" defaultValue={referents.division?.id} className={inputClass}>
                {referents.divisions.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name} ({d.pupils} élève{d.pupils > 1 ? "s" : ""})
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={secondaryButton}>
              Afficher
            </button>
          </form>
        )}
        {referents.division && canEdit && teachers.length > 0 && (
          <ClassReferentForm establishmentId={establishment.id} divisionId={referents.division.id} divisionName={referents.division.name} teachers={teachers} />
        )}
        {referents.division &&
          (referents.pupils.length === 0 ? (
            <p>Aucun élève en {referents.division.name}.</p>
          ) : (
            <ul aria-label={`Élèves de ${referents.division.name}`} className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
              {referents.pupils.map((p) => {
                const name = `${p.lastName} ${p.firstName}`;
                return (
                  <li key={p.id} className="grid gap-2 p-2 md:grid-cols-[14rem_1fr] md:items-center">
                    <div>
                      <span className="font-medium">{name}</span>
                      <span className="block text-sm text-slate-700">
                        {p.interviews.length === 0
                          ? "Aucun entretien noté"
                          : `${p.interviews.length} entretien${p.interviews.length > 1 ? "s" : ""}, le dernier le ${day(p.interviews[0]!.heldOn)} : ${p.interviews[0]!.subject}`}
                      </span>
                    </div>
                    {canEdit ? (
                      <div className="space-y-2">
                        <PupilReferentForm establishmentId={establishment.id} pupilId={p.id} pupilName={name} referentId={p.referentId} teachers={teachers} />
                        {p.referentId && (
                          <details>
                            <summary className="cursor-pointer text-sm font-medium text-brand-700">
                              Noter un entretien<span className="sr-only"> avec {name}</span>
                            </summary>
                            <div className="mt-2">
                              <InterviewForm establishmentId={establishment.id} pupilId={p.id} pupilName={name} today={today} />
                            </div>
                          </details>
                        )}
                      </div>
                    ) : (
                      <span className="text-sm">Référent : {p.referentId ? (names.get(p.referentId) ?? "—") : "aucun"}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          ))}
      </section>
    </div>
  );
}
