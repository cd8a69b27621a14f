import { describe, expect, it } from "vitest";
import { parseCalendarDate } from "@/lib/calendar-date";
import { periodProblems } from "./rules";

const d = (value: string) => parseCalendarDate(value)!;
const period = (name: string, start: string, end: string, id?: string) => ({ id, name, startsOn: d(start), endsOn: d(end) });

describe("periods of the 2026-2027 school year", () => {
  const others = [period("Période 1", "2026-09-01", "2026-10-16", "p1"), period("Période 2", "2026-11-02", "2026-12-18", "p2")];

  it("accept a period between two others", () => {
    expect(periodProblems(period("Période 3", "2027-01-04", "2027-02-12"), 2026, others)).toEqual({});
  });

  it("refuse a period that overlaps another, naming it", () => {
    const problems = periodProblems(period("Période 3", "2026-12-18", "2027-01-29"), 2026, others);
    expect(problems.startsOn).toEqual(["Ces dates chevauchent « Période 2 » (du 2 novembre 2026 au 18 décembre 2026)."]);
  });

  it("let a period keep its own dates when it is edited", () => {
    expect(periodProblems(period("Période 1 bis", "2026-09-01", "2026-10-16", "p1"), 2026, others)).toEqual({});
  });

  it("allow the year's very first and last days, 1 September and 31 August", () => {
    expect(periodProblems(period("Fin d'année", "2027-07-06", "2027-08-31"), 2026, others)).toEqual({});
    expect(periodProblems(period("Rentrée", "2026-09-01", "2026-09-05"), 2026, [])).toEqual({});
  });

  it("refuse a day outside the year: 31 August before, 1 September after", () => {
    expect(periodProblems(period("Trop tôt", "2026-08-31", "2026-09-10"), 2026, []).startsOn?.[0]).toMatch(/2026-2027/);
    expect(periodProblems(period("Trop tard", "2027-08-20", "2027-09-01"), 2026, []).endsOn?.[0]).toMatch(/2026-2027/);
  });

  it("refuse an end before the start", () => {
    expect(periodProblems(period("À l'envers", "2026-10-10", "2026-10-01"), 2026, []).endsOn).toEqual([
      "La fin de la période précède son début.",
    ]);
  });

  it("accept 29 February 2028 in the 2027-2028 year", () => {
    expect(periodProblems(period("Février", "2028-02-01", "2028-02-29"), 2027, [])).toEqual({});
  });
});
