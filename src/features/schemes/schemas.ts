import { schoolYearSchema } from "@/features/periods/schemas";
import { z } from "@/lib/zod-fr";

const establishmentId = z.uuid({ error: "L'établissement est inconnu." });
const schemeId = z.uuid({ error: "Le dispositif est inconnu." });

export const openSchemesSchema = z.strictObject({
  establishmentId,
  schoolYear: schoolYearSchema,
  frameworkId: z.uuid({ error: "Choisissez un référentiel." }),
});

export const updateSchemeSchema = z.strictObject({
  establishmentId,
  schemeId,
  version: z.string({ error: "La version de la page est inconnue : rechargez-la." }).max(40, "La version de la page est inconnue : rechargez-la."),
  pilot: z.string().trim().max(120, "Le nom du pilote ne doit pas dépasser 120 caractères.").regex(/^[^\p{Cc}]*$/u, "Le nom contient un caractère invalide.").default(""),
  description: z.string().trim().max(4000, "La description ne doit pas dépasser 4 000 caractères.").default(""),
});

export const deleteSchemeSchema = z.strictObject({ establishmentId, schemeId });

export type OpenSchemesInput = z.output<typeof openSchemesSchema>;
export type UpdateSchemeInput = z.output<typeof updateSchemeSchema>;
export type DeleteSchemeInput = z.output<typeof deleteSchemeSchema>;
