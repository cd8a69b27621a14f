// Moving through a diagnostic table from the keyboard. Pure: the table
// component asks where a key leads, tests check it.

export type Position = { row: number; column: number };
export type GridSize = { rows: number; columns: number };
/** After a level is typed, the next cell is to the right (pupil by pupil) or below (competency by competency). */
export type Advance = "right" | "down";

/** The cell after (or before) `from` in reading order, wrapping to the next row (or column); null past either end. */
export function stepCell(from: Position, direction: 1 | -1, size: GridSize, advance: Advance): Position | null {
  const { rows, columns } = size;
  const index = advance === "right" ? from.row * columns + from.column : from.column * rows + from.row;
  const next = index + direction;
  if (next < 0 || next >= rows * columns) return null;
  return advance === "right" ? { row: Math.floor(next / columns), column: next % columns } : { row: next % rows, column: Math.floor(next / rows) };
}

/** Where an arrow, Home or End leads; null when the key does not move or would leave the table. */
export function arrowCell(key: string, from: Position, size: GridSize): Position | null {
  const { row, column } = from;
  switch (key) {
    case "ArrowRight":
      return column + 1 < size.columns ? { row, column: column + 1 } : null;
    case "ArrowLeft":
      return column > 0 ? { row, column: column - 1 } : null;
    case "ArrowDown":
      return row + 1 < size.rows ? { row: row + 1, column } : null;
    case "ArrowUp":
      return row > 0 ? { row: row - 1, column } : null;
    case "Home":
      return { row, column: 0 };
    case "End":
      return { row, column: size.columns - 1 };
    default:
      return null;
  }
}

/** The first cell not yet filled, in reading order (the first cell when all are). */
export function firstEmptyCell(size: GridSize, filled: (position: Position) => boolean): Position {
  for (let row = 0; row < size.rows; row++) {
    for (let column = 0; column < size.columns; column++) if (!filled({ row, column })) return { row, column };
  }
  return { row: 0, column: 0 };
}

/**
 * Keys needed to enter a whole table once its first cell has the keyboard:
 * one digit per cell (each moves on by itself) and one Ctrl+Enter to save.
 */
export function keystrokesToFill(size: GridSize): number {
  return size.rows * size.columns + 1;
}
