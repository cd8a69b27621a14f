// A sheet section's items as an administrator edits them: one item per line,
// its kind first ("Q :" question, "I :" indicator, "R :" repère), and the
// lines of its indented list below it starting with "•" or "-" after spaces.

import type { GridItemKind, SheetItem } from "./sheets";

const prefixes: Record<GridItemKind, string> = { QUESTION: "Q", INDICATOR: "I", GUIDANCE: "R" };
const kindOfPrefix: Record<string, GridItemKind> = { Q: "QUESTION", I: "INDICATOR", R: "GUIDANCE" };

export function itemsToText(items: Pick<SheetItem, "kind" | "text" | "subItems">[]): string {
  return items
    .map((item) => [`${prefixes[item.kind]} : ${item.text}`, ...item.subItems.map((sub) => `    • ${sub}`)].join("\n"))
    .join("\n");
}

export type ParsedItem = { kind: GridItemKind; text: string; subItems: string[] };
export type ParseResult = { ok: true; items: ParsedItem[] } | { ok: false; errors: string[] };

export function itemsFromText(text: string): ParseResult {
  const items: ParsedItem[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim()) return;
    const sub = /^\s+[•\-–]\s*(.*)$/.exec(raw);
    if (sub) {
      const last = items.at(-1);
      if (!last) errors.push(`Ligne ${index + 1} : un sous-élément doit suivre un élément.`);
      else if (sub[1]!.trim()) last.subItems.push(sub[1]!.trim());
      return;
    }
    const item = /^\s*([QIR])\s*:\s*(.+)$/i.exec(raw);
    if (!item) {
      errors.push(`Ligne ${index + 1} : commencez par « Q : » (question), « I : » (indicateur) ou « R : » (repère).`);
      return;
    }
    const content = item[2]!.trim();
    if (content.length > 2000) errors.push(`Ligne ${index + 1} : un élément ne doit pas dépasser 2 000 caractères.`);
    items.push({ kind: kindOfPrefix[item[1]!.toUpperCase()]!, text: content, subItems: [] });
  });
  return errors.length ? { ok: false, errors } : { ok: true, items };
}

/** A stable key for a new item: its first words, made unique within the sheet. */
export function itemKeyFor(text: string, taken: Set<string>): string {
  const base =
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim()
      .split(" ")
      .filter((word) => word.length > 1)
      .slice(0, 5)
      .join("-")
      .slice(0, 70) || "element";
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}
