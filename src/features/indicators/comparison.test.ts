import { describe, expect, it } from "vitest";
import { comparisonParams, comparisonTable } from "./comparison";
import type { ComparisonRow } from "./queries";

const schools = ["Alpha", "Bravo", "Charlie", "Delta"].map((name, i) => ({ id: `s${i}`, uai: `000000${i}A`, name, city: "Dijon", kind: "LP" as const }));
const row = (i: number, code: string, value: number | null, previous: number | null, suppressed = false): ComparisonRow => ({
  establishmentId: `s${i}`, uai: `000000${i}A`, name: schools[i]!.name, city: "Dijon", kind: "LP", indicatorCode: code, value, previous, suppressed,
});

describe("the comparison's address", () => {
  it("keeps known indicators, kinds and diplomas, and falls back to defaults otherwise", () => {
    const p = comparisonParams({ annee: "2026-2027", indicateurs: ["DROPOUT_RATE", "NOPE", "DROPOUT_RATE"], type: "LP", diplome: "X", tri: "DROPOUT_RATE", ordre: "desc" });
    expect(p).toEqual({ schoolYear: 2026, codes: ["DROPOUT_RATE"], kind: "LP", diploma: null, sort: "DROPOUT_RATE", descending: true });
    expect(comparisonParams({ tri: "'; DROP TABLE" }, new Date("2026-10-01")).sort).toBe("name");
  });
});

describe("the comparison table", () => {
  const rows = [
    row(0, "DROPOUT_RATE", 4, 6), row(1, "DROPOUT_RATE", 8, 7), row(2, "DROPOUT_RATE", null, 3, true), row(3, "DROPOUT_RATE", 2, null),
  ];
  const params = comparisonParams({ indicateurs: "DROPOUT_RATE", tri: "DROPOUT_RATE" });

  it("sorts by an indicator, hidden and missing figures last, and gives the change over a year", () => {
    const table = comparisonTable(rows, params, schools);
    expect(table.rows.map((r) => r.name)).toEqual(["Delta", "Alpha", "Bravo", "Charlie"]);
    expect(table.rows.map((r) => r.cells.DROPOUT_RATE!.change)).toEqual([null, -2, 1, null]);
    const descending = comparisonTable(rows, { ...params, descending: true }, schools);
    expect(descending.rows.map((r) => r.name)).toEqual(["Bravo", "Alpha", "Delta", "Charlie"]);
  });

  it("gives the académie's quartiles without the hidden figure, and positions in the indicator's direction", () => {
    const table = comparisonTable(rows, params, schools);
    expect(table.spreads.DROPOUT_RATE).toEqual({ count: 3, q1: 3, median: 4, q3: 6 });
    const position = Object.fromEntries(table.rows.map((r) => [r.name, r.cells.DROPOUT_RATE!.position]));
    // A low drop-out rate is favourable.
    expect(position).toEqual({ Delta: "TOP_QUARTER", Alpha: "ABOVE_MEDIAN", Bravo: "BOTTOM_QUARTER", Charlie: null });
  });
});
