"use client";

import { useRouter } from "next/navigation";
import { type FormEvent } from "react";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { inputClass, labelClass, primaryButton } from "@/components/ui/form-styles";
import { useAction } from "@/components/ui/use-action";
import { createGroup, updateGroup } from "../actions";
import { groupKindLabels, groupKinds, type GroupKind } from "../labels";
import { timeInputValue, weekdayLabels, type Slot } from "../slots";

export type GroupFormValues = {
  id: string;
  periodId: string;
  schemeId: string;
  name: string;
  kind: GroupKind;
  focus: string;
  slot: Slot;
  room: string;
  capacity: number;
  plannedHours: number;
  version: string;
  teachers: { userId: string }[];
};

type Option = { id: string; label: string };

/** Creates a group, or edits one (then its period is fixed). Teachers are ticked: co-animation is allowed. */
export function GroupForm({
  establishmentId,
  periods,
  schemes,
  teachers,
  group,
  defaultPeriodId,
  onCreatedPath,
}: {
  establishmentId: string;
  periods: Option[];
  schemes: Option[];
  teachers: { userId: string; name: string }[];
  group?: GroupFormValues;
  defaultPeriodId?: string;
  /** Where to go once a group is created: its own page. */
  onCreatedPath?: string;
}) {
  const router = useRouter();
  const prefix = group ? `group-${group.id}` : "new-group";
  const action = group ? updateGroup : createGroup;
  const { result, pending, submit } = useAction(action as (input: FormData) => ReturnType<typeof createGroup>, (data) => {
    if (!group && onCreatedPath && data && typeof data === "object" && "id" in data) router.push(`${onCreatedPath}/${data.id}`);
    else router.refresh();
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    const ids = data.getAll("teacher").map(String);
    data.delete("teacher");
    data.set("teacherIds", ids.join(","));
    submit(data);
  }
  const field = (name: string, label: string, input: React.ReactNode, className = "") => (
    <div className={className}>
      <label htmlFor={`${prefix}-${name}`} className={labelClass}>
        {label}
      </label>
      {input}
      <FieldError result={result} name={name} id={`${prefix}-${name}-error`} />
    </div>
  );
  const described = (name: string) => ({ id: `${prefix}-${name}`, name, "aria-describedby": `${prefix}-${name}-error`, className: inputClass });
  const chosen = new Set(group?.teachers.map((t) => t.userId) ?? []);
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-4 sm:items-end">
      <input type="hidden" name="establishmentId" value={establishmentId} />
      {group && (
        <>
          <input type="hidden" name="groupId" value={group.id} />
          <input type="hidden" name="version" value={group.version} />
          <input type="hidden" name="periodId" value={group.periodId} />
        </>
      )}
      {field("name", "Nom du groupe", <input {...described("name")} defaultValue={group?.name} required maxLength={120} />, "sm:col-span-2")}
      {field(
        "kind",
        "Type",
        <select {...described("kind")} defaultValue={group?.kind ?? "REMEDIATION"}>
          {groupKinds.map((k) => (
            <option key={k} value={k}>
              {groupKindLabels[k]}
            </option>
          ))}
        </select>,
      )}
      {field("focus", "Compétence travaillée", <input {...described("focus")} defaultValue={group?.focus} maxLength={160} />)}
      {!group &&
        field(
          "periodId",
          "Période",
          <select {...described("periodId")} defaultValue={defaultPeriodId ?? periods[0]?.id}>
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>,
        )}
      {field(
        "schemeId",
        "Dispositif (volet)",
        <select {...described("schemeId")} defaultValue={group?.schemeId ?? schemes[0]?.id}>
          {schemes.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>,
        group ? "sm:col-span-2" : "",
      )}
      {field(
        "weekday",
        "Jour",
        <select {...described("weekday")} defaultValue={group?.slot.weekday ?? 1}>
          {Object.entries(weekdayLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>,
      )}
      {field("startTime", "Début", <input {...described("startTime")} type="time" defaultValue={group ? timeInputValue(group.slot.startMinute) : "10:00"} required />)}
      {field("endTime", "Fin", <input {...described("endTime")} type="time" defaultValue={group ? timeInputValue(group.slot.endMinute) : "11:00"} required />)}
      {field("room", "Salle", <input {...described("room")} defaultValue={group?.room} maxLength={60} />)}
      <fieldset className="sm:col-span-2">
        <legend className={labelClass}>Semaines de la période (vide : toute la période)</legend>
        <div className="mt-1 flex gap-2">
          <div className="flex-1">
            <label htmlFor={`${prefix}-firstWeek`} className="text-sm">
              De la semaine
            </label>
            <input {...described("firstWeek")} inputMode="numeric" defaultValue={group?.slot.firstWeek ?? ""} />
          </div>
          <div className="flex-1">
            <label htmlFor={`${prefix}-lastWeek`} className="text-sm">
              à la semaine
            </label>
            <input {...described("lastWeek")} inputMode="numeric" defaultValue={group?.slot.lastWeek ?? ""} />
          </div>
        </div>
        <FieldError result={result} name="firstWeek" id={`${prefix}-firstWeek-error`} />
        <FieldError result={result} name="lastWeek" id={`${prefix}-lastWeek-error`} />
      </fieldset>
      {field("capacity", "Capacité (élèves)", <input {...described("capacity")} inputMode="numeric" defaultValue={group?.capacity ?? 12} required />)}
      {field(
        "plannedHours",
        "Heures prévues",
        <input {...described("plannedHours")} inputMode="decimal" defaultValue={group ? String(group.plannedHours).replace(".", ",") : ""} />,
      )}
      <fieldset className="sm:col-span-4">
        <legend className={labelClass}>Professeurs (plusieurs pour une co-animation)</legend>
        {teachers.length === 0 ? (
          <p className="text-sm text-slate-700">Aucun professeur n&apos;est encore membre de l&apos;établissement.</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {teachers.map((t) => (
              <li key={t.userId}>
                <label className="inline-flex items-center gap-2 text-sm">
                  <input type="checkbox" name="teacher" value={t.userId} defaultChecked={chosen.has(t.userId)} />
                  {t.name}
                </label>
              </li>
            ))}
          </ul>
        )}
        <FieldError result={result} name="teacherIds" id={`${prefix}-teacherIds-error`} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-4">
        <button type="submit" className={primaryButton} disabled={pending}>
          {pending ? "Enregistrement…" : group ? "Enregistrer le groupe" : "Créer le groupe"}
        </button>
        <FormMessage result={result} success={group ? "Groupe enregistré." : "Groupe créé."} />
      </div>
    </form>
  );
}
