import { describe, expect, it } from "vitest";
import { domainRows, shownCount, shownDiagnosed, shownRate } from "./privacy";

describe("what inspectors are shown", () => {
  it("hides counts from 1 to 4", () => {
    expect([null, 0, 1, 4, 5, 1234].map(shownCount)).toEqual(["< 5", "0", "< 5", "< 5", "5", "1\u202f234"]);
  });

  it("gives no rate that could reveal a small count", () => {
    expect(shownRate(5, 20)).toBe("25 %");
    expect(shownRate(null, 20)).toBeNull();
    expect(shownRate(3, 20)).toBeNull();
    expect(shownRate(5, null)).toBeNull();
    expect(shownRate(0, 0)).toBeNull();
  });

  it("drops a domain's total and rates when one of its levels is hidden", () => {
    const [french, maths] = domainRows([
      { domain: "FRENCH", level: "INSUFFICIENT", results: 6 },
      { domain: "FRENCH", level: "FRAGILE", results: 14 },
      { domain: "MATHEMATICS", level: "INSUFFICIENT", results: null },
      { domain: "MATHEMATICS", level: "SATISFACTORY", results: 20 },
    ]);
    expect(french).toMatchObject({ domain: "FRENCH", total: 20, cells: { INSUFFICIENT: { count: 6, rate: "30 %" }, SATISFACTORY: { count: 0, rate: "0 %" } } });
    expect(maths).toMatchObject({ domain: "MATHEMATICS", total: null, cells: { INSUFFICIENT: { count: null, rate: null }, SATISFACTORY: { count: 20, rate: null } } });
  });

  it("gives pupils diagnosed as a range when only 1 to 4 are left out, so that they cannot be counted by subtraction", () => {
    expect(shownDiagnosed(82, 83)).toEqual({ count: "79 à 82", rate: null });
    expect(shownDiagnosed(6, 7)).toEqual({ count: "5 à 6", rate: null });
    expect(shownDiagnosed(78, 83)).toEqual({ count: "78", rate: "94 %" });
    expect(shownDiagnosed(83, 83)).toEqual({ count: "83", rate: "100 %" });
    expect(shownDiagnosed(null, 83)).toEqual({ count: "< 5", rate: null });
  });
});
