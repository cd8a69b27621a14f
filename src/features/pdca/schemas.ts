import { unflattenFields } from "@/features/frameworks/form-fields";
import { parseCalendarDate } from "@/lib/calendar-date";
import { z } from "@/lib/zod-fr";
import { ANSWER_MAX_LENGTH } from "./rich-text";

const establishmentId = z.uuid({ error: "L'établissement est inconnu." });
const gridId = z.uuid({ error: "La grille est inconnue." });
const itemKey = z.string({ error: "La question est inconnue." }).regex(/^[a-z0-9][a-z0-9.-]{0,79}$/, "La question est inconnue.");
const gridVersion = z.string({ error: "La version de la page est inconnue : rechargez-la." }).max(40, "La version de la page est inconnue : rechargez-la.");
const noControl = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/u;
const comment = (max: number) =>
  z.string().trim().max(max, `Le commentaire ne doit pas dépasser ${max.toLocaleString("fr-FR")} caractères.`).regex(noControl, "Le texte contient un caractère invalide.");
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Indiquez une date (jj/mm/aaaa).")
  .refine((value) => parseCalendarDate(value) !== null, "Cette date n'existe pas.");
const optionalDate = z.union([z.literal(""), isoDate]).default("");

const unknownVersion = "La version de la réponse est inconnue : rechargez la page.";
/** A version a save can follow: the next one (this one + 1) must fit in the column, a 32-bit integer. */
const answerVersion = z.number({ error: unknownVersion }).int(unknownVersion).min(0, unknownVersion).max(2_147_483_646, unknownVersion);

export const answerStatuses = ["NOT_STARTED", "IN_PROGRESS", "ANSWERED"] as const;
export const answerStatusLabels = { NOT_STARTED: "Non commencée", IN_PROGRESS: "En cours", ANSWERED: "Répondue" } as const;

export const startGridSchema = z.strictObject({
  establishmentId,
  schemeId: z.uuid({ error: "Le dispositif est inconnu." }),
  /** Start from last year's Act: objectives and unfinished actions carried into Plan. */
  carryOver: z.enum(["oui", "non"]).default("non"),
});

export const saveAnswerSchema = z.strictObject({
  establishmentId,
  gridId,
  itemKey,
  body: z.string({ error: "La réponse doit être un texte." }).max(ANSWER_MAX_LENGTH, `La réponse ne doit pas dépasser ${ANSWER_MAX_LENGTH.toLocaleString("fr-FR")} caractères (mise en forme comprise).`),
  status: z.enum(answerStatuses, { error: "Choisissez un état : non commencée, en cours ou répondue." }),
  /** The version the text was typed from; 0 when the answer did not exist yet. */
  version: answerVersion,
});

export const restoreAnswerSchema = z.strictObject({
  establishmentId,
  gridId,
  itemKey,
  /** The history version to bring back. */
  revision: z.number().int().min(1).max(2_147_483_647),
  version: answerVersion,
});

export const answerHistorySchema = z.strictObject({ establishmentId, gridId, itemKey });

export const gridStepSchema = z.strictObject({ establishmentId, gridId, version: gridVersion, comment: comment(4000).default("") });
export const returnGridSchema = z.strictObject({
  establishmentId,
  gridId,
  version: gridVersion,
  comment: comment(4000).min(1, "Dites au coordonnateur ce qui est à reprendre."),
});
export const coachGridSchema = z.strictObject({
  establishmentId,
  gridId,
  comment: comment(4000).min(1, "Écrivez votre commentaire."),
});

export const actionStatuses = ["PLANNED", "IN_PROGRESS", "DONE", "ABANDONED"] as const;
export const actionStatusLabels = { PLANNED: "Prévue", IN_PROGRESS: "En cours", DONE: "Réalisée", ABANDONED: "Abandonnée" } as const;

