import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { canOn } from "@/features/access/scope";
import { DeleteGroupButton } from "@/features/groups/components/delete-group-button";
import { GroupForm } from "@/features/groups/components/group-form";
import { MembersEditor } from "@/features/groups/components/members-editor";
import { groupKindLabels } from "@/features/groups/labels";
import { listGroupSessions, listSchoolTeachers, listYearPupils, listYearSchemes, loadGroup } from "@/features/groups/queries";
import { formatSlot } from "@/features/groups/slots";
import { formatHours } from "@/features/hours/compliance";
import { schoolYearLabel } from "@/lib/school-year";
import { requireSchoolYear } from "@/server/school-year-guard";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Groupe de besoin" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function GroupPage({ params }: { params: Promise<{ uai: string; annee: string; groupe: string }> }) {
  const { groupe } = await params;
  const { scope, establishment, year, data } = await requireSchoolYear(params, "groups.read");
  if (!UUID.test(groupe)) notFound();
  const canEdit = canOn(scope, "establishment.write", establishment);
  const where = { establishmentId: establishment.id, schoolYear: year };
  const loaded = await withScope(data, async (tx) => {
    const group = await loadGroup(tx, { establishmentId: establishment.id, groupId: groupe });
    if (!group || group.period.schoolYear !== year) return null;
    const [schemes, teachers, pupils, sessions] = await Promise.all([
      listYearSchemes(tx, where),
      listSchoolTeachers(tx, establishment.id),
      canEdit ? listYearPupils(tx, where) : Promise.resolve([]),
      listGroupSessions(tx, { establishmentId: establishment.id, groupId: groupe }),
    ]);
    return { group, schemes, teachers, pupils, sessions };
  });
  if (!loaded) notFound();
  const { group, schemes, teachers, pupils, sessions } = loaded;
  const base = `/etablissements/${establishment.uai}/groupes/${schoolYearLabel(year)}`;
  const mayRecord = canEdit || group.teachers.some((t) => t.userId === scope.user.id);
  return (
    <div className="space-y-8">
      <section aria-labelledby="groupe">
        <p className="text-sm">
          <Link href={base} className="text-brand-700 underline">
            ← Tous les groupes
          </Link>
        </p>
        <h2 id="groupe" className="mt-2 text-xl font-semibold">
          {group.name} <span className="ml-1 rounded bg-slate-200 px-1.5 text-sm font-normal">{groupKindLabels[group.kind]}</span>
        </h2>
        <p className="text-slate-700">
          {group.period.name} · {formatSlot(group.slot)}
          {group.room ? ` · salle ${group.room}` : ""} · {group.memberCount}/{group.capacity} élèves
        </p>
        <p className="text-slate-700">
          Professeurs : {group.teachers.length ? group.teachers.map((t) => t.name).join(", ") : "aucun"} · {formatHours(group.hoursDone)} faites sur{" "}
          {formatHours(group.plannedHours)} prévues
        </p>
        {mayRecord && (
          <p className="mt-2">
            <Link href={`/etablissements/${establishment.uai}/mes-groupes/${group.id}`} className="font-medium text-brand-700 underline">
              Faire l&apos;appel d&apos;une séance
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="eleves">
        <h2 id="eleves" className="mb-3 text-lg font-semibold">
          Élèves du groupe
        </h2>
        {canEdit ? (
          <MembersEditor
            establishmentId={establishment.id}
            groupId={group.id}
            version={group.version}
            capacity={group.capacity}
            members={group.members.map((m) => ({ pupilId: m.pupilId, reason: m.reason }))}
            pupils={[
              ...pupils,
              // A pupil of the group is always nameable, whatever the list of the year holds.
              ...group.members.filter((m) => !pupils.some((p) => p.id === m.pupilId)).map((m) => ({ id: m.pupilId, firstName: m.firstName, lastName: m.lastName, division: m.division, divisionId: "" })),
            ]}
          />
        ) : group.members.length === 0 ? (
          <p>Aucun élève dans ce groupe.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {group.members.map((m) => (
              <li key={m.pupilId} className="p-2">
                <span className="font-medium">
                  {m.lastName} {m.firstName}
                </span>{" "}
                <span className="text-sm text-slate-600">{m.division}</span>
                {m.reason && <span className="block text-sm text-slate-700">{m.reason}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="seances">
        <h2 id="seances" className="mb-3 text-lg font-semibold">
          Séances
        </h2>
        {sessions.length === 0 ? (
          <p>Aucune séance enregistrée.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {sessions.map((s) => (
              <li key={s.id} className="p-2 text-sm">
                {new Date(`${s.heldOn}T00:00:00Z`).toLocaleDateString("fr-FR", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" })} · {formatHours(s.hours)} ·{" "}
                {s.attendance.filter((a) => a.status === "PRESENT").length} présent(s), {s.attendance.filter((a) => a.status === "ABSENT").length} absent(s),{" "}
                {s.attendance.filter((a) => a.status === "EXCUSED").length} excusé(s)
              </li>
            ))}
          </ul>
        )}
      </section>

      {canEdit && (
        <section aria-labelledby="modifier" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="modifier" className="mb-3 text-lg font-semibold">
            Modifier le groupe
          </h2>
          <GroupForm
            establishmentId={establishment.id}
            periods={[{ id: group.period.id, label: group.period.name }]}
            schemes={schemes.map((s) => ({ id: s.id, label: s.label }))}
            teachers={teachers}
            group={{ ...group, teachers: group.teachers }}
          />
          <div className="mt-4 border-t border-slate-200 pt-4">
            <DeleteGroupButton establishmentId={establishment.id} groupId={group.id} name={group.name} listPath={base} />
          </div>
        </section>
      )}
    </div>
  );
}
