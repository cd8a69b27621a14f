import { normalizeUai, uaiProblem } from "@/lib/uai";
import { z } from "@/lib/zod-fr";

export const establishmentKinds = ["LP", "LPO", "SEP", "COLLEGE"] as const;
export type EstablishmentKind = (typeof establishmentKinds)[number];

export const establishmentKindLabels: Record<EstablishmentKind, string> = {
  LP: "Lycée professionnel",
  LPO: "Lycée polyvalent",
  SEP: "Section d'enseignement professionnel",
  COLLEGE: "Collège",
};

export const uaiSchema = z
  .string({ error: "L'UAI est obligatoire." })
  .transform(normalizeUai)
  .superRefine((uai, ctx) => {
    const problem = uaiProblem(uai);
    if (problem === "shape") {
      ctx.addIssue({ code: "custom", message: "L'UAI comporte 7 chiffres suivis d'une lettre, par exemple 0210015C." });
    } else if (problem === "check-letter") {
      ctx.addIssue({ code: "custom", message: `La lettre de contrôle de l'UAI ${uai} est incorrecte.` });
    }
  });

const label = (what: string, max: number) =>
  z
    .string({ error: `${what} est obligatoire.` })
    .trim()
    .min(1, `${what} est obligatoire.`)
    .max(max, `${what} ne doit pas dépasser ${max} caractères.`)
    .regex(/^[^\p{Cc}]*$/u, `${what} contient un caractère invalide.`);

export const establishmentInputSchema = z.strictObject({
  uai: uaiSchema,
  name: label("Le nom", 160),
  city: label("La commune", 80),
  kind: z.enum(establishmentKinds, { error: "Le type d'établissement est inconnu." }),
  academyId: z.uuid({ error: "L'académie est inconnue." }),
});

export type EstablishmentInput = z.input<typeof establishmentInputSchema>;
export type ValidEstablishment = z.output<typeof establishmentInputSchema>;
