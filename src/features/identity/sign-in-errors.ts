/** What the sign-in page says for each refusal; the URL carries only the code. */
export const signInErrors = {
  saisie: "Saisissez votre adresse électronique et votre mot de passe.",
  identifiants: "Adresse électronique ou mot de passe incorrect.",
  "trop-de-tentatives": "Trop de tentatives de connexion pour ce compte : réessayez dans quelques minutes.",
  indisponible: "La connexion est momentanément impossible : réessayez dans un instant.",
  // Set by Auth.js when the académie's SSO identity matches no enabled account.
  AccessDenied: "Aucun compte Boussole actif ne correspond à votre identité académique. Demandez à votre chef d'établissement de vous ajouter.",
  "session-terminee": "Votre session a pris fin : reconnectez-vous.",
} as const;

export type SignInErrorCode = keyof typeof signInErrors;

export function signInErrorMessage(code: unknown): string | null {
  if (typeof code !== "string") return null;
  if (code in signInErrors) return signInErrors[code as SignInErrorCode];
  return code ? "La connexion a échoué : réessayez." : null;
}
