"use server";

import { personalDataScope } from "@/features/access/scope";
import { defineAction } from "@/server/action";
import { SSO_PROVIDER_ID, signIn, signOut, ssoConfigured } from "@/server/auth";
import { withScope } from "@/server/tenant";
import { changeOwnPassword } from "./account";
import { safeReturnPath } from "./redirect";
import { changePasswordSchema } from "./schemas";

// Sign-in through the académie's SSO and sign-out are Auth.js flows, not data
// changes: they do not go through defineAction.

/** Starts the académie's OpenID Connect sign-in (only when it is configured). */
export async function signInWithAcademie(formData: FormData): Promise<void> {
  if (!ssoConfigured()) return;
  await signIn(SSO_PROVIDER_ID, { redirectTo: safeReturnPath(formData.get("retour")) });
}

/** Ends the session: the cookie is cleared and its server-side session revoked. */
export async function signOutNow(): Promise<void> {
  await signOut({ redirectTo: "/connexion" });
}

export const changePassword = defineAction({
  input: changePasswordSchema,
  handler: async ({ scope, input }) => {
    await withScope(personalDataScope(scope), (tx) => changeOwnPassword(tx, { userId: scope.user.id, ...input }));
    return null;
  },
});
