"use client";

import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { dangerButton, inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui/form-styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { acceptAttribute, formatFileSize } from "@/lib/file-type";
import type { ActionResult } from "@/server/action-result";
import { createMeeting, deleteMeeting, updateMeeting } from "../actions";
import { meetingBodies, meetingBodyLabels, type MeetingBody } from "../schemas";

export type MeetingView = {
  id: string;
  heldOn: string;
  body: MeetingBody;
  bodyLabel: string;
  participants: string;
  agenda: string;
  decisions: string;
  version: string;
  minutes: { id: string; fileName: string; byteSize: number } | null;
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("fr-FR", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });

function MeetingFields({ prefix, meeting, result }: { prefix: string; meeting?: MeetingView; result: ActionResult<unknown> | null }) {
  const field = (name: string) => ({ id: `${prefix}-${name}`, name, "aria-describedby": `${prefix}-${name}-error`, className: inputClass });
  return (
    <>
      <div>
        <label htmlFor={`${prefix}-heldOn`} className={labelClass}>
          Date
        </label>
        <input {...field("heldOn")} type="date" defaultValue={meeting?.heldOn} required />
        <FieldError result={result} name="heldOn" id={`${prefix}-heldOn-error`} />
      </div>
      <div>
        <label htmlFor={`${prefix}-body`} className={labelClass}>
          Instance
        </label>
        <select {...field("body")} defaultValue={meeting?.body ?? "TEACHING_TEAM"}>
          {meetingBodies.map((b) => (
            <option key={b} value={b}>
              {meetingBodyLabels[b]}
            </option>
          ))}
        </select>
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={`${prefix}-bodyLabel`} className={labelClass}>
          Nom de l&apos;instance (si « Autre instance »)
        </label>
        <input {...field("bodyLabel")} defaultValue={meeting?.bodyLabel} maxLength={120} />
        <FieldError result={result} name="bodyLabel" id={`${prefix}-bodyLabel-error`} />
      </div>
      <div className="sm:col-span-4">
        <label htmlFor={`${prefix}-participants`} className={labelClass}>
          Participants
        </label>
        <textarea {...field("participants")} defaultValue={meeting?.participants} rows={2} maxLength={2000} />
        <FieldError result={result} name="participants" id={`${prefix}-participants-error`} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={`${prefix}-agenda`} className={labelClass}>
          Ordre du jour
        </label>
        <textarea {...field("agenda")} defaultValue={meeting?.agenda} rows={4} maxLength={4000} />
        <FieldError result={result} name="agenda" id={`${prefix}-agenda-error`} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={`${prefix}-decisions`} className={labelClass}>
          Décisions
        </label>
        <textarea {...field("decisions")} defaultValue={meeting?.decisions} rows={4} maxLength={4000} />
        <FieldError result={result} name="decisions" id={`${prefix}-decisions-error`} />
      </div>
      <div className="sm:col-span-4">
        <label htmlFor={`${prefix}-minutes`} className={labelClass}>
          Compte rendu {meeting?.minutes ? "(remplace le fichier joint)" : "(facultatif)"} : PDF, document bureautique ou image, 10 Mo au plus
        </label>
        <input {...field("minutes")} type="file" accept={acceptAttribute} />
        <FieldError result={result} name="minutes" id={`${prefix}-minutes-error`} />
      </div>
    </>
  );
}

function MeetingItem({ meeting, establishmentId, schoolYear, downloadBase, canEdit }: { meeting: MeetingView; establishmentId: string; schoolYear: number; downloadBase: string; canEdit: boolean }) {
  const edit = useActionForm(updateMeeting);
  const removal = useActionForm(deleteMeeting);
  const title = meeting.body === "OTHER" ? meeting.bodyLabel : meetingBodyLabels[meeting.body];
  return (
    <li className="border-t border-slate-200 py-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">
          {title} du {day(meeting.heldOn)}
        </h3>
        {canEdit && (
          <form onSubmit={removal.onSubmit}>
            <input type="hidden" name="establishmentId" value={establishmentId} />
            <input type="hidden" name="meetingId" value={meeting.id} />
            <button type="submit" className={dangerButton} disabled={removal.pending}>
              Supprimer<span className="sr-only"> la réunion du {day(meeting.heldOn)}</span>
            </button>
          </form>
        )}
      </div>
      <FormMessage result={removal.result} />
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        {meeting.participants && (
          <>
            <dt className="font-medium">Participants</dt>
            <dd className="whitespace-pre-line">{meeting.participants}</dd>
          </>
        )}
        {meeting.agenda && (
          <>
            <dt className="font-medium">Ordre du jour</dt>
            <dd className="whitespace-pre-line">{meeting.agenda}</dd>
          </>
        )}
        {meeting.decisions && (
          <>
            <dt className="font-medium">Décisions</dt>
            <dd className="whitespace-pre-line">{meeting.decisions}</dd>
          </>
        )}
        <dt className="font-medium">Compte rendu</dt>
        <dd>
          {meeting.minutes ? (
            <a href={`${downloadBase}/${meeting.minutes.id}`} className="text-brand-700 underline" download>
              {meeting.minutes.fileName} ({formatFileSize(meeting.minutes.byteSize)})
            </a>
          ) : (
            "aucun fichier joint"
          )}
        </dd>
      </dl>
      {canEdit && (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">
            Modifier<span className="sr-only"> la réunion du {day(meeting.heldOn)}</span>
          </summary>
          <form onSubmit={edit.onSubmit} noValidate encType="multipart/form-data" className="mt-2 grid gap-3 sm:grid-cols-4 sm:items-end">
            <input type="hidden" name="establishmentId" value={establishmentId} />
            <input type="hidden" name="schoolYear" value={schoolYear} />
            <input type="hidden" name="meetingId" value={meeting.id} />
            <input type="hidden" name="version" value={meeting.version} />
            <MeetingFields prefix={`meeting-${meeting.id}`} meeting={meeting} result={edit.result} />
            {meeting.minutes && (
              <label className="inline-flex items-center gap-2 text-sm sm:col-span-4">
                <input type="checkbox" name="removeMinutes" value="on" /> Retirer le compte rendu joint
              </label>
            )}
            <div className="flex flex-wrap items-center gap-3 sm:col-span-4">
              <button type="submit" className={secondaryButton} disabled={edit.pending}>
                Enregistrer
              </button>
              <FormMessage result={edit.result} success="Réunion modifiée." />
            </div>
          </form>
        </details>
      )}
    </li>
  );
}

export function MeetingsPanel({
  meetings,
  establishmentId,
  schoolYear,
  downloadBase,
  canEdit,
}: {
  meetings: MeetingView[];
  establishmentId: string;
  schoolYear: number;
  downloadBase: string;
  canEdit: boolean;
}) {
  const creation = useActionForm(createMeeting, { resetOnSuccess: true });
  return (
    <div className="space-y-6">
      {meetings.length === 0 ? (
        <p>Aucune réunion de concertation n&apos;est encore notée cette année.</p>
      ) : (
        <ul aria-label="Réunions de concertation" className="border-b border-slate-200">
          {meetings.map((m) => (
            <MeetingItem key={m.id} meeting={m} establishmentId={establishmentId} schoolYear={schoolYear} downloadBase={downloadBase} canEdit={canEdit} />
          ))}
        </ul>
      )}
      {canEdit && (
        <form onSubmit={creation.onSubmit} noValidate encType="multipart/form-data" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end">
          <h3 className="font-semibold sm:col-span-4">Noter une réunion</h3>
          <input type="hidden" name="establishmentId" value={establishmentId} />
          <input type="hidden" name="schoolYear" value={schoolYear} />
          <MeetingFields prefix="new-meeting" result={creation.result} />
          <div className="flex flex-wrap items-center gap-3 sm:col-span-4">
            <button type="submit" className={primaryButton} disabled={creation.pending}>
              {creation.pending ? "Enregistrement…" : "Ajouter la réunion"}
            </button>
            <FormMessage result={creation.result} success="Réunion ajoutée." />
          </div>
        </form>
      )}
    </div>
  );
}
