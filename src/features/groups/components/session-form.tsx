"use client";

import { useState } from "react";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { dangerButton, inputClass, labelClass, primaryButton } from "@/components/ui/form-styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteSession, recordSession } from "../actions";
import { attendanceLabels, type AttendanceStatus } from "../labels";
import { useObjectAction } from "./use-object-action";

type Pupil = { pupilId: string; name: string; division: string };
const statuses = Object.keys(attendanceLabels) as AttendanceStatus[];

/** The register of one session: its date and length, and each pupil present, absent or excused (present unless told). */
export function SessionForm({
  establishmentId,
  groupId,
  pupils,
  defaultDate,
  defaultHours,
}: {
  establishmentId: string;
  groupId: string;
  pupils: Pupil[];
  defaultDate: string;
  defaultHours: string;
}) {
  const [heldOn, setHeldOn] = useState(defaultDate);
  const [hours, setHours] = useState(defaultHours);
  const [register, setRegister] = useState<Record<string, AttendanceStatus>>(() => Object.fromEntries(pupils.map((p) => [p.pupilId, "PRESENT"])));
  const { result, pending, run } = useObjectAction(recordSession);
  const counts = statuses.map((s) => `${pupils.filter((p) => register[p.pupilId] === s).length} ${attendanceLabels[s].toLowerCase()}${pupils.filter((p) => register[p.pupilId] === s).length > 1 ? "s" : ""}`);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (pending) return;
        run({ establishmentId, groupId, heldOn, hours, attendance: pupils.map((p) => ({ pupilId: p.pupilId, status: register[p.pupilId] ?? "PRESENT" })) });
      }}
      className="space-y-4"
    >
      <div className="grid gap-3 sm:grid-cols-[12rem_10rem] sm:items-end">
        <div>
          <label htmlFor="session-date" className={labelClass}>
            Date de la séance
          </label>
          <input id="session-date" type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} className={inputClass} aria-describedby="session-date-error" />
          <FieldError result={result} name="heldOn" id="session-date-error" />
        </div>
        <div>
          <label htmlFor="session-hours" className={labelClass}>
            Durée (heures)
          </label>
          <input id="session-hours" inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} className={inputClass} aria-describedby="session-hours-error" />
          <FieldError result={result} name="hours" id="session-hours-error" />
        </div>
      </div>
      {pupils.length === 0 ? (
        <p>Ce groupe n&apos;a pas encore d&apos;élèves.</p>
      ) : (
        <fieldset>
          <legend className="font-semibold">Appel</legend>
          <p className="text-sm text-slate-700" aria-live="polite">
            {counts.join(", ")}.
          </p>
          <ul className="mt-2 divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {pupils.map((p) => (
              <li key={p.pupilId} className="grid gap-2 p-2 sm:grid-cols-[1fr_auto] sm:items-center">
                <span id={`pupil-${p.pupilId}`} className="font-medium">
                  {p.name} <span className="text-sm font-normal text-slate-600">{p.division}</span>
                </span>
                <div role="radiogroup" aria-labelledby={`pupil-${p.pupilId}`} className="flex flex-wrap gap-3">
                  {statuses.map((s) => (
                    <label key={s} className="inline-flex items-center gap-1 text-sm">
                      <input
                        type="radio"
                        name={`status-${p.pupilId}`}
                        value={s}
                        checked={register[p.pupilId] === s}
                        onChange={() => setRegister({ ...register, [p.pupilId]: s })}
                      />
                      {attendanceLabels[s]}
                    </label>
                  ))}
                </div>
              </li>
            ))}
          </ul>
          <FieldError result={result} name="attendance" id="session-attendance-error" />
        </fieldset>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={primaryButton} disabled={pending || pupils.length === 0}>
          {pending ? "Enregistrement…" : "Enregistrer la séance"}
        </button>
        <FormMessage result={result} success="Séance enregistrée : ses heures comptent dans le plan horaire des classes." />
      </div>
    </form>
  );
}

export function DeleteSessionButton({ establishmentId, sessionId, label }: { establishmentId: string; sessionId: string; label: string }) {
  const form = useActionForm(deleteSession);
  return (
    <form onSubmit={form.onSubmit} className="inline">
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <button type="submit" className={`${dangerButton} px-2 py-0.5 text-xs`} disabled={form.pending}>
        Supprimer<span className="sr-only"> la séance du {label}</span>
      </button>
      <FormMessage result={form.result} />
    </form>
  );
}
