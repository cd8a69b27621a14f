import { describe, expect, it } from "vitest";
import { parseFrenchDecimal } from "./french-number";

const hours = { min: 0, max: 1000, decimals: 2 };

describe("parseFrenchDecimal", () => {
  it.each([
    ["12,5", 12.5],
    ["12.5", 12.5],
    [" 7 ", 7],
    ["0", 0],
    ["0,25", 0.25],
    [",5", 0.5],
    ["1000", 1000],
    ["1 000", 1000],
    ["1 234,5", 1234.5],
    ["1\u00A0234,5", 1234.5],
    ["1\u202F234,5", 1234.5],
    ["12 345 678", 12_345_678],
    ["-0", 0],
  ])("reads %j as %s", (text, value) => {
    const result = parseFrenchDecimal(text, { decimals: 2 });
    expect(result).toEqual({ ok: true, value });
    if (result.ok) expect(Object.is(result.value, -0)).toBe(false);
  });

  it.each(["abc", "1e3", "NaN", "Infinity", "-Infinity", "", "   ", "12,5,0", "1.234,5", "12 34", "1  234", "12,", "0x10", "+5", "12h", "٣"])(
    "refuses %j as not a number",
    (text) => {
      expect(parseFrenchDecimal(text, hours)).toEqual({ ok: false, message: "Saisissez un nombre, par exemple 12,5." });
    },
  );

  it("refuses a negative number with a sentence about the minimum", () => {
    expect(parseFrenchDecimal("-1", hours)).toEqual({ ok: false, message: "Saisissez un nombre positif ou nul." });
    expect(parseFrenchDecimal("\u22122,5", hours)).toEqual({ ok: false, message: "Saisissez un nombre positif ou nul." });
    expect(parseFrenchDecimal("1,5", { min: 2 })).toEqual({ ok: false, message: "Saisissez un nombre supérieur ou égal à 2." });
  });

  it("reads a negative number when the minimum allows it", () => {
    expect(parseFrenchDecimal("-2,5", { min: -10 })).toEqual({ ok: true, value: -2.5 });
  });

  it("refuses a number over the maximum, written the French way", () => {
    expect(parseFrenchDecimal("1000,01", hours)).toEqual({ ok: false, message: "Saisissez un nombre inférieur ou égal à 1\u202F000." });
    expect(parseFrenchDecimal("1 001", hours)).toMatchObject({ ok: false });
    expect(parseFrenchDecimal("1000", hours)).toEqual({ ok: true, value: 1000 });
  });

  it("refuses more decimals than allowed rather than rounding: 12,345 is not 12,35 nor 12 345", () => {
    expect(parseFrenchDecimal("12,345", hours)).toEqual({ ok: false, message: "Saisissez au plus 2 décimales." });
    expect(parseFrenchDecimal("12.345", hours)).toEqual({ ok: false, message: "Saisissez au plus 2 décimales." });
    expect(parseFrenchDecimal("2,55", { decimals: 1 })).toEqual({ ok: false, message: "Saisissez au plus 1 décimale." });
    expect(parseFrenchDecimal("2,5", { decimals: 0 })).toEqual({ ok: false, message: "Saisissez un nombre entier." });
    expect(parseFrenchDecimal("12,34", hours)).toEqual({ ok: true, value: 12.34 });
  });

  it("allows two decimals when no option says otherwise", () => {
    expect(parseFrenchDecimal("3,75")).toEqual({ ok: true, value: 3.75 });
    expect(parseFrenchDecimal("3,755")).toMatchObject({ ok: false });
  });
});
