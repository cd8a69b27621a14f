import { parseFrenchDecimal } from "@/lib/french-number";
import { SCHOOL_YEAR_MAX, SCHOOL_YEAR_MIN, parseSchoolYear, schoolYearLabel } from "@/lib/school-year";
import { z } from "@/lib/zod-fr";
import { diplomaLabels, diplomas, isYearOfStudy, yearOfStudyLabel, yearsOfStudy } from "./diplomas";
import { unflattenFields } from "./form-fields";
import { strandKinds } from "./strands";

// Inputs of the frameworks' administration. Every schema is strict: a field
// the form does not know is refused, never ignored. Forms send their rows as
// "volumes.0.hours"…, rebuilt into lists before parsing, so that a refusal
// comes back under the name of the very input that holds the value.

/** The largest yearly volume accepted, as the database allows. */
export const MAX_YEARLY_HOURS = 1000;
/** The largest weekly reference accepted: more than a whole week of lessons is a typing slip. */
export const MAX_WEEKLY_HOURS = 40;

const frameworkIdSchema = z.uuid({ error: "Ce référentiel est inconnu." });

/** Text from a form: NFC, trimmed, without control characters (a multi-line text keeps its line breaks and tabs). */
function text(options: { required: string | null; max: number; what: string; multiline?: boolean }) {
  // Control characters other than line breaks and tabs (those only in multi-line texts).
  const forbidden = options.multiline ? /[^\P{Cc}\n\r\t]/u : /\p{Cc}/u;
  return z
    .string({ error: options.required ?? `${options.what} n'est pas valide.` })
    .max(options.max * 4, `${options.what} ne doit pas dépasser ${options.max} caractères.`)
    .transform((value) => value.normalize("NFC").replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(options.required ? 1 : 0, options.required ?? undefined)
        .max(options.max, `${options.what} ne doit pas dépasser ${options.max} caractères.`)
        .refine((value) => !forbidden.test(value), `${options.what} contient un caractère invalide.`),
    );
}

export const frameworkCodeSchema = z
  .string({ error: "Le code du référentiel est obligatoire." })
  .max(200, "Le code ne doit pas dépasser 40 caractères.")
  .transform((value) => value.trim().toUpperCase())
  .pipe(
    z
      .string()
      .min(1, "Le code du référentiel est obligatoire.")
      .max(40, "Le code ne doit pas dépasser 40 caractères.")
      .regex(
        /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/,
        "Le code comporte des lettres majuscules sans accent, des chiffres et des tirets, par exemple SOUTIEN-PARCOURS-2024.",
      ),
  );

const yearMessage = `Indiquez l'année de début de l'année scolaire, entre ${SCHOOL_YEAR_MIN} et ${SCHOOL_YEAR_MAX} (2024 pour ${schoolYearLabel(2024)}).`;

/** A school year as the year it starts in: 2024 or "2024" or "2024-2025". */
const schoolYearSchema = z.union([z.number(), z.string()], { error: yearMessage }).transform((value, ctx) => {
  const year = typeof value === "number" ? (Number.isInteger(value) ? parseSchoolYear(String(value)) : null) : parseSchoolYear(value);
  if (year === null) {
    ctx.addIssue({ code: "custom", message: yearMessage });
    return z.NEVER;
  }
  return year;
});

/** An optional school year: empty or absent means none (still in force). */
const optionalSchoolYearSchema = z
  .union([z.number(), z.string(), z.null()], { error: yearMessage })
  .optional()
  .transform((value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value))
  .pipe(z.union([z.null(), schoolYearSchema]));

/**
 * Hours as a French number ("12,5" or "12.5"); empty means the framework
 * leaves the volume to the school. Negative, non-numeric or too large values
 * are refused with a sentence for the field.
 */
function hoursSchema(max: number) {
  return z
    .union([z.string(), z.number(), z.null()], { error: "Saisissez un nombre, par exemple 12,5." })
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === null) return null;
      const typed = typeof value === "number" ? String(value) : value;
      if (typed.trim() === "") return null;
      const parsed = parseFrenchDecimal(typed, { min: 0, max, decimals: 2 });
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.message });
        return z.NEVER;
      }
      return parsed.value;
    });
}

const diplomaSchema = z.enum(diplomas, { error: "Ce diplôme n'existe pas." });

const yearOfStudySchema = z
  .union([z.number(), z.string()], { error: "L'année d'étude n'est pas valide." })
  .transform((value) => (typeof value === "string" ? Number(value.trim() || Number.NaN) : value))
  .pipe(z.number().int("L'année d'étude n'est pas valide.").min(1, "L'année d'étude n'est pas valide.").max(6, "L'année d'étude n'est pas valide."));

export const volumeInputSchema = z.strictObject({
  diploma: diplomaSchema,
  yearOfStudy: yearOfStudySchema,
  hours: hoursSchema(MAX_YEARLY_HOURS),
  weeklyHours: hoursSchema(MAX_WEEKLY_HOURS),
  note: text({ required: null, max: 300, what: "La remarque" }).optional().transform((value) => value ?? ""),
});

export const strandInputSchema = z.strictObject({
  kind: z.enum(strandKinds, { error: "Ce volet n'existe pas." }),
  label: text({ required: "Le nom du volet est obligatoire.", max: 120, what: "Le nom du volet" }),
});

