"use client";

import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { dangerButton, inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui/form-styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { roleLabels } from "@/features/access/policy";
import { addMember, changeMemberRole, removeMember } from "../actions";
import type { Member } from "../queries";
import { schoolRoles } from "../schemas";

function AddMemberForm({ establishmentId }: { establishmentId: string }) {
  const { result, pending, onSubmit } = useActionForm(addMember, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end">
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <div className="sm:col-span-4">
        <h3 className="font-semibold">Ajouter un membre</h3>
        <p className="text-sm text-slate-600">
          Un compte existant est retrouvé par son adresse ; sinon il est créé, et la personne se connecte par le guichet
          académique.
        </p>
      </div>
      <div>
        <label htmlFor="member-email" className={labelClass}>Adresse électronique</label>
        <input id="member-email" name="email" type="email" required maxLength={254} className={inputClass} aria-describedby="member-email-error" />
        <FieldError result={result} name="email" id="member-email-error" />
      </div>
      <div>
        <label htmlFor="member-name" className={labelClass}>Nom et prénom</label>
        <input id="member-name" name="name" required maxLength={120} className={inputClass} aria-describedby="member-name-error" />
        <FieldError result={result} name="name" id="member-name-error" />
      </div>
      <div>
        <label htmlFor="member-role" className={labelClass}>Rôle</label>
        <select id="member-role" name="role" defaultValue="TEACHER" className={inputClass}>
          {schoolRoles.map((role) => (
            <option key={role} value={role}>{roleLabels[role]}</option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Ajout…" : "Ajouter"}
      </button>
      <div className="sm:col-span-4">
        <FormMessage result={result} success="Membre ajouté." />
      </div>
    </form>
  );
}

function MemberItem({ member, establishmentId, canManage }: { member: Member; establishmentId: string; canManage: boolean }) {
  const role = useActionForm(changeMemberRole);
  const removal = useActionForm(removeMember);
  return (
    <li className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2 border-t border-slate-200 py-3">
      <div className="min-w-0">
        <span className="font-medium">{member.name}</span>
        {member.disabled && <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs">compte désactivé</span>}
        <span className="block break-all text-sm text-slate-600">{member.email}</span>
        {!canManage && <span className="block text-sm">{roleLabels[member.role]}</span>}
      </div>
      {canManage && (
        <div className="flex flex-wrap items-start gap-2">
          <form onSubmit={role.onSubmit} className="flex flex-wrap items-center gap-2">
            <input type="hidden" name="establishmentId" value={establishmentId} />
            <input type="hidden" name="userId" value={member.id} />
            <label className="sr-only" htmlFor={`role-${member.id}`}>Rôle de {member.name}</label>
            <select key={member.role} id={`role-${member.id}`} name="role" defaultValue={member.role} className="rounded border border-slate-400 bg-white px-2 py-1.5">
              {schoolRoles.map((r) => (
                <option key={r} value={r}>{roleLabels[r]}</option>
              ))}
            </select>
            <button type="submit" disabled={role.pending} className={secondaryButton}>
              Changer
            </button>
          </form>
          <form onSubmit={removal.onSubmit}>
            <input type="hidden" name="establishmentId" value={establishmentId} />
            <input type="hidden" name="userId" value={member.id} />
            <button type="submit" disabled={removal.pending} aria-label={`Retirer ${member.name}`} className={dangerButton}>
              Retirer
            </button>
          </form>
          <div className="w-full">
            <FormMessage result={role.result} success="Rôle modifié." />
            <FormMessage result={removal.result} />
          </div>
        </div>
      )}
    </li>
  );
}

export function MembersPanel({ establishmentId, members, canManage }: { establishmentId: string; members: Member[]; canManage: boolean }) {
  return (
    <div className="space-y-6">
      <ul aria-label="Membres de l'équipe" className="border-b border-slate-200">
        {members.map((member) => (
          <MemberItem key={member.id} member={member} establishmentId={establishmentId} canManage={canManage} />
        ))}
      </ul>
      {canManage && <AddMemberForm establishmentId={establishmentId} />}
    </div>
  );
}
