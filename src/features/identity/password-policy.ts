// Password rules after the CNIL's recommendation (délibération 2022-100):
// length carries the strength, not composition rules. With sign-in throttling
// in place, 12 characters of any kind are required; very common passwords
// and passwords made from the email address are refused.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const COMMON = new Set([
  "motdepasse123",
  "motdepasse1234",
  "azertyuiop123",
  "azertyuiopqsdf",
  "123456789012",
  "1234567890123",
  "password1234",
  "passwordpassword",
  "aaaaaaaaaaaa",
  "qwertyuiop123",
  "soleil123456",
  "bonjour123456",
]);

/** Why a new password is refused, in French, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `Le mot de passe doit comporter au moins ${PASSWORD_MIN_LENGTH} caractères.`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `Le mot de passe ne doit pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`;
  }
  if (password.includes("\u0000")) return "Le mot de passe contient un caractère invalide.";
  const folded = password.toLowerCase();
  if (COMMON.has(folded) || new Set(folded).size <= 2) {
    return "Ce mot de passe est trop courant : choisissez-en un autre, par exemple une phrase de plusieurs mots.";
  }
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && folded.includes(local)) {
    return "Le mot de passe ne doit pas reprendre votre adresse électronique.";
  }
  return null;
}
