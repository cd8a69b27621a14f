"use client";

import { useRef } from "react";
import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { useAction } from "@/components/ui/use-action";
import { changePassword } from "../actions";
import { PASSWORD_MIN_LENGTH } from "../password-policy";

const fields = [
  { name: "currentPassword", label: "Mot de passe actuel", autoComplete: "current-password" },
  { name: "newPassword", label: "Nouveau mot de passe", autoComplete: "new-password" },
  { name: "confirmation", label: "Confirmation du nouveau mot de passe", autoComplete: "new-password" },
] as const;

export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const form = useRef<HTMLFormElement>(null);
  const { result, pending, submit } = useAction(changePassword, () => form.current?.reset());
  return (
    <form ref={form} action={submit} className="max-w-md space-y-4">
      <p className="text-sm text-slate-700">
        Au moins {PASSWORD_MIN_LENGTH} caractères, sans autre contrainte : une phrase de plusieurs mots est idéale.
      </p>
      {fields
        .filter((field) => hasPassword || field.name !== "currentPassword")
        .map((field) => (
          <div key={field.name}>
            <label htmlFor={field.name} className="block font-medium">{field.label}</label>
            <input
              id={field.name}
              name={field.name}
              type="password"
              autoComplete={field.autoComplete}
              maxLength={1024}
              aria-describedby={`${field.name}-error`}
              className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
            />
            <FieldError result={result} name={field.name} id={`${field.name}-error`} />
          </div>
        ))}
      <FormMessage result={result} success="Mot de passe modifié." />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60">
        {pending ? "Enregistrement…" : "Changer le mot de passe"}
      </button>
    </form>
  );
}
