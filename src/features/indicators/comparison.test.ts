import { describe, expect, it } from "vitest";
import { COMPARISON_PAGE_SIZE, comparisonPage, comparisonParams, comparisonQueryString, comparisonTable } from "./comparison";
import type { ComparisonRow } from "./queries";

const schools = ["Alpha", "Bravo", "Charlie", "Delta"].map((name, i) => ({ id: `s${i}`, uai: `000000${i}A`, name, city: "Dijon", kind: "LP" as const }));
const row = (i: number, code: string, value: number | null, previous: number | null, suppressed = false): ComparisonRow => ({
  establishmentId: `s${i}`, indicatorCode: code, value, previous, suppressed,
});

describe("the comparison's address", () => {
  it("keeps known indicators, kinds and diplomas, and falls back to defaults otherwise", () => {
    const p = comparisonParams({ annee: "2026-2027", indicateurs: ["DROPOUT_RATE", "NOPE", "DROPOUT_RATE"], type: "LP", diplome: "X", tri: "DROPOUT_RATE", ordre: "desc" });
    expect(p).toEqual({ schoolYear: 2026, codes: ["DROPOUT_RATE"], kind: "LP", diploma: null, sort: "DROPOUT_RATE", descending: true, page: 1 });
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

describe("the comparison's pages", () => {
  const many = Array.from({ length: 230 }, (_, i) => ({ id: `m${i}`, uai: `m${i}`, name: `École ${String(i + 1).padStart(3, "0")}`, city: "Dijon", kind: "LP" as const }));
  const figures = many.map((s, i): ComparisonRow => ({ establishmentId: s.id, indicatorCode: "DROPOUT_RATE", value: i % 50, previous: null, suppressed: false }));

  it("reads the page from the address, any other value being the first page", () => {
    expect(comparisonParams({ page: "3" }).page).toBe(3);
    for (const page of ["0", "-2", "2.5", "abc", "99999999", ""]) expect(comparisonParams({ page }).page, page).toBe(1);
    expect(comparisonParams({ page: ["2", "5"] }).page).toBe(2);
  });

  it("gives the page's schools in the order of all, with the quartiles of all", () => {
    const params = { ...comparisonParams({ indicateurs: "DROPOUT_RATE" }), page: 3 };
    const whole = comparisonTable(figures, params, many);
    const { table, paging } = comparisonPage(whole, params.page);
    expect(paging).toEqual({ page: 3, pages: 3, total: 230, first: 201, last: 230 });
    expect(table.rows.map((r) => r.name)).toEqual(whole.rows.slice(200).map((r) => r.name));
    expect(table.rows[0]!.name).toBe("École 201");
    expect(table.spreads).toBe(whole.spreads);
    expect(table.spreads.DROPOUT_RATE!.count).toBe(230);
    // A page past the last shows the last.
    expect(comparisonPage(whole, 40).paging.page).toBe(3);
    expect(comparisonPage(whole, 1).table.rows).toHaveLength(COMPARISON_PAGE_SIZE);
  });

  it("keeps the page in the address only past the first", () => {
    const params = comparisonParams({ annee: "2026-2027", page: "2" });
    expect(comparisonQueryString(params, String)).toContain("page=2");
    expect(comparisonQueryString(params, String, { page: 1 })).not.toContain("page");
    expect(comparisonQueryString(params, String, { sort: "GRID_COMPLETION", page: 1 })).toBe(
      "annee=2026&indicateurs=PUPILS_IN_GROUP_SHARE&indicateurs=HOURS_DELIVERED_RATE&indicateurs=GRID_COMPLETION&indicateurs=ATTENDANCE_RATE&tri=GRID_COMPLETION",
    );
  });
});
