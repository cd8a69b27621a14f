import { calendarDateSchema } from "@/lib/calendar-date";
import { z } from "@/lib/zod-fr";

const establishmentId = z.uuid({ error: "L'établissement est inconnu." });
const pupilId = z.uuid({ error: "L'élève est inconnu." });

/** A teacher's id, or "" to leave the pupil without a referent. */
const optionalUser = z
  .string({ error: "Choisissez un référent." })
  .transform((v) => v.trim())
  .pipe(z.union([z.literal(""), z.uuid({ error: "Ce référent est inconnu." })]))
  .transform((v) => (v === "" ? null : v));

export const assignReferentSchema = z.strictObject({ establishmentId, pupilId, userId: optionalUser });

export const assignClassReferentSchema = z.strictObject({
  establishmentId,
  divisionId: z.uuid({ error: "Choisissez une classe." }),
  userId: z.uuid({ error: "Choisissez un référent." }),
  /** "on": only the class's pupils who have no referent yet. */
  onlyUnassigned: z.enum(["on", ""], { error: "Valeur invalide." }).default(""),
});

export const caseloadLimitSchema = z.strictObject({
  establishmentId,
  limit: z.coerce
    .number({ error: "Le seuil doit être un nombre entier." })
    .int("Le seuil doit être un nombre entier.")
    .min(1, "Le seuil doit être d'au moins 1 élève.")
    .max(200, "Le seuil ne doit pas dépasser 200 élèves."),
});

export const addInterviewSchema = z.strictObject({
  establishmentId,
  pupilId,
  heldOn: calendarDateSchema(),
  subject: z
    .string({ error: "Le sujet est obligatoire." })
    .transform((v) => v.normalize("NFC").trim().replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .min(1, "Le sujet est obligatoire.")
        .max(300, "Le sujet ne doit pas dépasser 300 caractères.")
        .regex(/^[^\p{Cc}]*$/u, "Le sujet contient un caractère invalide."),
    ),
});
export const deleteInterviewSchema = z.strictObject({ establishmentId, interviewId: z.uuid({ error: "Cet entretien est inconnu." }) });

export type AssignReferentInput = z.output<typeof assignReferentSchema>;
export type AssignClassReferentInput = z.output<typeof assignClassReferentSchema>;
export type CaseloadLimitInput = z.output<typeof caseloadLimitSchema>;
export type AddInterviewInput = z.output<typeof addInterviewSchema>;
export type DeleteInterviewInput = z.output<typeof deleteInterviewSchema>;
