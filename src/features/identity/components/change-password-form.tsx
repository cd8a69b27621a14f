"use client";

import { FieldError, FormMessage } from "@/components/ui/form-feedback";
import { inputClass, primaryButton } from "@/components/ui/form-styles";
import { useActionForm } from "@/components/ui/use-action-form";
import { changePassword } from "../actions";
import { PASSWORD_MIN_LENGTH } from "../password-policy";

const fields = [
  { name: "currentPassword", label: "Mot de passe actuel", autoComplete: "current-password" },
  { name: "newPassword", label: "Nouveau mot de passe", autoComplete: "new-password" },
  { name: "confirmation", label: "Confirmation du nouveau mot de passe", autoComplete: "new-password" },
] as const;

export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const { result, pending, onSubmit } = useActionForm(changePassword, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
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
              className={inputClass}
            />
            <FieldError result={result} name={field.name} id={`${field.name}-error`} />
          </div>
        ))}
      <FormMessage result={result} success="Mot de passe modifié." />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Enregistrement…" : "Changer le mot de passe"}
      </button>
    </form>
  );
}
