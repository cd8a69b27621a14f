import { hasControlCharacter } from "@/features/divisions/schemas";
import { z } from "@/lib/zod-fr";
import { masteryLevels } from "./levels";

export const competencyDomains = ["FRENCH", "MATHEMATICS", "METHODS", "PSYCHOSOCIAL", "CAREER"] as const;
export type CompetencyDomain = (typeof competencyDomains)[number];

export const domainLabels: Record<CompetencyDomain, string> = {
  FRENCH: "Français",
  MATHEMATICS: "Mathématiques",
  METHODS: "Méthodes et autonomie",
  PSYCHOSOCIAL: "Compétences psychosociales",
  CAREER: "Projet d'orientation",
};

export const toolKinds = ["NATIONAL_TEST", "DIAGNOSTIC_EVALUATION", "INTERVIEW", "LSU_RECORD", "SCHOOL_OWN"] as const;
export const toolKindLabels: Record<(typeof toolKinds)[number], string> = {
  NATIONAL_TEST: "Test de positionnement national",
  DIAGNOSTIC_EVALUATION: "Évaluation diagnostique",
  INTERVIEW: "Entretien",
  LSU_RECORD: "Livret scolaire (LSU / LSL)",
  SCHOOL_OWN: "Outil de l'établissement",
};

export const LABEL_MAX = 160;
/** A save holds at most this many cells: a class of 40 pupils × 20 competencies. */
export const SAVE_CELLS_MAX = 800;

const establishmentIdSchema = z.uuid({ error: "L'établissement est inconnu." });

const labelSchema = z
  .string({ error: "L'intitulé est obligatoire." })
  .transform((value) => value.normalize("NFC").trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, "L'intitulé est obligatoire.")
      .max(LABEL_MAX, `L'intitulé ne doit pas dépasser ${LABEL_MAX} caractères.`)
      .refine((value) => !hasControlCharacter(value), "L'intitulé contient un caractère invalide."),
  );

/** "on"/"true" from a form, or a boolean. */
const flag = z.union([z.boolean(), z.enum(["true", "false", "on"])], { error: "Valeur inattendue." }).transform((v) => v === true || v === "true" || v === "on");

export const createCompetencySchema = z.strictObject({
  establishmentId: establishmentIdSchema,
  domain: z.enum(competencyDomains, { error: "Choisissez le domaine de la compétence." }),
  label: labelSchema,
});

export const archiveCompetencySchema = z.strictObject({
  establishmentId: establishmentIdSchema,
  competencyId: z.uuid({ error: "La compétence est inconnue." }),
  archived: flag,
});

export const createToolSchema = z.strictObject({
  establishmentId: establishmentIdSchema,
  label: labelSchema,
});

export const archiveToolSchema = z.strictObject({
  establishmentId: establishmentIdSchema,
  toolId: z.uuid({ error: "L'outil est inconnu." }),
  archived: flag,
});

/** One cell of the table: the level to store (null clears it) and the version of the cell the user saw (null: it was empty). */
export const diagnosticCellSchema = z.strictObject({
  pupilId: z.uuid({ error: "L'élève est inconnu." }),
  competencyId: z.uuid({ error: "La compétence est inconnue." }),
  level: z.enum(masteryLevels, { error: "Le niveau doit être l'un des quatre de l'échelle : maîtrise insuffisante, fragile, satisfaisante ou très bonne maîtrise." }).nullable(),
  seen: z.string().max(40, "La version de la cellule est inconnue : rechargez la page.").nullable(),
});

export const saveDiagnosticsSchema = z.strictObject({
  establishmentId: establishmentIdSchema,
  periodId: z.uuid({ error: "Choisissez la période." }),
  toolId: z.uuid({ error: "Choisissez l'outil de positionnement." }),
  cells: z
    .array(diagnosticCellSchema, { error: "Aucune cellule à enregistrer." })
    .min(1, "Aucune modification à enregistrer.")
    .max(SAVE_CELLS_MAX, `Enregistrez au plus ${SAVE_CELLS_MAX} cellules à la fois.`),
});

export type CreateCompetencyInput = z.output<typeof createCompetencySchema>;
export type ArchiveCompetencyInput = z.output<typeof archiveCompetencySchema>;
export type CreateToolInput = z.output<typeof createToolSchema>;
export type ArchiveToolInput = z.output<typeof archiveToolSchema>;
export type SaveDiagnosticsInput = z.output<typeof saveDiagnosticsSchema>;
export type DiagnosticCellInput = z.output<typeof diagnosticCellSchema>;
