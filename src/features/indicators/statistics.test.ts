import { describe, expect, it } from "vitest";
import { positionOf, spreadOf, targetStatusOf } from "./statistics";

describe("the académie's spread", () => {
  it("gives quartiles and median by linear interpolation, ignoring hidden values", () => {
    expect(spreadOf([10, 20, 30, 40, 50])).toEqual({ count: 5, q1: 20, median: 30, q3: 40 });
    expect(spreadOf([1, 2, 3, 4, null])).toEqual({ count: 4, q1: 1.75, median: 2.5, q3: 3.25 });
    expect(spreadOf([null])).toBeNull();
  });

  it("places a school by the indicator's direction", () => {
    const spread = spreadOf([10, 20, 30, 40, 50]);
    expect(positionOf(45, spread, "HIGHER_IS_BETTER")).toBe("TOP_QUARTER");
    expect(positionOf(45, spread, "LOWER_IS_BETTER")).toBe("BOTTOM_QUARTER");
    expect(positionOf(30, spread, "HIGHER_IS_BETTER")).toBe("ABOVE_MEDIAN");
    expect(positionOf(25, spread, "HIGHER_IS_BETTER")).toBe("BELOW_MEDIAN");
    expect(positionOf(null, spread, "HIGHER_IS_BETTER")).toBeNull();
  });
});

describe("a value against its target", () => {
  it("is reached, progressing from the baseline, or behind, in the indicator's direction", () => {
    expect(targetStatusOf({ value: 92, baseline: 85, target: 90, direction: "HIGHER_IS_BETTER" })).toBe("REACHED");
    expect(targetStatusOf({ value: 88, baseline: 85, target: 90, direction: "HIGHER_IS_BETTER" })).toBe("PROGRESSING");
    expect(targetStatusOf({ value: 80, baseline: 85, target: 90, direction: "HIGHER_IS_BETTER" })).toBe("BEHIND");
    expect(targetStatusOf({ value: 6, baseline: 9, target: 5, direction: "LOWER_IS_BETTER" })).toBe("PROGRESSING");
    expect(targetStatusOf({ value: 4, baseline: 9, target: 5, direction: "LOWER_IS_BETTER" })).toBe("REACHED");
    expect(targetStatusOf({ value: 4, baseline: null, target: null, direction: "LOWER_IS_BETTER" })).toBe("NO_TARGET");
  });
});
