// The four-level scale of French schools' assessment of competencies
// (maîtrise insuffisante, fragile, satisfaisante, très bonne maîtrise), and
// how a typed or pasted value reads on it. Pure: used in the browser and tests.

export const masteryLevels = ["INSUFFICIENT", "FRAGILE", "SATISFACTORY", "VERY_GOOD"] as const;
export type MasteryLevel = (typeof masteryLevels)[number];

export const levelLabels: Record<MasteryLevel, string> = {
  INSUFFICIENT: "Maîtrise insuffisante",
  FRAGILE: "Maîtrise fragile",
  SATISFACTORY: "Maîtrise satisfaisante",
  VERY_GOOD: "Très bonne maîtrise",
};

export const levelAbbreviations: Record<MasteryLevel, string> = {
  INSUFFICIENT: "MI",
  FRAGILE: "MF",
  SATISFACTORY: "MS",
  VERY_GOOD: "TBM",
};

/** 1 to 4, as typed on the keyboard. */
export function levelOfDigit(key: string): MasteryLevel | undefined {
  return /^[1-4]$/.test(key) ? masteryLevels[Number(key) - 1] : undefined;
}

function key(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const words = new Map<string, MasteryLevel>([
  ["1", "INSUFFICIENT"],
  ["2", "FRAGILE"],
  ["3", "SATISFACTORY"],
  ["4", "VERY_GOOD"],
  ["mi", "INSUFFICIENT"],
  ["mf", "FRAGILE"],
  ["ms", "SATISFACTORY"],
  ["tbm", "VERY_GOOD"],
  ["insuffisante", "INSUFFICIENT"],
  ["insuffisant", "INSUFFICIENT"],
  ["maitrise insuffisante", "INSUFFICIENT"],
  ["fragile", "FRAGILE"],
  ["maitrise fragile", "FRAGILE"],
  ["satisfaisante", "SATISFACTORY"],
  ["satisfaisant", "SATISFACTORY"],
  ["maitrise satisfaisante", "SATISFACTORY"],
  ["tres bonne", "VERY_GOOD"],
  ["tres bonne maitrise", "VERY_GOOD"],
  ["tres bien", "VERY_GOOD"],
]);

/** A cell's text on the scale: a level, null for a blank cell (which clears), or undefined when it is not on the scale. */
export function levelOfText(text: string): MasteryLevel | null | undefined {
  const k = key(text);
  if (k === "") return null;
  return words.get(k);
}

export type PastedCell = { row: number; column: number; level: MasteryLevel | null };

/**
 * A block copied from a spreadsheet (tab-separated columns, one line per row),
 * placed from a starting cell of a table of `rows` × `columns`. Either every
 * cell reads on the scale and fits in the table, or nothing is taken and each
 * problem is told in French.
 */
export function readPastedBlock(
  text: string,
  at: { row: number; column: number },
  table: { rows: number; columns: number; rowLabel: (row: number) => string; columnLabel: (column: number) => string },
): { ok: true; cells: PastedCell[] } | { ok: false; errors: string[] } {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  const errors: string[] = [];
  const cells: PastedCell[] = [];
  if (lines.length === 1 && lines[0] === "") return { ok: false, errors: ["Le presse-papiers est vide."] };
  const width = Math.max(...lines.map((line) => line.split("\t").length));
  if (at.row + lines.length > table.rows || at.column + width > table.columns) {
    errors.push(
      `Le bloc collé (${lines.length} ligne${lines.length > 1 ? "s" : ""} × ${width} colonne${width > 1 ? "s" : ""}) dépasse le tableau à partir de la cellule choisie (${table.rows - at.row} ligne${table.rows - at.row > 1 ? "s" : ""} × ${table.columns - at.column} colonne${table.columns - at.column > 1 ? "s" : ""} disponibles).`,
    );
  }
  lines.forEach((line, i) => {
    line.split("\t").forEach((raw, j) => {
      const row = at.row + i;
      const column = at.column + j;
      if (row >= table.rows || column >= table.columns) return;
      const level = levelOfText(raw);
      if (level === undefined) {
        const shown = raw.trim().length > 20 ? `${raw.trim().slice(0, 19)}…` : raw.trim();
        errors.push(`${table.rowLabel(row)}, ${table.columnLabel(column)} : « ${shown} » n'est pas un niveau (1 à 4, MI, MF, MS, TBM ou le niveau en toutes lettres).`);
      } else {
        cells.push({ row, column, level });
      }
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, cells };
}
