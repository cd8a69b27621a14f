// A calendar date as the forms send it ("2026-09-22"), read as midnight UTC:
// the one reading of a date for every schema. Only the years of the app's
// school years are dates here: PostgreSQL has no year 0, which JavaScript's
// Date accepts (a date of year 0000 reached the database and failed there),
// and a slip of the keyboard ("0226-09-22") is refused rather than stored.
import { SCHOOL_YEAR_MAX, SCHOOL_YEAR_MIN } from "./school-year";
import { z } from "./zod-fr";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The years a date may fall in: those of the school years, the last one's summer included. */
const CALENDAR_YEARS = { min: SCHOOL_YEAR_MIN, max: SCHOOL_YEAR_MAX + 1 } as const;

/** "YYYY-MM-DD" as a UTC date; null when it is not one, does not exist (2027-02-29, 2026-13-01) or falls outside CALENDAR_YEARS. */
export function parseCalendarDate(value: string): Date | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** A form's date field, read with parseCalendarDate into a UTC date. */
export function calendarDateSchema(messages: { required: string; invalid: string } = { required: "La date est obligatoire.", invalid: "La date n'est pas valide." }) {
  return z.string({ error: messages.required }).transform((value, ctx) => {
    const date = parseCalendarDate(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: messages.invalid });
      return z.NEVER;
    }
    return date;
  });
}
