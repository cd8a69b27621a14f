"use client";

import { SubmitRow } from "@/components/ui/submit-row";
import Link from "next/link";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { PASSWORD_MIN_LENGTH } from "@/features/identity/password-policy";
import { createUser, disableUser, enableUser, setUserPassword, updateUser } from "../actions";
import { dangerButton, inputClass, labelClass, primaryButton, secondaryButton, useAdminForm } from "./use-admin-form";

const passwordHelp = `Au moins ${PASSWORD_MIN_LENGTH} caractères, sans autre contrainte : une phrase de plusieurs mots est idéale.`;

export function CreateUserForm() {
  const { result, pending, onSubmit } = useAdminForm(createUser, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <h2 className="text-lg font-semibold">Créer un compte</h2>
        <p className="text-sm text-slate-600">
          Sans mot de passe, la personne se connecte par le guichet académique, ou vous lui en choisissez un plus tard.
        </p>
      </div>
      <div>
        <label htmlFor="new-user-email" className={labelClass}>Adresse électronique</label>
        <input id="new-user-email" name="email" type="email" required maxLength={254} autoComplete="off" className={inputClass} aria-describedby="new-user-email-error" />
        <FieldError result={result} name="email" id="new-user-email-error" />
      </div>
      <div>
        <label htmlFor="new-user-name" className={labelClass}>Nom et prénom</label>
        <input id="new-user-name" name="name" required maxLength={120} autoComplete="off" className={inputClass} aria-describedby="new-user-name-error" />
        <FieldError result={result} name="name" id="new-user-name-error" />
      </div>
      <div>
        <label htmlFor="new-user-password" className={labelClass}>Mot de passe initial (facultatif)</label>
        <input id="new-user-password" name="password" type="password" maxLength={1024} autoComplete="new-password" className={inputClass} aria-describedby="new-user-password-help new-user-password-error" />
        <p id="new-user-password-help" className="mt-1 text-xs text-slate-600">{passwordHelp}</p>
        <FieldError result={result} name="password" id="new-user-password-error" />
      </div>
      <div className="flex items-center gap-2 sm:mt-6">
        <input id="new-user-admin" name="isAdmin" type="checkbox" className="size-4" />
        <label htmlFor="new-user-admin" className="text-sm font-medium">Administrateur de la plateforme</label>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Création…" : "Créer le compte"}
        </button>
        {result?.ok && (
          <Link href={`/admin/utilisateurs/${result.data.id}`} className="text-sm font-medium text-brand-700 underline">
            Ouvrir le compte créé pour le rattacher à un établissement
          </Link>
        )}
      </div>
      <div className="sm:col-span-2">
        <FormMessage result={result} success="Compte créé." />
      </div>
    </form>
  );
}

type Account = { id: string; email: string; name: string; isAdmin: boolean; version: string; disabled: boolean };

export function EditUserForm({ account, isSelf }: { account: Account; isSelf: boolean }) {
  const { result, pending, onSubmit } = useAdminForm(updateUser);
  return (
    <form onSubmit={onSubmit} className="grid max-w-3xl gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <input type="hidden" name="userId" value={account.id} />
      <input type="hidden" name="version" value={account.version} />
      <div>
        <label htmlFor="user-email" className={labelClass}>Adresse électronique</label>
        <input id="user-email" name="email" type="email" required maxLength={254} defaultValue={account.email} autoComplete="off" className={inputClass} aria-describedby="user-email-error" />
        <FieldError result={result} name="email" id="user-email-error" />
      </div>
      <div>
        <label htmlFor="user-name" className={labelClass}>Nom et prénom</label>
        <input id="user-name" name="name" required maxLength={120} defaultValue={account.name} autoComplete="off" className={inputClass} aria-describedby="user-name-error" />
        <FieldError result={result} name="name" id="user-name-error" />
      </div>
      <div className="sm:col-span-2">
        <div className="flex items-center gap-2">
          <input id="user-admin" name="isAdmin" type="checkbox" defaultChecked={account.isAdmin} className="size-4" aria-describedby={isSelf ? "user-admin-help" : undefined} />
          <label htmlFor="user-admin" className="text-sm font-medium">Administrateur de la plateforme</label>
        </div>
        {isSelf && (
          <p id="user-admin-help" className="mt-1 text-xs text-slate-600">
            C&apos;est votre compte : vous ne pouvez pas retirer votre propre droit d&apos;administration.
          </p>
        )}
      </div>
      <SubmitRow pending={pending} result={result} busy="Enregistrement…" idle="Enregistrer" success="Compte modifié." className="sm:col-span-2" />
    </form>
  );
}

