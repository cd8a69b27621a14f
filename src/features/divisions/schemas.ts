import { diplomas, diplomaLabels, isYearOfStudy, yearsOfStudy, type Diploma } from "@/features/frameworks/diplomas";
import { parseSchoolYear } from "@/lib/school-year";
import { z } from "@/lib/zod-fr";

export const NAME_MAX = 40;
export const TRADE_MAX = 120;
export const HEADCOUNT_MAX = 999;
export const IMPORT_FILE_MAX_BYTES = 5 * 1024 * 1024;

const controlCharacters = /\p{Cc}/u;

/** True when a text holds a control character (tabulation, line break, NUL…), which no class name or trade needs. */
export function hasControlCharacter(value: string): boolean {
  return controlCharacters.test(value);
}

/** The key under which two class names are the same class: case, accents-as-typed and spacing aside. */
export function divisionNameKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("fr");
}

const establishmentIdSchema = z.uuid({ error: "L'établissement est inconnu." });
const divisionIdSchema = z.uuid({ error: "La classe est inconnue." });

/** "2026", "2026-2027" or 2026, as a school year. */
export const schoolYearSchema = z
  .union([z.string(), z.number()], { error: "L'année scolaire est obligatoire." })
  .transform((value, ctx) => {
    const year = parseSchoolYear(String(value));
    if (year === null) {
      ctx.addIssue({ code: "custom", message: "L'année scolaire n'est pas valide (par exemple 2026-2027)." });
      return z.NEVER;
    }
    return year;
  });

const nameSchema = z
  .string({ error: "Le nom de la classe est obligatoire." })
  .transform((value) => value.normalize("NFC").trim().replace(/ {2,}/g, " "))
  .pipe(
    z
      .string()
      .min(1, "Le nom de la classe est obligatoire.")
      .max(NAME_MAX, `Le nom de la classe ne doit pas dépasser ${NAME_MAX} caractères.`)
      .refine((value) => !hasControlCharacter(value), "Le nom de la classe contient un caractère invalide."),
  );

const tradeSchema = z
  .string({ error: "La spécialité doit être un texte." })
  .transform((value) => value.normalize("NFC").trim())
  .pipe(
    z
      .string()
      .max(TRADE_MAX, `La spécialité ne doit pas dépasser ${TRADE_MAX} caractères.`)
      .refine((value) => !hasControlCharacter(value), "La spécialité contient un caractère invalide."),
  )
  .default("");

const diplomaSchema = z.enum(diplomas, { error: "Choisissez la formation : CAP, Bac Pro ou collège." });

/** A whole number, typed in a form ("28") or sent as one (28). */
const wholeNumber = (required: string, notWhole: string) =>
  z.union([z.number(), z.string()], { error: required }).transform((value, ctx) => {
    const text = String(value).trim();
    if (text === "") {
      ctx.addIssue({ code: "custom", message: required });
      return z.NEVER;
    }
    if (!/^-?\d+$/.test(text)) {
      ctx.addIssue({ code: "custom", message: notWhole });
      return z.NEVER;
    }
    return Number(text);
  });

const yearOfStudySchema = wholeNumber("L'année de formation est obligatoire.", "L'année de formation doit être un nombre entier.");

const headcountSchema = wholeNumber("L'effectif est obligatoire.", "L'effectif doit être un nombre entier.").pipe(
  z
    .number()
    .min(0, "L'effectif ne peut pas être négatif.")
    .max(HEADCOUNT_MAX, `L'effectif ne doit pas dépasser ${HEADCOUNT_MAX} élèves.`),
);

/** The year of study must exist in the diploma: CAP 1-2, Bac Pro 1-3, collège 6e-3e. */
function yearFitsDiploma(value: { diploma: Diploma; yearOfStudy: number }, ctx: z.RefinementCtx) {
  if (!isYearOfStudy(value.diploma, value.yearOfStudy)) {
    ctx.addIssue({
      code: "custom",
      path: ["yearOfStudy"],
      message: `L'année ${value.yearOfStudy} n'existe pas en ${diplomaLabels[value.diploma]} (années possibles : ${yearsOfStudy[value.diploma].join(", ")}).`,
    });
  }
}

/** The fields of a class, as typed or imported. */
export const divisionFieldsSchema = z
  .strictObject({
    name: nameSchema,
    diploma: diplomaSchema,
    yearOfStudy: yearOfStudySchema,
    trade: tradeSchema,
    headcount: headcountSchema,
  })
  .superRefine(yearFitsDiploma);

export const createDivisionSchema = z
  .strictObject({
    establishmentId: establishmentIdSchema,
    schoolYear: schoolYearSchema,
    name: nameSchema,
    diploma: diplomaSchema,
    yearOfStudy: yearOfStudySchema,
    trade: tradeSchema,
    headcount: headcountSchema,
  })
  .superRefine(yearFitsDiploma);

export const updateDivisionSchema = z
  .strictObject({
    establishmentId: establishmentIdSchema,
    divisionId: divisionIdSchema,
    version: z.string({ error: "La version de la page est inconnue : rechargez-la." }).max(40, "La version de la page est inconnue : rechargez-la."),
    name: nameSchema,
    diploma: diplomaSchema,
    yearOfStudy: yearOfStudySchema,
    trade: tradeSchema,
    headcount: headcountSchema,
  })
  .superRefine(yearFitsDiploma);

export const deleteDivisionSchema = z.strictObject({
  establishmentId: establishmentIdSchema,
  divisionId: divisionIdSchema,
});

const csvTypes = new Set(["", "text/csv", "text/plain", "application/csv", "application/vnd.ms-excel", "text/comma-separated-values"]);

/** The uploaded file: a CSV (or text) file of at most 5 Mo. */
export const importFileSchema = z
  .custom<File>((value) => typeof File !== "undefined" && value instanceof File, { error: "Choisissez un fichier CSV." })
  .superRefine((file, ctx) => {
    const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? "";
    if (file.name === "" && file.size === 0) {
      // What a browser sends when no file was chosen.
      ctx.addIssue({ code: "custom", message: "Choisissez un fichier CSV." });
    } else if (file.size === 0) {
      ctx.addIssue({ code: "custom", message: "Le fichier est vide." });
    } else if (file.size > IMPORT_FILE_MAX_BYTES) {
      ctx.addIssue({ code: "custom", message: "Le fichier dépasse 5 Mo : découpez-le ou retirez les colonnes inutiles." });
    } else if (!["csv", "txt"].includes(extension) || !csvTypes.has(file.type)) {
      ctx.addIssue({
        code: "custom",
        message: "Ce fichier n'est pas un fichier CSV. Depuis votre tableur, enregistrez-le au format « CSV (séparateur : point-virgule) ».",
      });
    }
  });

export const importModes = ["all", "valid-only"] as const;
export type ImportMode = (typeof importModes)[number];

export const previewDivisionImportSchema = z.strictObject({
  establishmentId: establishmentIdSchema,
  schoolYear: schoolYearSchema,
  file: importFileSchema,
});

export const importDivisionsSchema = z.strictObject({
  establishmentId: establishmentIdSchema,
  schoolYear: schoolYearSchema,
  file: importFileSchema,
  mode: z.enum(importModes, { error: "Choisissez d'importer tout le fichier ou seulement ses lignes valides." }),
});

export type DivisionFields = z.output<typeof divisionFieldsSchema>;
export type CreateDivisionInput = z.output<typeof createDivisionSchema>;
export type UpdateDivisionInput = z.output<typeof updateDivisionSchema>;
export type DeleteDivisionInput = z.output<typeof deleteDivisionSchema>;
