import { emailSchema, personNameSchema } from "@/features/identity/schemas";
import { z } from "@/lib/zod-fr";

export const schoolRoles = ["COORDINATOR", "TEACHER", "PRINCIPAL"] as const;

const roleSchema = z.enum(schoolRoles, { error: "Le rôle choisi n'existe pas." });
const idSchema = (what: string) => z.uuid({ error: `${what} est inconnu.` });

export const addMemberSchema = z.strictObject({
  establishmentId: idSchema("L'établissement"),
  email: emailSchema,
  name: personNameSchema,
  role: roleSchema,
});

export const changeMemberRoleSchema = z.strictObject({
  establishmentId: idSchema("L'établissement"),
  userId: idSchema("Le membre"),
  role: roleSchema,
});

export const removeMemberSchema = z.strictObject({
  establishmentId: idSchema("L'établissement"),
  userId: idSchema("Le membre"),
});

export type AddMemberInput = z.output<typeof addMemberSchema>;
export type ChangeMemberRoleInput = z.output<typeof changeMemberRoleSchema>;
export type RemoveMemberInput = z.output<typeof removeMemberSchema>;
