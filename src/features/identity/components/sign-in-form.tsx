"use client";

import { useState } from "react";

export function SignInForm({ returnTo, initialError }: { returnTo: string; initialError: string | null }) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/connexion", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password"), retour: returnTo }),
      });
      const result = (await response.json().catch(() => null)) as { ok?: boolean; message?: string; redirectTo?: string } | null;
      if (response.ok && result?.ok) {
        window.location.assign(result.redirectTo ?? "/");
        return;
      }
      setError(result?.message ?? "La connexion a échoué : réessayez.");
    } catch {
      setError("Le serveur ne répond pas : vérifiez votre connexion et réessayez.");
    }
    setPending(false);
  }

  return (
    <form method="post" action="/api/connexion" onSubmit={submit} className="space-y-4" noValidate>
      <input type="hidden" name="retour" value={returnTo} />
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block font-medium">
          Adresse électronique
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          maxLength={254}
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          Mot de passe
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={1024}
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {pending ? "Connexion…" : "Se connecter"}
      </button>
    </form>
  );
}
