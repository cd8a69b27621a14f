import { z } from "@/lib/zod-fr";

export const saveHoursSchema = z.strictObject({
  establishmentId: z.uuid({ error: "L'établissement est inconnu." }),
  divisionId: z.uuid({ error: "La classe est inconnue." }),
  schemeId: z.uuid({ error: "Le dispositif est inconnu." }),
  periodId: z.uuid({ error: "La période est inconnue." }),
  discipline: z
    .string()
    .trim()
    .max(80, "La discipline ne doit pas dépasser 80 caractères.")
    .regex(/^[^\p{Cc}]*$/u, "La discipline contient un caractère invalide.")
    .default(""),
  kind: z.enum(["planned", "delivered"], { error: "Le type d'heures est inconnu." }),
  /** As typed: "12,5" and "12.5" both mean twelve and a half hours. */
  hours: z.string({ error: "Saisissez un nombre d'heures." }).max(40, "Saisissez un nombre, par exemple 12,5."),
  /** The entry's version as the form saw it: "" for a cell never saved. */
  version: z.string().max(40).default(""),
});

export type SaveHoursInput = z.output<typeof saveHoursSchema>;
