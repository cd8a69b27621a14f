import { hasControlCharacter, importFileSchema, importModes, schoolYearSchema } from "@/features/divisions/schemas";
import { z } from "@/lib/zod-fr";

// A pupil holds only what the work needs: names, class, and the school
// administration's identifier when known. No health or family data.

export const NAME_MAX = 80;
export const LOCAL_ID_MAX = 40;

const establishmentIdSchema = z.uuid({ error: "L'établissement est inconnu." });
const pupilIdSchema = z.uuid({ error: "L'élève est inconnu." });
const divisionIdSchema = z.uuid({ error: "Choisissez la classe de l'élève." });

/** Spacing tidied and composed accents: what is stored and compared. */
export function tidyName(value: string): string {
  return value.normalize("NFC").trim().replace(/\s+/g, " ");
}

/** The key under which two pupils' names are the same: case and spacing aside. */
export function pupilNameKey(lastName: string, firstName: string): string {
  return `${tidyName(lastName)}|${tidyName(firstName)}`.toLocaleLowerCase("fr");
}

const nameField = (what: string) =>
  z
    .string({ error: `Le ${what} est obligatoire.` })
    .transform(tidyName)
    .pipe(
      z
        .string()
        .min(1, `Le ${what} est obligatoire.`)
        .max(NAME_MAX, `Le ${what} ne doit pas dépasser ${NAME_MAX} caractères.`)
        .refine((value) => !hasControlCharacter(value), `Le ${what} contient un caractère invalide.`),
    );

export const lastNameSchema = nameField("nom");
export const firstNameSchema = nameField("prénom");

/** The administration's identifier (INE, internal number): optional, letters, digits and - _ . / only. */
export const localIdSchema = z
  .string({ error: "L'identifiant doit être un texte." })
  .transform((value) => value.normalize("NFC").trim())
  .pipe(
    z
      .string()
      .max(LOCAL_ID_MAX, `L'identifiant ne doit pas dépasser ${LOCAL_ID_MAX} caractères.`)
      .regex(/^[\p{L}\p{N}._/-]*$/u, "L'identifiant ne peut contenir que des lettres, des chiffres et les signes - _ . /"),
  )
  .transform((value) => (value === "" ? null : value))
  .default(null);

const pupilFields = {
  divisionId: divisionIdSchema,
  lastName: lastNameSchema,
  firstName: firstNameSchema,
  localId: localIdSchema,
};

export const createPupilSchema = z.strictObject({
  establishmentId: establishmentIdSchema,
  schoolYear: schoolYearSchema,
  ...pupilFields,
});

export const updatePupilSchema = z.strictObject({
  establishmentId: establishmentIdSchema,
  pupilId: pupilIdSchema,
  version: z.string({ error: "La version de la page est inconnue : rechargez-la." }).max(40, "La version de la page est inconnue : rechargez-la."),
  ...pupilFields,
});

export const deletePupilSchema = z.strictObject({
  establishmentId: establishmentIdSchema,
  pupilId: pupilIdSchema,
});

export const previewPupilImportSchema = z.strictObject({
  establishmentId: establishmentIdSchema,
  schoolYear: schoolYearSchema,
  file: importFileSchema,
});

export const importPupilsSchema = z.strictObject({
  establishmentId: establishmentIdSchema,
  schoolYear: schoolYearSchema,
  file: importFileSchema,
  mode: z.enum(importModes, { error: "Choisissez d'importer tout le fichier ou seulement ses lignes valides." }),
});

export type CreatePupilInput = z.output<typeof createPupilSchema>;
export type UpdatePupilInput = z.output<typeof updatePupilSchema>;
export type DeletePupilInput = z.output<typeof deletePupilSchema>;
