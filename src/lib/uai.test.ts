import { describe, expect, it } from "vitest";
import { isValidUai, normalizeUai, uaiCheckLetter, uaiProblem } from "./uai";

describe("UAI check letter", () => {
  it.each([
    ["0210015C", "an example of the domain model"],
    ["0750655E", "lycée Louis-le-Grand, Paris"],
    ["0750654D", "lycée Henri-IV, Paris"],
    ["0690026D", "lycée du Parc, Lyon"],
    ["0210012Z", "lycée Carnot, Dijon"],
  ])("accepts the real UAI %s (%s)", (uai) => {
    expect(isValidUai(uai)).toBe(true);
  });

  it("computes the letter from the seven digits modulo 23, skipping I, O and Q", () => {
    expect(uaiCheckLetter("0000000")).toBe("A");
    expect(uaiCheckLetter("0000008")).toBe("J");
    expect(uaiCheckLetter("0000013")).toBe("P");
    expect(uaiCheckLetter("0000022")).toBe("Z");
    expect(uaiCheckLetter("0000023")).toBe("A");
  });

  it("refuses a wrong check letter", () => {
    expect(uaiProblem("0210015D")).toBe("check-letter");
  });

  it.each(["", "021001C", "02100155C", "0210015", "A210015C", "0210015c", "0210 015C"])(
    "refuses the malformed value %j",
    (value) => {
      expect(uaiProblem(value)).toBe("shape");
    },
  );

  it("normalises what a person typed", () => {
    expect(normalizeUai("  0210015c ")).toBe("0210015C");
  });

  it("refuses anything but seven digits when computing a letter", () => {
    expect(() => uaiCheckLetter("12345")).toThrow(RangeError);
  });
});

describe("a UAI in a URL segment", () => {
  it("is read case-insensitively and URL-decoded", async () => {
    const { uaiFromSegment } = await import("./uai");
    expect(uaiFromSegment("0210047m")).toBe("0210047M");
    expect(uaiFromSegment("%200210047M")).toBe("0210047M");
  });

  it.each(["0210047A", "%E0%A4%A", "abc", ""])("gives nothing for %j", async (segment) => {
    const { uaiFromSegment } = await import("./uai");
    expect(uaiFromSegment(segment)).toBeNull();
  });
});
