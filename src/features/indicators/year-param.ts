import { parseSchoolYear, schoolYearOf } from "@/lib/school-year";

/** The school year of a "?annee=2026-2027" parameter; the current one when absent or invalid. */
export function yearFromParam(value: string | string[] | undefined, today = new Date()): number {
  const text = Array.isArray(value) ? value[0] : value;
  return (text ? parseSchoolYear(text) : null) ?? schoolYearOf(today);
}
