// The rules a school's periods obey: real dates, inside the school year, no overlap.
import { schoolYearBounds, schoolYearLabel } from "@/lib/school-year";

export function formatFrenchDate(date: Date): string {
  return new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

export type DatedPeriod = { id?: string; name: string; startsOn: Date; endsOn: Date };

/** Why a period cannot be saved among the others of its year, by field; empty when it can. */
export function periodProblems(period: DatedPeriod, schoolYear: number, others: DatedPeriod[]): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const add = (field: string, message: string) => (problems[field] ??= []).push(message);
  const { start, end } = schoolYearBounds(schoolYear);
  if (period.endsOn < period.startsOn) add("endsOn", "La fin de la période précède son début.");
  if (period.startsOn < start || period.startsOn > end) {
    add("startsOn", `Le début doit se situer dans l'année ${schoolYearLabel(schoolYear)} (du 1er septembre au 31 août).`);
  }
  if (period.endsOn > end || period.endsOn < start) {
    add("endsOn", `La fin doit se situer dans l'année ${schoolYearLabel(schoolYear)} (du 1er septembre au 31 août).`);
  }
  for (const other of others) {
    if (other.id && other.id === period.id) continue;
    if (period.startsOn <= other.endsOn && other.startsOn <= period.endsOn) {
      add(
        "startsOn",
        `Ces dates chevauchent « ${other.name} » (du ${formatFrenchDate(other.startsOn)} au ${formatFrenchDate(other.endsOn)}).`,
      );
    }
  }
  return problems;
}
