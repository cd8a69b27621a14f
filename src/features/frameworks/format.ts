import { schoolYearLabel } from "@/lib/school-year";
import { diplomaLabels } from "./diplomas";
import type { CycleTotal } from "./totals";

// How frameworks read in French: hours with a decimal comma, school years as
// "2019-2020", cycle totals that say when a year is left to the school.

const hoursFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** 192.5 → "192,5 h". */
export function formatHours(hours: number): string {
  return `${hoursFormat.format(hours)} h`;
}

/** A number as a French hours field shows it: 101.5 → "101,5"; none → "". */
export function hoursFieldValue(hours: number | null): string {
  return hours === null ? "" : String(hours).replace(".", ",");
}

/** "depuis 2019-2020", "de 2009-2010 à 2018-2019", "en 2024-2025". */
export function schoolYearsLabel(first: number, last: number | null): string {
  if (last === null) return `depuis ${schoolYearLabel(first)}`;
  if (last === first) return `en ${schoolYearLabel(first)}`;
  return `de ${schoolYearLabel(first)} à ${schoolYearLabel(last)}`;
}

/** "CAP : 192,5 h", "Collège : non fixé (108 h fixées, 3 années laissées à l'établissement)". */
export function cycleTotalLabel(total: CycleTotal): string {
  const diploma = diplomaLabels[total.diploma];
  if (total.total !== null) return `${diploma} : ${formatHours(total.total)}`;
  const left = `${total.yearsLeftToSchool} année${total.yearsLeftToSchool > 1 ? "s" : ""} laissée${total.yearsLeftToSchool > 1 ? "s" : ""} à l'établissement`;
  return total.knownHours > 0
    ? `${diploma} : non fixé (${formatHours(total.knownHours)} fixées, ${left})`
    : `${diploma} : non fixé (${left})`;
}

export function schemesLabel(n: number): string {
  if (n === 0) return "aucun dispositif";
  return `${n} dispositif${n > 1 ? "s" : ""}`;
}
