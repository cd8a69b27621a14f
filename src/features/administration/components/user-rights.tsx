"use client";

import Link from "next/link";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { roleLabels, type SchoolRole } from "@/features/access/policy";
import { schoolRoles } from "@/features/members/schemas";
import { addMembership, assignInspector, removeMembership, unassignInspector } from "../actions";
import type { AcademyOption, EstablishmentOptions } from "../queries";
import { dangerButton, inputClass, labelClass, primaryButton, useAdminForm } from "./use-admin-form";

type Membership = { role: SchoolRole; establishment: { id: string; uai: string; name: string; city: string; academy: { name: string } } };

function MembershipRow({ userId, membership }: { userId: string; membership: Membership }) {
  const removal = useAdminForm(removeMembership);
  const school = membership.establishment;
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 border-t border-slate-200 py-3 first:border-t-0">
      <div>
        <Link href={`/admin/etablissements/${school.uai}`} className="font-medium text-brand-700 hover:underline">
          {school.name}
        </Link>
        <span className="block text-sm text-slate-600">
          {roleLabels[membership.role]} · {school.city} · académie de {school.academy.name} · <span className="font-mono">{school.uai}</span>
        </span>
      </div>
      <form onSubmit={removal.onSubmit} className="space-y-2">
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="establishmentId" value={school.id} />
        <button type="submit" disabled={removal.pending} className={dangerButton}>
          Retirer<span className="sr-only"> de l&apos;équipe de {school.name}</span>
        </button>
        <FormMessage result={removal.result} />
      </form>
    </li>
  );
}

export function MembershipsPanel({
  userId,
  memberships,
  establishments,
}: {
  userId: string;
  memberships: Membership[];
  establishments: EstablishmentOptions;
}) {
  const adding = useAdminForm(addMembership, { resetOnSuccess: true });
  const taken = new Set(memberships.map((m) => m.establishment.id));
  const choices = establishments
    .map((academy) => ({ ...academy, establishments: academy.establishments.filter((e) => !taken.has(e.id)) }))
    .filter((academy) => academy.establishments.length > 0);
  return (
    <div className="space-y-4">
      {memberships.length === 0 ? (
        <p className="text-slate-700">Ce compte n&apos;appartient à l&apos;équipe d&apos;aucun établissement.</p>
      ) : (
        <ul className="rounded-lg border border-slate-200 bg-white px-4">
          {memberships.map((membership) => (
            <MembershipRow key={membership.establishment.id} userId={userId} membership={membership} />
          ))}
        </ul>
      )}
      {choices.length > 0 && (
        <form onSubmit={adding.onSubmit} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_14rem_auto] sm:items-end">
          <h3 className="font-semibold sm:col-span-3">Ajouter à l&apos;équipe d&apos;un établissement</h3>
          <input type="hidden" name="userId" value={userId} />
          <div>
            <label htmlFor="membership-school" className={labelClass}>Établissement</label>
            <select id="membership-school" name="establishmentId" required defaultValue="" className={inputClass} aria-describedby="membership-school-error">
              <option value="" disabled>Choisir un établissement…</option>
              {choices.map((academy) => (
                <optgroup key={academy.id} label={`Académie de ${academy.name}`}>
                  {academy.establishments.map((school) => (
                    <option key={school.id} value={school.id}>{school.name} — {school.city} ({school.uai})</option>
                  ))}
                </optgroup>
              ))}
            </select>
            <FieldError result={adding.result} name="establishmentId" id="membership-school-error" />
          </div>
          <div>
            <label htmlFor="membership-role" className={labelClass}>Rôle</label>
            <select id="membership-role" name="role" defaultValue="TEACHER" className={inputClass}>
              {schoolRoles.map((role) => (
                <option key={role} value={role}>{roleLabels[role]}</option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={adding.pending} className={primaryButton}>
            {adding.pending ? "Ajout…" : "Ajouter"}
          </button>
          <div className="sm:col-span-3">
            <FormMessage result={adding.result} success="Ajouté à l'équipe." />
          </div>
        </form>
      )}
    </div>
  );
}

function AssignmentRow({ userId, academy }: { userId: string; academy: AcademyOption }) {
  const removal = useAdminForm(unassignInspector);
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 border-t border-slate-200 py-3 first:border-t-0">
      <span className="font-medium">
        Académie de {academy.name} <span className="font-mono text-sm font-normal text-slate-600">({academy.code})</span>
      </span>
      <form onSubmit={removal.onSubmit} className="space-y-2">
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="academyId" value={academy.id} />
        <button type="submit" disabled={removal.pending} className={dangerButton}>
          Détacher<span className="sr-only"> de l&apos;académie de {academy.name}</span>
        </button>
        <FormMessage result={removal.result} />
      </form>
    </li>
  );
}

export function InspectorAssignmentsPanel({
  userId,
  assigned,
  academies,
}: {
  userId: string;
  assigned: AcademyOption[];
  academies: AcademyOption[];
}) {
  const adding = useAdminForm(assignInspector, { resetOnSuccess: true });
  const taken = new Set(assigned.map((a) => a.id));
  const choices = academies.filter((academy) => !taken.has(academy.id));
  return (
    <div className="space-y-4">
      {assigned.length === 0 ? (
        <p className="text-slate-700">Ce compte n&apos;inspecte aucune académie.</p>
      ) : (
        <ul className="rounded-lg border border-slate-200 bg-white px-4">
          {assigned.map((academy) => (
            <AssignmentRow key={academy.id} userId={userId} academy={academy} />
          ))}
        </ul>
      )}
      {choices.length > 0 && (
        <form onSubmit={adding.onSubmit} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_auto] sm:items-end">
          <h3 className="font-semibold sm:col-span-2">Rattacher comme inspecteur d&apos;une académie</h3>
          <input type="hidden" name="userId" value={userId} />
          <div>
            <label htmlFor="assignment-academy" className={labelClass}>Académie</label>
            <select id="assignment-academy" name="academyId" required defaultValue="" className={inputClass} aria-describedby="assignment-academy-error">
              <option value="" disabled>Choisir une académie…</option>
              {choices.map((academy) => (
                <option key={academy.id} value={academy.id}>{academy.name} ({academy.code})</option>
              ))}
            </select>
            <FieldError result={adding.result} name="academyId" id="assignment-academy-error" />
          </div>
          <button type="submit" disabled={adding.pending} className={primaryButton}>
            {adding.pending ? "Rattachement…" : "Rattacher"}
          </button>
          <div className="sm:col-span-2">
            <FormMessage result={adding.result} success="Inspecteur rattaché." />
          </div>
        </form>
      )}
    </div>
  );
}