/** Disables (and signs out everywhere) or re-enables an account. */
export function AccountStatusForm({ account, isSelf, openSessions }: { account: Account; isSelf: boolean; openSessions: number }) {
  const disabling = useAdminForm(disableUser);
  const enabling = useAdminForm(enableUser);
  if (account.disabled) {
    return (
      <form onSubmit={enabling.onSubmit} className="space-y-3">
        <input type="hidden" name="userId" value={account.id} />
        <p>Ce compte est <strong>désactivé</strong> : la personne ne peut plus se connecter.</p>
        <button type="submit" disabled={enabling.pending} className={secondaryButton}>
          {enabling.pending ? "Réactivation…" : "Réactiver le compte"}
        </button>
        <FormMessage result={enabling.result} success="Compte réactivé." />
        <FormMessage result={disabling.result} success="Compte désactivé : ses sessions ont été fermées." />
      </form>
    );
  }
  return (
    <form onSubmit={disabling.onSubmit} className="space-y-3">
      <input type="hidden" name="userId" value={account.id} />
      <p>
        Ce compte est <strong>actif</strong>
        {openSessions > 0 ? ` (${openSessions} session${openSessions > 1 ? "s" : ""} ouverte${openSessions > 1 ? "s" : ""})` : ""}.
        Le désactiver ferme aussitôt toutes ses sessions.
      </p>
      {isSelf ? (
        <p className="text-sm text-slate-600">C&apos;est votre compte : vous ne pouvez pas le désactiver vous-même.</p>
      ) : (
        <button type="submit" disabled={disabling.pending} className={dangerButton}>
          {disabling.pending ? "Désactivation…" : "Désactiver le compte"}
        </button>
      )}
      <FormMessage result={disabling.result} />
      <FormMessage result={enabling.result} success="Compte réactivé." />
    </form>
  );
}

export function SetPasswordForm({ userId, hasPassword }: { userId: string; hasPassword: boolean }) {
  const { result, pending, onSubmit } = useAdminForm(setUserPassword, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} className="grid max-w-3xl gap-3 sm:grid-cols-2">
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm text-slate-700 sm:col-span-2">
        {hasPassword ? "Ce compte a un mot de passe ; le nouveau le remplace." : "Ce compte n'a pas encore de mot de passe."} {passwordHelp}
      </p>
      <div>
        <label htmlFor="user-password" className={labelClass}>Nouveau mot de passe</label>
        <input id="user-password" name="password" type="password" required maxLength={1024} autoComplete="new-password" className={inputClass} aria-describedby="user-password-error" />
        <FieldError result={result} name="password" id="user-password-error" />
      </div>
      <div>
        <label htmlFor="user-password-confirmation" className={labelClass}>Confirmation</label>
        <input id="user-password-confirmation" name="confirmation" type="password" required maxLength={1024} autoComplete="new-password" className={inputClass} aria-describedby="user-password-confirmation-error" />
        <FieldError result={result} name="confirmation" id="user-password-confirmation-error" />
      </div>
      <SubmitRow pending={pending} result={result} busy="Enregistrement…" idle="Définir le mot de passe" success="Mot de passe défini." className="sm:col-span-2" />
    </form>
  );
}
