import { establishmentInputSchema } from "@/features/establishments/schemas";
import { emailSchema, personNameSchema } from "@/features/identity/schemas";
import { schoolRoles } from "@/features/members/schemas";
import { z } from "@/lib/zod-fr";

// Inputs of the platform administration. Every schema is strict: a field the
// form does not know is refused, never ignored.

const idSchema = (what: string) => z.uuid({ error: `${what} est inconnu.` });
const userIdSchema = idSchema("Le compte");
const academyIdSchema = z.uuid({ error: "L'académie est inconnue." });
const establishmentIdSchema = idSchema("L'établissement");

/** A checkbox: "on" from a form, a boolean from code; absent means unchecked. */
const checkboxSchema = z
  .union([z.boolean(), z.enum(["on", "true", "false"])], { error: "Cette case à cocher n'est pas valide." })
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

export const academyCodeSchema = z
  .string({ error: "Le code de l'académie est obligatoire." })
  .transform((value) => value.trim().toUpperCase())
  .pipe(
    z
      .string()
      .min(1, "Le code de l'académie est obligatoire.")
      .regex(/^[0-9A-Z]{1,3}$/, "Le code de l'académie comporte 1 à 3 chiffres ou lettres, par exemple 07."),
  );

const academyNameSchema = z
  .string({ error: "Le nom de l'académie est obligatoire." })
  .transform((value) => value.normalize("NFC").trim())
  .pipe(
    z
      .string()
      .min(1, "Le nom de l'académie est obligatoire.")
      .max(80, "Le nom de l'académie ne doit pas dépasser 80 caractères.")
      .regex(/^[^\p{Cc}]+$/u, "Le nom contient un caractère invalide."),
  );

export const createAcademySchema = z.strictObject({ code: academyCodeSchema, name: academyNameSchema });

export const updateAcademySchema = z.strictObject({
  academyId: academyIdSchema,
  code: academyCodeSchema,
  name: academyNameSchema,
});

/** A new school: the establishments' own rules (UAI and its check letter included). */
export const createEstablishmentSchema = establishmentInputSchema;

/** A school's editable details; its UAI never changes. */
export const updateEstablishmentSchema = establishmentInputSchema
  .omit({ uai: true })
  .extend({ establishmentId: establishmentIdSchema });

const passwordSchema = z
  .string({ error: "Le mot de passe est obligatoire." })
  .max(1024, "Le mot de passe est trop long.");

export const createUserSchema = z.strictObject({
  email: emailSchema,
  name: personNameSchema,
  /** Left empty, the person signs in through the académie's SSO, or an administrator sets one later. */
  password: passwordSchema.optional().transform((value) => value || undefined),
  isAdmin: checkboxSchema,
});

export const updateUserSchema = z.strictObject({
  userId: userIdSchema,
  /** The account's last update as the form saw it: a stale save is refused. */
  version: z.iso.datetime({ error: "La version du compte n'est pas valide : rechargez la page." }),
  email: emailSchema,
  name: personNameSchema,
  isAdmin: checkboxSchema,
});

export const userRefSchema = z.strictObject({ userId: userIdSchema });

export const setUserPasswordSchema = z.strictObject({
  userId: userIdSchema,
  password: passwordSchema,
  confirmation: z.string({ error: "Confirmez le mot de passe." }).max(1024, "Le mot de passe est trop long."),
});

export const addMembershipSchema = z.strictObject({
  userId: userIdSchema,
  establishmentId: establishmentIdSchema,
  role: z.enum(schoolRoles, { error: "Le rôle choisi n'existe pas." }),
});

export const removeMembershipSchema = z.strictObject({ userId: userIdSchema, establishmentId: establishmentIdSchema });

export const inspectorAssignmentSchema = z.strictObject({ userId: userIdSchema, academyId: academyIdSchema });

export type CreateAcademyInput = z.output<typeof createAcademySchema>;
export type UpdateAcademyInput = z.output<typeof updateAcademySchema>;
export type CreateEstablishmentInput = z.output<typeof createEstablishmentSchema>;
export type UpdateEstablishmentInput = z.output<typeof updateEstablishmentSchema>;
export type CreateUserInput = z.output<typeof createUserSchema>;
export type UpdateUserInput = z.output<typeof updateUserSchema>;
export type UserRefInput = z.output<typeof userRefSchema>;
export type SetUserPasswordInput = z.output<typeof setUserPasswordSchema>;
export type AddMembershipInput = z.output<typeof addMembershipSchema>;
export type RemoveMembershipInput = z.output<typeof removeMembershipSchema>;
export type InspectorAssignmentInput = z.output<typeof inspectorAssignmentSchema>;
