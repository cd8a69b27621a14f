import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { canOn } from "@/features/access/scope";
import { DeleteSessionButton, SessionForm } from "@/features/groups/components/session-form";
import { attendanceLabels } from "@/features/groups/labels";
import { listGroupSessions, loadGroup, teachesGroup } from "@/features/groups/queries";
import { formatSlot } from "@/features/groups/slots";
import { formatHours } from "@/features/hours/compliance";
import { requireSchool } from "@/server/guards";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Appel d'une séance" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const longDay = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("fr-FR", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" });

export default async function SessionPage({ params }: { params: Promise<{ uai: string; groupe: string }> }) {
  const { uai, groupe } = await params;
  const { scope, establishment, data } = await requireSchool(uai, "sessions.record");
  if (!UUID.test(groupe)) notFound();
  const canWrite = canOn(scope, "establishment.write", establishment);
  const loaded = await withScope(data, async (tx) => {
    // A teacher opens only the groups they teach; a coordinator any group. Anyone else: 404.
    if (!canWrite && !(await teachesGroup(tx, { establishmentId: establishment.id, groupId: groupe, userId: scope.user.id }))) return null;
    const group = await loadGroup(tx, { establishmentId: establishment.id, groupId: groupe });
    if (!group) return null;
    return { group, sessions: await listGroupSessions(tx, { establishmentId: establishment.id, groupId: groupe }) };
  });
  if (!loaded) notFound();
  const { group, sessions } = loaded;
  const names = new Map(group.members.map((m) => [m.pupilId, `${m.lastName} ${m.firstName}`]));
  const today = new Date().toISOString().slice(0, 10);
  const start = group.period.startsOn.toISOString().slice(0, 10);
  const end = group.period.endsOn.toISOString().slice(0, 10);
  const defaultDate = today < start ? start : today > end ? end : today;
  const slotHours = (group.slot.endMinute - group.slot.startMinute) / 60;
  return (
    <div className="space-y-8">
      <section aria-labelledby="appel">
        <p className="text-sm">
          <Link href={`/etablissements/${establishment.uai}/mes-groupes`} className="text-brand-700 underline">
            ← Mes groupes
          </Link>
        </p>
        <h2 id="appel" className="mt-2 text-xl font-semibold">
          {group.name}
        </h2>
        <p className="mb-4 text-slate-700">
          {group.period.name} · {formatSlot(group.slot)} · {formatHours(group.hoursDone)} faites sur {formatHours(group.plannedHours)} prévues
        </p>
        <SessionForm
          establishmentId={establishment.id}
          groupId={group.id}
          pupils={group.members.map((m) => ({ pupilId: m.pupilId, name: `${m.lastName} ${m.firstName}`, division: m.division }))}
          defaultDate={defaultDate}
          defaultHours={String(slotHours).replace(".", ",")}
        />
      </section>
      <section aria-labelledby="seances-faites">
        <h2 id="seances-faites" className="mb-2 text-lg font-semibold">
          Séances enregistrées ({sessions.length})
        </h2>
        {sessions.length === 0 ? (
          <p>Aucune séance enregistrée.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {sessions.map((s) => {
              const missing = s.attendance.filter((a) => a.status !== "PRESENT");
              return (
                <li key={s.id} className="p-2 text-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">
                      {longDay(s.heldOn)} · {formatHours(s.hours)}
                    </span>
                    <DeleteSessionButton establishmentId={establishment.id} sessionId={s.id} label={longDay(s.heldOn)} />
                  </div>
                  <span className="text-slate-700">
                    {missing.length === 0
                      ? "Tous présents."
                      : missing.map((a) => `${names.get(a.pupilId) ?? "Élève"} (${attendanceLabels[a.status].toLowerCase()})`).join(", ")}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
