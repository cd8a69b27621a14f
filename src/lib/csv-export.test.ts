import { describe, expect, it } from "vitest";
import { neutralise, toCsv } from "./csv-export";

describe("CSV export", () => {
  it("starts with a byte order mark, separates cells with ; and lines with CRLF", () => {
    const csv = toCsv(["Établissement", "Taux"], [["Lycée Le Castel", 12.5]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe("\uFEFFÉtablissement;Taux\r\nLycée Le Castel;12,5\r\n");
  });

  it("neutralises text cells a spreadsheet would run as a formula", () => {
    for (const payload of ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(neutralise(payload)).toBe(`'${payload}`);
    }
    const csv = toCsv(["a"], [["=1+2"], ["-cmd|' /C calc'!A0"], ["@x"], ["+x"]]);
    expect(csv.split("\r\n").slice(1, 5)).toEqual(["'=1+2", "'-cmd|' /C calc'!A0", "'@x", "'+x"]);
  });

  it("keeps ordinary text, and numbers (negative ones too) as French numbers", () => {
    expect(neutralise("Dijon")).toBe("Dijon");
    expect(toCsv(["x"], [[-2.5], [1234.56], [null]])).toBe("\uFEFFx\r\n-2,5\r\n1234,56\r\n\r\n");
  });

  it("quotes cells holding a separator, a quote or a line break", () => {
    expect(toCsv(["x"], [['Lycée "Le Castel"; Dijon'], ["deux\nlignes"]])).toBe('\uFEFFx\r\n"Lycée ""Le Castel""; Dijon"\r\n"deux\nlignes"\r\n');
  });
});
