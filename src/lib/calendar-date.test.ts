import { describe, expect, it } from "vitest";
import { calendarDateSchema, parseCalendarDate } from "./calendar-date";

describe("parseCalendarDate", () => {
  it("accepts 29 February of a leap year only", () => {
    expect(parseCalendarDate("2028-02-29")).toEqual(new Date("2028-02-29T00:00:00Z"));
    expect(parseCalendarDate("2027-02-29")).toBeNull();
  });

  it("reads a date with spaces around it", () => {
    expect(parseCalendarDate(" 2026-09-22 ")).toEqual(new Date("2026-09-22T00:00:00Z"));
  });

  it.each(["2026-13-01", "2026-04-31", "26-09-01", "2026-9-1", "", "01/09/2026", "+02026-09-01"])("refuses %j", (value) => {
    expect(parseCalendarDate(value)).toBeNull();
  });

  it("refuses a year outside the school years: year 0, which PostgreSQL does not have, and slips of the keyboard", () => {
    for (const value of ["0000-01-01", "0026-09-22", "1999-12-31", "2102-01-01", "9999-12-31"]) expect(parseCalendarDate(value)).toBeNull();
    expect(parseCalendarDate("2000-01-01")).toEqual(new Date("2000-01-01T00:00:00Z"));
    expect(parseCalendarDate("2101-08-31")).toEqual(new Date("2101-08-31T00:00:00Z"));
  });
});

describe("calendarDateSchema", () => {
  it("gives the date, or the field's own French message", () => {
    const schema = calendarDateSchema({ required: "Le début est obligatoire.", invalid: "Le début n'est pas une date valide." });
    expect(schema.parse("2026-09-01")).toEqual(new Date("2026-09-01T00:00:00Z"));
    expect(schema.safeParse("0000-01-01").error?.issues.map((i) => i.message)).toEqual(["Le début n'est pas une date valide."]);
    expect(schema.safeParse(undefined).error?.issues.map((i) => i.message)).toEqual(["Le début est obligatoire."]);
    expect(calendarDateSchema().safeParse("2026-02-30").error?.issues.map((i) => i.message)).toEqual(["La date n'est pas valide."]);
  });
});
