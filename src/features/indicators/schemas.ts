import { z } from "@/lib/zod-fr";

const code = z.string().regex(/^[A-Z][A-Z0-9_]{1,59}$/, "L'indicateur est inconnu.");
const schoolYear = z.coerce.number({ error: "L'année scolaire est inconnue." }).int().min(2000).max(2100);
const comment = z
  .string()
  .trim()
  .max(1000, "Le commentaire ne doit pas dépasser 1 000 caractères.")
  .default("");
/** As typed, in French format ("12,5", "1 234"); parsed by the service against the indicator's range. */
const typedNumber = z.string().max(40, "Saisissez un nombre, par exemple 12,5.");

export const saveIndicatorValueSchema = z.strictObject({
  establishmentId: z.uuid({ error: "L'établissement est inconnu." }),
  indicatorCode: code,
  schoolYear,
  /** A period of the year, or "" for the whole year. */
  periodId: z.union([z.uuid({ error: "La période est inconnue." }), z.literal("")]).default(""),
  value: typedNumber,
  comment,
  /** The value's version as the form saw it: "" for a value never saved. */
  version: z.string().max(40).default(""),
});
export type SaveIndicatorValueInput = z.output<typeof saveIndicatorValueSchema>;

export const deleteIndicatorValueSchema = z.strictObject({
  establishmentId: z.uuid({ error: "L'établissement est inconnu." }),
  valueId: z.uuid({ error: "La valeur est inconnue." }),
  version: z.string().max(40),
});
export type DeleteIndicatorValueInput = z.output<typeof deleteIndicatorValueSchema>;

export const saveIndicatorTargetSchema = z.strictObject({
  establishmentId: z.uuid({ error: "L'établissement est inconnu." }),
  indicatorCode: code,
  schoolYear,
  /** Empty when not set. */
  baseline: typedNumber.default(""),
  target: typedNumber.default(""),
  comment,
  version: z.string().max(40).default(""),
});
export type SaveIndicatorTargetInput = z.output<typeof saveIndicatorTargetSchema>;