const frameworkShape = {
  name: text({ required: "Le nom du référentiel est obligatoire.", max: 160, what: "Le nom" }),
  firstSchoolYear: schoolYearSchema,
  lastSchoolYear: optionalSchoolYearSchema,
  source: text({ required: null, max: 1000, what: "Le texte des sources", multiline: true })
    .optional()
    .transform((value) => value ?? ""),
  strands: z
    .array(strandInputSchema, { error: "Choisissez au moins un volet." })
    .min(1, "Choisissez au moins un volet.")
    .max(strandKinds.length, "Un volet est choisi plusieurs fois."),
  volumes: z
    .array(volumeInputSchema, { error: "Choisissez au moins un diplôme et indiquez ses volumes." })
    .min(1, "Choisissez au moins un diplôme et indiquez ses volumes.")
    .max(20, "Il y a trop de lignes de volumes."),
};

type FrameworkFields = {
  firstSchoolYear: number;
  lastSchoolYear: number | null;
  strands: { kind: string }[];
  volumes: { diploma: (typeof diplomas)[number]; yearOfStudy: number }[];
};

/** Rules across fields: years in order, each strand once, each diploma's years all there, each once. */
function checkFramework(value: FrameworkFields, ctx: z.RefinementCtx): void {
  if (value.lastSchoolYear !== null && value.lastSchoolYear < value.firstSchoolYear) {
    ctx.addIssue({
      code: "custom",
      path: ["lastSchoolYear"],
      message: `La dernière année scolaire ne peut pas précéder la première (${schoolYearLabel(value.firstSchoolYear)}).`,
    });
  }
  const strands = new Set<string>();
  value.strands.forEach((strand, index) => {
    if (strands.has(strand.kind)) ctx.addIssue({ code: "custom", path: ["strands", index, "kind"], message: "Ce volet est déjà choisi." });
    strands.add(strand.kind);
  });
  const seen = new Set<string>();
  value.volumes.forEach((volume, index) => {
    const key = `${volume.diploma}-${volume.yearOfStudy}`;
    if (!isYearOfStudy(volume.diploma, volume.yearOfStudy)) {
      ctx.addIssue({
        code: "custom",
        path: ["volumes", index, "yearOfStudy"],
        message: `Le ${diplomaLabels[volume.diploma]} n'a pas d'année d'étude ${volume.yearOfStudy}.`,
      });
    } else if (seen.has(key)) {
      ctx.addIssue({
        code: "custom",
        path: ["volumes", index, "yearOfStudy"],
        message: `${diplomaLabels[volume.diploma]}, ${yearOfStudyLabel(volume.diploma, volume.yearOfStudy)} : cette année est indiquée deux fois.`,
      });
    }
    seen.add(key);
  });
  for (const diploma of diplomas) {
    if (!value.volumes.some((v) => v.diploma === diploma)) continue;
    const missing = yearsOfStudy[diploma].filter((year) => !seen.has(`${diploma}-${year}`));
    if (missing.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["volumes"],
        message: `${diplomaLabels[diploma]} : indiquez aussi ${missing.map((y) => yearOfStudyLabel(diploma, y)).join(", ")} (laissez les heures vides si le volume est laissé à l'établissement).`,
      });
    }
  }
}

const createFrameworkObject = z.strictObject({ code: frameworkCodeSchema, ...frameworkShape }).superRefine(checkFramework);

export const createFrameworkSchema = z.preprocess(
  (value: z.input<typeof createFrameworkObject>) => unflattenFields(value),
  createFrameworkObject,
);

const updateFrameworkObject = z
  .strictObject({
    frameworkId: frameworkIdSchema,
    /** The framework's content as the form saw it: a stale save is refused. */
    revision: z.string({ error: "La version du référentiel n'est pas valide : rechargez la page." }).regex(/^[0-9a-f]{64}$/, "La version du référentiel n'est pas valide : rechargez la page."),
    ...frameworkShape,
  })
  .superRefine(checkFramework);

export const updateFrameworkSchema = z.preprocess(
  (value: z.input<typeof updateFrameworkObject>) => unflattenFields(value),
  updateFrameworkObject,
);

/** A checkbox: "on" from a form, a boolean from code; absent means unchecked. */
const checkboxSchema = z
  .union([z.boolean(), z.enum(["on", "true", "false"])], { error: "Cette case à cocher n'est pas valide." })
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

export const createFrameworkVersionSchema = z
  .strictObject({
    /** The version copied. */
    frameworkId: frameworkIdSchema,
    firstSchoolYear: schoolYearSchema,
    lastSchoolYear: optionalSchoolYearSchema,
    /** Ends the copied version the school year before the new one starts. */
    closePrevious: checkboxSchema,
  })
  .superRefine((value, ctx) => {
    if (value.lastSchoolYear !== null && value.lastSchoolYear < value.firstSchoolYear) {
      ctx.addIssue({
        code: "custom",
        path: ["lastSchoolYear"],
        message: `La dernière année scolaire ne peut pas précéder la première (${schoolYearLabel(value.firstSchoolYear)}).`,
      });
    }
  });

export const frameworkRefSchema = z.strictObject({ frameworkId: frameworkIdSchema });

export type CreateFrameworkInput = z.output<typeof createFrameworkSchema>;
export type UpdateFrameworkInput = z.output<typeof updateFrameworkSchema>;
export type CreateFrameworkVersionInput = z.output<typeof createFrameworkVersionSchema>;
export type FrameworkRefInput = z.output<typeof frameworkRefSchema>;
export type StrandInput = z.output<typeof strandInputSchema>;
export type VolumeInput = z.output<typeof volumeInputSchema>;
