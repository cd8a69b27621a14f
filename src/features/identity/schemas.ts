import { z } from "@/lib/zod-fr";

const EMAIL_MAX = 254;
const tooLong = "L'adresse électronique est trop longue.";

/**
 * An email as typed: trimmed, lower-cased, NFC; refuses control characters.
 * Its length is checked as stored (254, the column's): lower-casing can
 * lengthen it ("İ" becomes "i" and a combining dot). The bound before
 * normalising only spares the work on a megabyte.
 */
export const emailSchema = z
  .string({ error: "L'adresse électronique est obligatoire." })
  .max(EMAIL_MAX * 4, tooLong)
  .transform((value) => value.normalize("NFC").trim().toLowerCase())
  .pipe(
    z
      .string()
      .min(1, "L'adresse électronique est obligatoire.")
      .max(EMAIL_MAX, tooLong)
      .regex(/^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+\.[^\s@\p{Cc}]+$/u, "L'adresse électronique n'est pas valide."),
  );

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "Le mot de passe est obligatoire." })
    .min(1, "Le mot de passe est obligatoire.")
    .max(1024, "Le mot de passe est trop long."),
});

export type SignInInput = z.infer<typeof signInSchema>;

export const personNameSchema = z
  .string({ error: "Le nom est obligatoire." })
  .transform((value) => value.normalize("NFC").trim())
  .pipe(
    z
      .string()
      .min(1, "Le nom est obligatoire.")
      .max(120, "Le nom ne doit pas dépasser 120 caractères.")
      .regex(/^[^\p{Cc}]+$/u, "Le nom contient un caractère invalide."),
  );

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().max(1024, "Le mot de passe est trop long.").default(""),
  newPassword: z.string({ error: "Le nouveau mot de passe est obligatoire." }).max(1024, "Le mot de passe est trop long."),
  confirmation: z.string({ error: "Confirmez le nouveau mot de passe." }).max(1024, "Le mot de passe est trop long."),
});
