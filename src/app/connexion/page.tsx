import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { signInWithAcademie } from "@/features/identity/actions";
import { SignInForm } from "@/features/identity/components/sign-in-form";
import { safeReturnPath } from "@/features/identity/redirect";
import { signInErrorMessage } from "@/features/identity/sign-in-errors";
import { ssoConfigured } from "@/server/auth";
import { env } from "@/server/env";
import { currentUser } from "@/server/guards";

export const metadata: Metadata = { title: "Connexion" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.retour);
  if (await currentUser()) redirect(returnTo);
  const error = signInErrorMessage(params.erreur ?? params.error);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-semibold">Connexion</h1>
      <p className="mb-6 text-slate-700">Connectez-vous pour piloter les dispositifs d&apos;accompagnement de votre établissement.</p>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <SignInForm returnTo={returnTo} initialError={error} />
        {ssoConfigured() && (
          <form action={signInWithAcademie} className="mt-6 border-t border-slate-200 pt-6">
            <input type="hidden" name="retour" value={returnTo} />
            <button
              type="submit"
              className="w-full rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
            >
              {env().OIDC_LABEL}
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
