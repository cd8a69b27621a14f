import { describe, expect, it } from "vitest";
import { isSuppressed, visibleFigure } from "./privacy";

const share = (numerator: number, denominator: number) => ({
  indicatorCode: "REFERENT_COVERAGE",
  value: denominator ? Math.round((1000 * numerator) / denominator) / 10 : null,
  numerator,
  denominator,
  countsPupils: true,
});

describe("small counts", () => {
  it("hides a share made of 1 to 4 pupils, or leaving 1 to 4 out, and keeps 0 and 5+", () => {
    expect(isSuppressed(share(3, 100))).toBe(true);
    expect(isSuppressed(share(97, 100))).toBe(true);
    expect(isSuppressed(share(2, 4))).toBe(true);
    expect(isSuppressed(share(0, 100))).toBe(false);
    expect(isSuppressed(share(100, 100))).toBe(false);
    expect(isSuppressed(share(5, 100))).toBe(false);
    expect(isSuppressed(share(95, 100))).toBe(false);
  });

  it("looks only at the members of a mean group size", () => {
    expect(isSuppressed({ indicatorCode: "MEAN_GROUP_SIZE", value: 4, numerator: 4, denominator: 1, countsPupils: true })).toBe(true);
    expect(isSuppressed({ indicatorCode: "MEAN_GROUP_SIZE", value: 6, numerator: 12, denominator: 2, countsPupils: true })).toBe(false);
  });

  it("never hides a figure that counts no pupil", () => {
    expect(isSuppressed({ indicatorCode: "CONCERTATION_MEETINGS", value: 2, numerator: null, denominator: null, countsPupils: false })).toBe(false);
  });

  it("removes value and counts for an inspector, keeps everything for the school's staff", () => {
    expect(visibleFigure(share(3, 100), true)).toMatchObject({ value: null, numerator: null, denominator: null, suppressed: true });
    expect(visibleFigure(share(3, 100), false)).toMatchObject({ value: 3, numerator: 3, suppressed: false });
  });
});
