"use client";

import { useRouter } from "next/navigation";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { useAction } from "@/components/ui/use-action";
import { roleLabels } from "@/features/access/policy";
import { addMember, changeMemberRole, removeMember } from "../actions";
import type { Member } from "../queries";
import { schoolRoles } from "../schemas";

const inputClass = "mt-1 w-full rounded border border-slate-400 px-3 py-2";

function AddMemberForm({ establishmentId }: { establishmentId: string }) {
  const router = useRouter();
  const { result, pending, submit } = useAction(addMember, () => router.refresh());
  return (
    <form action={submit} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end">
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <div className="sm:col-span-4">
        <h3 className="font-semibold">Ajouter un membre</h3>
        <p className="text-sm text-slate-600">
          Un compte existant est retrouvé par son adresse ; sinon il est créé, et la personne se connecte par le guichet
          académique.
        </p>
      </div>
      <div>
        <label htmlFor="member-email" className="block text-sm font-medium">Adresse électronique</label>
        <input id="member-email" name="email" type="email" required maxLength={254} className={inputClass} aria-describedby="member-email-error" />
        <FieldError result={result} name="email" id="member-email-error" />
      </div>
      <div>
        <label htmlFor="member-name" className="block text-sm font-medium">Nom et prénom</label>
        <input id="member-name" name="name" required maxLength={120} className={inputClass} aria-describedby="member-name-error" />
        <FieldError result={result} name="name" id="member-name-error" />
      </div>
      <div>
        <label htmlFor="member-role" className="block text-sm font-medium">Rôle</label>
        <select id="member-role" name="role" defaultValue="TEACHER" className={inputClass}>
          {schoolRoles.map((role) => (
            <option key={role} value={role}>{roleLabels[role]}</option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? "Ajout…" : "Ajouter"}
      </button>
      <div className="sm:col-span-4">
        <FormMessage result={result} success="Membre ajouté." />
      </div>
    </form>
  );
}

function MemberRow({ member, establishmentId, canManage }: { member: Member; establishmentId: string; canManage: boolean }) {
  const router = useRouter();
  const role = useAction(changeMemberRole, () => router.refresh());
  const removal = useAction(removeMember, () => router.refresh());
  return (
    <tr className="border-t border-slate-200 align-top">
      <td className="py-2 pr-4">
        <span className="font-medium">{member.name}</span>
        {member.disabled && <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs">compte désactivé</span>}
        <span className="block text-sm text-slate-600">{member.email}</span>
      </td>
      <td className="py-2 pr-4">
        {canManage ? (
          <form action={role.submit} className="flex flex-wrap items-center gap-2">
            <input type="hidden" name="establishmentId" value={establishmentId} />
            <input type="hidden" name="userId" value={member.id} />
            <label className="sr-only" htmlFor={`role-${member.id}`}>Rôle de {member.name}</label>
            <select id={`role-${member.id}`} name="role" defaultValue={member.role} className="rounded border border-slate-400 px-2 py-1">
              {schoolRoles.map((r) => (
                <option key={r} value={r}>{roleLabels[r]}</option>
              ))}
            </select>
            <button type="submit" disabled={role.pending} className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100">
              Changer
            </button>
            <FormMessage result={role.result} success="Rôle modifié." />
          </form>
        ) : (
          roleLabels[member.role]
        )}
      </td>
      {canManage && (
        <td className="py-2">
          <form action={removal.submit}>
            <input type="hidden" name="establishmentId" value={establishmentId} />
            <input type="hidden" name="userId" value={member.id} />
            <button type="submit" disabled={removal.pending} className="rounded border border-red-400 px-2 py-1 text-sm text-red-800 hover:bg-red-50">
              Retirer<span className="sr-only"> {member.name}</span>
            </button>
            <FormMessage result={removal.result} />
          </form>
        </td>
      )}
    </tr>
  );
}

export function MembersPanel({ establishmentId, members, canManage }: { establishmentId: string; members: Member[]; canManage: boolean }) {
  return (
    <div className="space-y-6">
      <div className="overflow-x-auto">
        <table className="w-full text-left">
          <caption className="sr-only">Membres de l&apos;équipe</caption>
          <thead>
            <tr className="text-sm text-slate-600">
              <th scope="col" className="py-2 pr-4 font-medium">Personne</th>
              <th scope="col" className="py-2 pr-4 font-medium">Rôle</th>
              {canManage && <th scope="col" className="py-2 font-medium">Action</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <MemberRow key={member.id} member={member} establishmentId={establishmentId} canManage={canManage} />
            ))}
          </tbody>
        </table>
      </div>
      {canManage && <AddMemberForm establishmentId={establishmentId} />}
    </div>
  );
}
