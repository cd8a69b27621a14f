// Diplomas and years of study, as the frameworks and classes name them.
import type { Diploma } from "@/generated/prisma/enums";

export const diplomas = ["CAP", "BAC_PRO", "COLLEGE"] as const satisfies readonly Diploma[];
export type { Diploma };

export const diplomaLabels: Record<Diploma, string> = {
  CAP: "CAP",
  BAC_PRO: "Bac Pro",
  COLLEGE: "Collège",
};

/** The years of study of a diploma, in the order pupils go through them. */
export const yearsOfStudy: Record<Diploma, readonly number[]> = {
  CAP: [1, 2],
  BAC_PRO: [1, 2, 3],
  COLLEGE: [6, 5, 4, 3],
};

export function isYearOfStudy(diploma: Diploma, year: number): boolean {
  return yearsOfStudy[diploma].includes(year);
}

/** "Seconde", "CAP 1re année", "5e". */
export function yearOfStudyLabel(diploma: Diploma, year: number): string {
  if (diploma === "BAC_PRO") return ["Seconde", "Première", "Terminale"][year - 1] ?? `${year}e année`;
  if (diploma === "CAP") return year === 1 ? "1re année" : `${year}e année`;
  return `${year}e`;
}
