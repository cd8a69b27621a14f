import { calendarDateSchema } from "@/lib/calendar-date";
import { SCHOOL_YEAR_MAX, SCHOOL_YEAR_MIN } from "@/lib/school-year";
import { z } from "@/lib/zod-fr";

const date = (what: string) => calendarDateSchema({ required: `${what} est obligatoire.`, invalid: `${what} n'est pas une date valide.` });

export const schoolYearSchema = z.coerce
  .number({ error: "L'année scolaire est invalide." })
  .int("L'année scolaire est invalide.")
  .min(SCHOOL_YEAR_MIN, "L'année scolaire est invalide.")
  .max(SCHOOL_YEAR_MAX, "L'année scolaire est invalide.");

const periodFields = {
  establishmentId: z.uuid({ error: "L'établissement est inconnu." }),
  schoolYear: schoolYearSchema,
  kind: z.enum(["TEACHING", "HOLIDAY"], { error: "Le type de période est inconnu." }),
  name: z
    .string({ error: "Le nom est obligatoire." })
    .trim()
    .min(1, "Le nom est obligatoire.")
    .max(80, "Le nom ne doit pas dépasser 80 caractères.")
    .regex(/^[^\p{Cc}]+$/u, "Le nom contient un caractère invalide."),
  startsOn: date("Le début"),
  endsOn: date("La fin"),
};

export const createPeriodSchema = z.strictObject(periodFields);
export const updatePeriodSchema = z.strictObject({
  ...periodFields,
  periodId: z.uuid({ error: "La période est inconnue." }),
  version: z.string({ error: "La version de la page est inconnue : rechargez-la." }).max(40, "La version de la page est inconnue : rechargez-la."),
});
export const deletePeriodSchema = z.strictObject({
  establishmentId: periodFields.establishmentId,
  periodId: z.uuid({ error: "La période est inconnue." }),
});

export type CreatePeriodInput = z.output<typeof createPeriodSchema>;
export type UpdatePeriodInput = z.output<typeof updatePeriodSchema>;
export type DeletePeriodInput = z.output<typeof deletePeriodSchema>;
