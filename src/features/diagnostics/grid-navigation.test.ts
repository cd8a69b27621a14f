import { describe, expect, it } from "vitest";
import { arrowCell, firstEmptyCell, keystrokesToFill, stepCell } from "./grid-navigation";

const size = { rows: 3, columns: 4 };

describe("moving through a diagnostic table", () => {
  it("moves on to the right and wraps to the next pupil, or down and wraps to the next competency", () => {
    expect(stepCell({ row: 0, column: 2 }, 1, size, "right")).toEqual({ row: 0, column: 3 });
    expect(stepCell({ row: 0, column: 3 }, 1, size, "right")).toEqual({ row: 1, column: 0 });
    expect(stepCell({ row: 1, column: 0 }, -1, size, "right")).toEqual({ row: 0, column: 3 });
    expect(stepCell({ row: 2, column: 3 }, 1, size, "right")).toBeNull();
    expect(stepCell({ row: 2, column: 0 }, 1, size, "down")).toEqual({ row: 0, column: 1 });
    expect(stepCell({ row: 0, column: 0 }, -1, size, "down")).toBeNull();
  });

  it("follows arrows, Home and End inside the table only", () => {
    expect(arrowCell("ArrowDown", { row: 0, column: 1 }, size)).toEqual({ row: 1, column: 1 });
    expect(arrowCell("ArrowUp", { row: 0, column: 1 }, size)).toBeNull();
    expect(arrowCell("ArrowRight", { row: 0, column: 3 }, size)).toBeNull();
    expect(arrowCell("End", { row: 2, column: 0 }, size)).toEqual({ row: 2, column: 3 });
    expect(arrowCell("Home", { row: 2, column: 3 }, size)).toEqual({ row: 2, column: 0 });
    expect(arrowCell("x", { row: 0, column: 0 }, size)).toBeNull();
  });

  it("starts on the first empty cell", () => {
    expect(firstEmptyCell(size, ({ row }) => row === 0)).toEqual({ row: 1, column: 0 });
    expect(firstEmptyCell(size, () => true)).toEqual({ row: 0, column: 0 });
  });

  it("fills a class of 30 pupils in 4 competencies with 121 keys: one digit per cell and one save", () => {
    expect(keystrokesToFill({ rows: 30, columns: 4 })).toBe(121);
  });
});