const actionFields = {
  title: z.string().trim().min(1, "Donnez un intitulé à l'action.").max(200, "L'intitulé ne doit pas dépasser 200 caractères.").regex(noControl, "Le texte contient un caractère invalide."),
  process: comment(4000).default(""),
  owner: z.string().trim().max(120, "Le responsable ne doit pas dépasser 120 caractères.").regex(noControl, "Le texte contient un caractère invalide.").default(""),
  indicator: z.string().trim().max(300, "L'indicateur ne doit pas dépasser 300 caractères.").regex(noControl, "Le texte contient un caractère invalide.").default(""),
  startsOn: optionalDate,
  dueOn: optionalDate,
  status: z.enum(actionStatuses, { error: "Choisissez un état de l'action." }).default("PLANNED"),
};

function datesInOrder<T extends { startsOn: string; dueOn: string }>(schema: z.ZodType<T>) {
  return schema.refine((value) => !value.startsOn || !value.dueOn || value.dueOn >= value.startsOn, {
    message: "L'échéance ne peut pas précéder le début.",
    path: ["dueOn"],
  });
}

export const addActionSchema = datesInOrder(z.strictObject({ establishmentId, gridId, ...actionFields }));
export const updateActionSchema = datesInOrder(
  z.strictObject({ establishmentId, gridId, actionId: z.uuid({ error: "L'action est inconnue." }), version: gridVersion, ...actionFields }),
);
export const deleteActionSchema = z.strictObject({ establishmentId, gridId, actionId: z.uuid({ error: "L'action est inconnue." }) });

export const addKeyDateSchema = z.strictObject({
  establishmentId,
  gridId,
  on: isoDate,
  label: z.string().trim().min(1, "Dites ce qui a lieu à cette date.").max(200, "Le libellé ne doit pas dépasser 200 caractères.").regex(noControl, "Le texte contient un caractère invalide."),
});
export const deleteKeyDateSchema = z.strictObject({ establishmentId, gridId, keyDateId: z.uuid({ error: "La date est inconnue." }) });

export const linkIndicatorSchema = z.strictObject({ establishmentId, gridId, itemKey, indicatorKey: itemKey });
export const attachFileSchema = z.strictObject({
  establishmentId,
  gridId,
  itemKey,
  file: z.instanceof(File, { message: "Choisissez un fichier." }),
});
export const removeEvidenceSchema = z.strictObject({ establishmentId, gridId, evidenceId: z.uuid({ error: "La pièce est inconnue." }) });

export type StartGridInput = z.output<typeof startGridSchema>;
export type SaveAnswerInput = z.output<typeof saveAnswerSchema>;
export type RestoreAnswerInput = z.output<typeof restoreAnswerSchema>;
export type GridStepInput = z.output<typeof gridStepSchema>;
export type CoachGridInput = z.output<typeof coachGridSchema>;
export type AddActionInput = z.output<typeof addActionSchema>;
export type UpdateActionInput = z.output<typeof updateActionSchema>;
export type AddKeyDateInput = z.output<typeof addKeyDateSchema>;

/** The form sends "sections.0.key", "sections.0.title", "sections.0.items"…, rebuilt into a list. */
export const createSheetVersionSchema = z.preprocess(unflattenFields, z.strictObject({
  sheetId: z.uuid({ error: "La fiche est inconnue." }),
  title: z.string().trim().min(1, "Donnez un titre à la fiche.").max(300, "Le titre ne doit pas dépasser 300 caractères.").regex(noControl, "Le texte contient un caractère invalide."),
  note: z.string().trim().min(1, "Dites d'où vient cette version (texte, réforme, date).").max(300, "La note ne doit pas dépasser 300 caractères.").regex(noControl, "Le texte contient un caractère invalide."),
  context: z.string().trim().max(10_000, "Le contexte ne doit pas dépasser 10 000 caractères."),
  sections: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,79}$/, "Partie inconnue."),
        title: z.string().trim().min(1, "Donnez un titre à la partie.").max(300, "Le titre ne doit pas dépasser 300 caractères."),
        items: z.string().max(50_000, "Cette partie est trop longue."),
      }),
    )
    .max(100, "Trop de parties."),
}));
export type CreateSheetVersionInput = z.output<typeof createSheetVersionSchema>;
