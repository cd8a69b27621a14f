"use client";

import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { dangerButton, inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui/form-styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { addInterview, assignClassReferent, assignReferent, deleteInterview, setCaseloadLimit } from "../actions";

type Teacher = { userId: string; name: string };

export function CaseloadLimitForm({ establishmentId, limit }: { establishmentId: string; limit: number }) {
  const form = useActionForm(setCaseloadLimit);
  return (
    <form onSubmit={form.onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <div>
        <label htmlFor="caseload-limit" className={labelClass}>
          Seuil d&apos;élèves suivis par référent
        </label>
        <input id="caseload-limit" name="limit" inputMode="numeric" defaultValue={limit} className={`${inputClass} w-28`} aria-describedby="caseload-limit-error" />
        <FieldError result={form.result} name="limit" id="caseload-limit-error" />
      </div>
      <button type="submit" className={secondaryButton} disabled={form.pending}>
        Enregistrer le seuil
      </button>
      <FormMessage result={form.result} success="Seuil enregistré." />
    </form>
  );
}

export function ClassReferentForm({ establishmentId, divisionId, divisionName, teachers }: { establishmentId: string; divisionId: string; divisionName: string; teachers: Teacher[] }) {
  const form = useActionForm(assignClassReferent);
  return (
    <form onSubmit={form.onSubmit} noValidate className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_auto] sm:items-end">
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <input type="hidden" name="divisionId" value={divisionId} />
      <div>
        <label htmlFor="class-referent" className={labelClass}>
          Un même référent pour les élèves de {divisionName}
        </label>
        <select id="class-referent" name="userId" className={inputClass} aria-describedby="class-referent-error">
          {teachers.map((t) => (
            <option key={t.userId} value={t.userId}>
              {t.name}
            </option>
          ))}
        </select>
        <FieldError result={form.result} name="userId" id="class-referent-error" />
        <label className="mt-2 inline-flex items-center gap-2 text-sm">
          <input type="checkbox" name="onlyUnassigned" value="on" defaultChecked /> Seulement les élèves qui n&apos;ont pas encore de référent
        </label>
      </div>
      <button type="submit" className={primaryButton} disabled={form.pending}>
        Désigner pour la classe
      </button>
      <div className="sm:col-span-2">
        <FormMessage result={form.result} success="Référents désignés." />
      </div>
    </form>
  );
}

export function PupilReferentForm({
  establishmentId,
  pupilId,
  pupilName,
  referentId,
  teachers,
}: {
  establishmentId: string;
  pupilId: string;
  pupilName: string;
  referentId: string | null;
  teachers: Teacher[];
}) {
  const form = useActionForm(assignReferent);
  return (
    <form onSubmit={form.onSubmit} noValidate className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <input type="hidden" name="pupilId" value={pupilId} />
      <label htmlFor={`referent-${pupilId}`} className="sr-only">
        Référent de {pupilName}
      </label>
      <select id={`referent-${pupilId}`} name="userId" defaultValue={referentId ?? ""} className="rounded border border-slate-400 bg-white px-2 py-1 text-sm">
        <option value="">Aucun référent</option>
        {teachers.map((t) => (
          <option key={t.userId} value={t.userId}>
            {t.name}
          </option>
        ))}
      </select>
      <button type="submit" className={secondaryButton} disabled={form.pending}>
        Enregistrer<span className="sr-only"> le référent de {pupilName}</span>
      </button>
      <FormMessage result={form.result} success="Enregistré." />
    </form>
  );
}

export function InterviewForm({ establishmentId, pupilId, pupilName, today }: { establishmentId: string; pupilId: string; pupilName: string; today: string }) {
  const form = useActionForm(addInterview, { resetOnSuccess: true });
  const id = `interview-${pupilId}`;
  return (
    <form onSubmit={form.onSubmit} noValidate className="grid gap-2 sm:grid-cols-[10rem_1fr_auto] sm:items-end">
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <input type="hidden" name="pupilId" value={pupilId} />
      <div>
        <label htmlFor={`${id}-date`} className={labelClass}>
          Date
        </label>
        <input id={`${id}-date`} name="heldOn" type="date" defaultValue={today} className={inputClass} aria-describedby={`${id}-date-error`} />
        <FieldError result={form.result} name="heldOn" id={`${id}-date-error`} />
      </div>
      <div>
        <label htmlFor={`${id}-subject`} className={labelClass}>
          Sujet de l&apos;entretien avec {pupilName}
        </label>
        <input id={`${id}-subject`} name="subject" maxLength={300} className={inputClass} aria-describedby={`${id}-subject-error`} />
        <FieldError result={form.result} name="subject" id={`${id}-subject-error`} />
      </div>
      <button type="submit" className={secondaryButton} disabled={form.pending}>
        Noter l&apos;entretien
      </button>
      <div className="sm:col-span-3">
        <FormMessage result={form.result} success="Entretien noté." />
      </div>
    </form>
  );
}

export function DeleteInterviewButton({ establishmentId, interviewId, label }: { establishmentId: string; interviewId: string; label: string }) {
  const form = useActionForm(deleteInterview);
  return (
    <form onSubmit={form.onSubmit} className="inline">
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <input type="hidden" name="interviewId" value={interviewId} />
      <button type="submit" className={`${dangerButton} px-2 py-0.5 text-xs`} disabled={form.pending}>
        Supprimer<span className="sr-only"> l&apos;entretien {label}</span>
      </button>
      <FormMessage result={form.result} />
    </form>
  );
}
