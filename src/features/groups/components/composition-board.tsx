"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { dangerButton, inputClass, labelClass, primaryButton } from "@/components/ui/form-styles";
import { useAction } from "@/components/ui/use-action";
import { saveComposition } from "../actions";
import type { Placement, Proposal } from "../assistant";
import { groupKindLabels, groupKinds, type GroupKind } from "../labels";
import { weekdayLabels } from "../slots";

type Pupil = { id: string; name: string; division: string };
type Draft = { key: string; name: string; kind: GroupKind; focus: string; room: string; teacherId: string; coTeacherId: string; members: Placement[] };

const OUT = "__out__";

/**
 * The assistant's proposal, to adjust before saving: rename a group, change
 * its type, give it a teacher and a room, move a pupil to another group or
 * out, take back a pupil left out, drop a group. Every pupil keeps the reason
 * the assistant gave. Saving creates the groups on one slot (a barrette).
 */
export function CompositionBoard({
  establishmentId,
  periodId,
  periodName,
  capacity,
  proposal,
  pupils,
  teachers,
  schemes,
  listPath,
}: {
  establishmentId: string;
  periodId: string;
  periodName: string;
  capacity: number;
  proposal: Proposal;
  pupils: Pupil[];
  teachers: { userId: string; name: string }[];
  schemes: { id: string; label: string }[];
  listPath: string;
}) {
  const router = useRouter();
  const byId = useMemo(() => new Map(pupils.map((p) => [p.id, p])), [pupils]);
  const [groups, setGroups] = useState<Draft[]>(() =>
    proposal.groups.map((g) => ({ key: g.key, name: g.name, kind: g.kind, focus: g.focus, room: "", teacherId: "", coTeacherId: "", members: g.members })),
  );
  const [unplaced, setUnplaced] = useState<Placement[]>(proposal.unplaced);
  const { result, pending, submit } = useAction(saveComposition as unknown as (input: FormData) => ReturnType<typeof saveComposition>, () => {
    router.push(listPath);
    router.refresh();
  });

  const name = (id: string) => byId.get(id)?.name ?? "Élève";
  const update = (key: string, change: Partial<Draft>) => setGroups((all) => all.map((g) => (g.key === key ? { ...g, ...change } : g)));

  function move(placement: Placement, from: string, to: string) {
    if (from === to) return;
    setGroups((all) =>
      all.map((g) => {
        if (g.key === from) return { ...g, members: g.members.filter((m) => m.pupilId !== placement.pupilId) };
        if (g.key === to) return { ...g, members: [...g.members, placement] };
        return g;
      }),
    );
    if (from === OUT) setUnplaced((list) => list.filter((m) => m.pupilId !== placement.pupilId));
    if (to === OUT) setUnplaced((list) => [...list, placement]);
  }

  function removeGroup(key: string) {
    const group = groups.find((g) => g.key === key);
    if (!group) return;
    setUnplaced((list) => [...list, ...group.members]);
    setGroups((all) => all.filter((g) => g.key !== key));
  }

  function onSave(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const field = (k: string) => String(form.get(k) ?? "");
    submit({
      establishmentId,
      periodId,
      schemeId: field("schemeId"),
      weekday: field("weekday"),
      startTime: field("startTime"),
      endTime: field("endTime"),
      firstWeek: field("firstWeek"),
      lastWeek: field("lastWeek"),
      capacity: field("capacity"),
      plannedHours: field("plannedHours"),
      groups: groups.map((g) => ({
        name: g.name,
        kind: g.kind,
        focus: g.focus,
        room: g.room,
        teacherIds: [g.teacherId, g.coTeacherId].filter(Boolean).join(","),
        members: g.members,
      })),
    } as unknown as FormData);
  }

  const destinations = (except: string) => [
    ...groups.filter((g) => g.key !== except).map((g) => ({ value: g.key, label: g.name || "Groupe sans nom" })),
    ...(except === OUT ? [] : [{ value: OUT, label: "Sans groupe" }]),
  ];

  const placed = groups.reduce((n, g) => n + g.members.length, 0);

  return (
    <form onSubmit={onSave} noValidate className="space-y-6">
      <p aria-live="polite" className="text-sm text-slate-700">
        {groups.length} groupe{groups.length > 1 ? "s" : ""} proposé{groups.length > 1 ? "s" : ""} pour {periodName}, {placed} élève{placed > 1 ? "s" : ""} placé
        {placed > 1 ? "s" : ""}, {unplaced.length} sans groupe.
      </p>

      <fieldset className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end">
        <legend className="px-1 font-semibold">Créneau commun (barrette) et dispositif</legend>
        <div className="sm:col-span-2">
          <label htmlFor="compose-scheme" className={labelClass}>
            Dispositif (volet)
          </label>
          <select id="compose-scheme" name="schemeId" className={inputClass} defaultValue={schemes[0]?.id}>
            {schemes.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="compose-weekday" className={labelClass}>
            Jour
          </label>
          <select id="compose-weekday" name="weekday" className={inputClass} defaultValue="1">
            {Object.entries(weekdayLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="compose-hours" className={labelClass}>
            Heures prévues par groupe
          </label>
          <input id="compose-hours" name="plannedHours" inputMode="decimal" defaultValue="6" className={inputClass} aria-describedby="compose-hours-error" />
          <FieldError result={result} name="plannedHours" id="compose-hours-error" />
        </div>
        <div>
          <label htmlFor="compose-start" className={labelClass}>
            Début
          </label>
          <input id="compose-start" name="startTime" type="time" defaultValue="10:00" className={inputClass} aria-describedby="compose-start-error" />
          <FieldError result={result} name="startTime" id="compose-start-error" />
        </div>
        <div>
          <label htmlFor="compose-end" className={labelClass}>
            Fin
          </label>
          <input id="compose-end" name="endTime" type="time" defaultValue="11:00" className={inputClass} aria-describedby="compose-end-error" />
          <FieldError result={result} name="endTime" id="compose-end-error" />
        </div>
        <div>
          <label htmlFor="compose-first" className={labelClass}>
            De la semaine (vide : toute la période)
          </label>
          <input id="compose-first" name="firstWeek" inputMode="numeric" className={inputClass} />
        </div>
        <div>
          <label htmlFor="compose-last" className={labelClass}>
            À la semaine
          </label>
          <input id="compose-last" name="lastWeek" inputMode="numeric" className={inputClass} aria-describedby="compose-last-error" />
          <FieldError result={result} name="lastWeek" id="compose-last-error" />
        </div>
        <input type="hidden" name="capacity" value={capacity} />
      </fieldset>

      <ol className="grid gap-4 lg:grid-cols-2" aria-label="Groupes proposés">
        {groups.map((g, index) => (
          <li key={g.key} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="grid gap-2 sm:grid-cols-2">
              <div className="sm:col-span-2">
                <label htmlFor={`name-${g.key}`} className={labelClass}>
                  Nom du groupe {index + 1}
                </label>
                <input id={`name-${g.key}`} value={g.name} maxLength={120} onChange={(e) => update(g.key, { name: e.target.value })} className={inputClass} />
              </div>
              <div>
                <label htmlFor={`kind-${g.key}`} className={labelClass}>
                  Type
                </label>
                <select id={`kind-${g.key}`} value={g.kind} onChange={(e) => update(g.key, { kind: e.target.value as GroupKind })} className={inputClass}>
                  {groupKinds.map((k) => (
                    <option key={k} value={k}>
                      {groupKindLabels[k]}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={`teacher-${g.key}`} className={labelClass}>
                  Professeur
                </label>
                <select id={`teacher-${g.key}`} value={g.teacherId} onChange={(e) => update(g.key, { teacherId: e.target.value })} className={inputClass}>
                  <option value="">À désigner</option>
                  {teachers.map((t) => (
                    <option key={t.userId} value={t.userId}>
                      {t.name}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={`coteacher-${g.key}`} className={labelClass}>
                  Co-animation
                </label>
                <select id={`coteacher-${g.key}`} value={g.coTeacherId} onChange={(e) => update(g.key, { coTeacherId: e.target.value })} className={inputClass}>
                  <option value="">Aucune</option>
                  {teachers
                    .filter((t) => t.userId !== g.teacherId)
                    .map((t) => (
                      <option key={t.userId} value={t.userId}>
                        {t.name}
                      </option>
                    ))}
                </select>
              </div>
              <div>
                <label htmlFor={`room-${g.key}`} className={labelClass}>
                  Salle
                </label>
                <input id={`room-${g.key}`} value={g.room} maxLength={60} onChange={(e) => update(g.key, { room: e.target.value })} className={inputClass} />
              </div>
              <p className={`self-end text-sm ${g.members.length > capacity ? "font-semibold text-red-800" : "text-slate-700"}`}>
                {g.members.length}/{capacity} élèves{g.members.length > capacity ? " : capacité dépassée" : ""}
              </p>
            </div>
            <ul className="mt-3 divide-y divide-slate-100" aria-label={`Élèves de ${g.name || `groupe ${index + 1}`}`}>
              {g.members.map((m) => (
                <li key={m.pupilId} className="grid gap-1 py-2 sm:grid-cols-[1fr_auto] sm:items-center">
                  <div>
                    <span className="font-medium">{name(m.pupilId)}</span> <span className="text-sm text-slate-600">{byId.get(m.pupilId)?.division}</span>
                    <span className="block text-sm text-slate-700">{m.reason}</span>
                  </div>
                  <div>
                    <label htmlFor={`move-${g.key}-${m.pupilId}`} className="sr-only">
                      Déplacer {name(m.pupilId)}
                    </label>
                    <select
                      id={`move-${g.key}-${m.pupilId}`}
                      value=""
                      onChange={(e) => move(m, g.key, e.target.value)}
                      className="w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm"
                    >
                      <option value="">Déplacer vers…</option>
                      {destinations(g.key).map((d) => (
                        <option key={d.value} value={d.value}>
                          {d.label}
                        </option>
                      ))}
                    </select>
                  </div>
                </li>
              ))}
            </ul>
            <button type="button" className={`${dangerButton} mt-3`} onClick={() => removeGroup(g.key)}>
              Supprimer ce groupe<span className="sr-only"> {g.name}</span>
            </button>
          </li>
        ))}
      </ol>

      <section aria-labelledby="sans-groupe" className="rounded-lg border border-slate-200 bg-white p-4">
        <h3 id="sans-groupe" className="font-semibold">
          Élèves sans groupe ({unplaced.length})
        </h3>
        {unplaced.length === 0 ? (
          <p className="text-sm text-slate-700">Tous les élèves sont placés.</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100">
            {unplaced.map((m) => (
              <li key={m.pupilId} className="grid gap-1 py-2 sm:grid-cols-[1fr_auto] sm:items-center">
                <div>
                  <span className="font-medium">{name(m.pupilId)}</span> <span className="text-sm text-slate-600">{byId.get(m.pupilId)?.division}</span>
                  <span className="block text-sm text-slate-700">{m.reason}</span>
                </div>
                {groups.length > 0 && (
                  <div>
                    <label htmlFor={`place-${m.pupilId}`} className="sr-only">
                      Placer {name(m.pupilId)}
                    </label>
                    <select id={`place-${m.pupilId}`} value="" onChange={(e) => move(m, OUT, e.target.value)} className="w-full rounded border border-slate-400 bg-white px-2 py-1 text-sm">
                      <option value="">Placer dans…</option>
                      {destinations(OUT).map((d) => (
                        <option key={d.value} value={d.value}>
                          {d.label}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={primaryButton} disabled={pending || groups.length === 0}>
          {pending ? "Enregistrement…" : `Enregistrer les ${groups.length} groupes`}
        </button>
        <FormMessage result={result} success="Groupes enregistrés." />
      </div>
    </form>
  );
}
