import { describe, expect, it } from "vitest";
import { levelOfDigit, levelOfText, readPastedBlock } from "./levels";
import { saveDiagnosticsSchema } from "./schemas";

const table = { rows: 3, columns: 2, rowLabel: (r: number) => `Élève ${r + 1}`, columnLabel: (c: number) => `« C${c + 1} »` };

describe("the four-level scale", () => {
  it("reads digits, abbreviations and words, accents and case aside", () => {
    expect(["1", "2", "3", "4", "5", "0"].map(levelOfDigit)).toEqual(["INSUFFICIENT", "FRAGILE", "SATISFACTORY", "VERY_GOOD", undefined, undefined]);
    expect(["MI", "mf", " Ms ", "TBM", "Maîtrise insuffisante", "fragile", "SATISFAISANTE", "très bonne maîtrise", "Tres bonne"].map(levelOfText)).toEqual([
      "INSUFFICIENT",
      "FRAGILE",
      "SATISFACTORY",
      "VERY_GOOD",
      "INSUFFICIENT",
      "FRAGILE",
      "SATISFACTORY",
      "VERY_GOOD",
      "VERY_GOOD",
    ]);
    expect(levelOfText("  ")).toBeNull();
    expect(["5", "A", "bien", "12", "MIS"].map(levelOfText)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe("pasting a block from a spreadsheet", () => {
  it("places a tab-separated block from the current cell; a blank cell clears", () => {
    expect(readPastedBlock("1\tMF\r\n\tTBM\r\n", { row: 1, column: 0 }, table)).toEqual({
      ok: true,
      cells: [
        { row: 1, column: 0, level: "INSUFFICIENT" },
        { row: 1, column: 1, level: "FRAGILE" },
        { row: 2, column: 0, level: null },
        { row: 2, column: 1, level: "VERY_GOOD" },
      ],
    });
  });

  it("takes nothing when one cell is off the scale, and says which, in French", () => {
    expect(readPastedBlock("1\t5\nbien\t3", { row: 0, column: 0 }, table)).toEqual({
      ok: false,
      errors: [
        "Élève 1, « C2 » : « 5 » n'est pas un niveau (1 à 4, MI, MF, MS, TBM ou le niveau en toutes lettres).",
        "Élève 2, « C1 » : « bien » n'est pas un niveau (1 à 4, MI, MF, MS, TBM ou le niveau en toutes lettres).",
      ],
    });
  });

  it("refuses a block larger than the table from that cell", () => {
    const read = readPastedBlock("1\t2\t3\n1\t2\t3", { row: 2, column: 0 }, table);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]).toBe("Le bloc collé (2 lignes × 3 colonnes) dépasse le tableau à partir de la cellule choisie (1 ligne × 2 colonnes disponibles).");
  });
});

describe("a diagnostic save", () => {
  const cell = { pupilId: "7c9e6679-7425-40de-944b-e07fc1f90ae7", competencyId: "9b2f1c52-6d3e-4c53-9a43-2f3b1f7e6a10", seen: null };
  const save = (level: unknown) =>
    saveDiagnosticsSchema.safeParse({
      establishmentId: "0b7d2f39-1d4b-4f0a-9a59-6a2c6b5c7f11",
      periodId: "1c3e9a7b-8f5d-4c2a-b6e1-3d4f5a6b7c81",
      toolId: "2d4f6a8c-9e1b-4d3f-a5c7-e9b1d3f5a7c9",
      cells: [{ ...cell, level }],
    });

  it("accepts the four levels and null (clear)", () => {
    for (const level of ["INSUFFICIENT", "FRAGILE", "SATISFACTORY", "VERY_GOOD", null]) expect(save(level).success, String(level)).toBe(true);
  });

  it("refuses any value outside the scale, in French", () => {
    for (const level of ["EXCELLENT", "5", 5, "", "very_good", undefined]) {
      const parsed = save(level);
      expect(parsed.success, String(level)).toBe(false);
    }
    expect(save("EXCELLENT").error?.issues[0]?.message).toBe(
      "Le niveau doit être l'un des quatre de l'échelle : maîtrise insuffisante, fragile, satisfaisante ou très bonne maîtrise.",
    );
  });

  it("refuses unknown fields and an empty save", () => {
    expect(saveDiagnosticsSchema.safeParse({ establishmentId: "x", periodId: "y", toolId: "z", cells: [], extra: 1 }).success).toBe(false);
  });
});
