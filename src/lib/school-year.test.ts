import { describe, expect, it } from "vitest";
import { parseSchoolYear, schoolYearBounds, schoolYearLabel, schoolYearOf } from "./school-year";

describe("school years", () => {
  it("run from 1 September to 31 August", () => {
    expect(schoolYearOf(new Date("2026-08-31T23:59:59Z"))).toBe(2025);
    expect(schoolYearOf(new Date("2026-09-01T00:00:00Z"))).toBe(2026);
    expect(schoolYearBounds(2026)).toEqual({ start: new Date("2026-09-01T00:00:00Z"), end: new Date("2027-08-31T00:00:00Z") });
  });

  it("are named by their two calendar years", () => {
    expect(schoolYearLabel(2026)).toBe("2026-2027");
  });

  it.each([["2026", 2026], ["2026-2027", 2026], [" 2027 ", 2027]])("read %j as %i", (value, year) => {
    expect(parseSchoolYear(value)).toBe(year);
  });

  it.each(["2026-2028", "26", "1999", "2101", "abc", "", 2026])("refuse %j", (value) => {
    expect(parseSchoolYear(value)).toBeNull();
  });
});
