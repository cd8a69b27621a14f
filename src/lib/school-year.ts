// A school year runs from 1 September to 31 August; it is named by the year it
// starts in: 2026 is "2026-2027".

export const SCHOOL_YEAR_MIN = 2000;
export const SCHOOL_YEAR_MAX = 2100;

/** The school year a date falls in. */
export function schoolYearOf(date: Date): number {
  return date.getUTCMonth() >= 8 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

export function schoolYearLabel(year: number): string {
  return `${year}-${year + 1}`;
}

/** First and last days of a school year, as UTC dates. */
export function schoolYearBounds(year: number): { start: Date; end: Date } {
  return { start: new Date(Date.UTC(year, 8, 1)), end: new Date(Date.UTC(year + 1, 7, 31)) };
}

/** The school year named in a URL or form ("2026" or "2026-2027"), or null. */
export function parseSchoolYear(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] && Number(match[2]) !== year + 1) return null;
  return year >= SCHOOL_YEAR_MIN && year <= SCHOOL_YEAR_MAX ? year : null;
}
