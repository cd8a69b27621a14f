// The question bank as held in the database: versioned sheets, their sections
// and items. A grid keeps the sheet version it started with; a new grid takes
// the latest version of the sheet that fits its framework and strand.
import type { AnswerStatus, GridItemKind, PdcaPhase as PhaseKey } from "@/generated/prisma/enums";
import type { StrandKind } from "@/features/frameworks/strands";
import type { Db } from "@/server/prisma-client";
import { chooseSheet } from "./question-bank";

export type { AnswerStatus, GridItemKind, PhaseKey };

export type SheetItem = { key: string; kind: GridItemKind; text: string; subItems: string[] };
export type SheetSection = { key: string; phase: PhaseKey; title: string; borrowedFrom: string; items: SheetItem[] };
export type GridSheetData = {
  id: string;
  key: string;
  version: number;
  title: string;
  subtitle: string;
  source: string;
  frameworkCode: string;
  strands: StrandKind[];
  context: string;
  sections: SheetSection[];
};

export async function loadSheet(tx: Db, sheetId: string): Promise<GridSheetData | null> {
  const sheet = await tx.gridSheet.findUnique({
    where: { id: sheetId },
    include: {
      sections: { orderBy: { position: "asc" } },
      items: { orderBy: { position: "asc" } },
    },
  });
  if (!sheet) return null;
  return {
    id: sheet.id,
    key: sheet.key,
    version: sheet.version,
    title: sheet.title,
    subtitle: sheet.subtitle,
    source: sheet.source,
    frameworkCode: sheet.frameworkCode,
    strands: sheet.strands,
    context: sheet.context,
    sections: sheet.sections.map((section) => ({
      key: section.key,
      phase: section.phase,
      title: section.title,
      borrowedFrom: section.borrowedFrom,
      items: sheet.items
        .filter((item) => item.sectionKey === section.key)
        .map((item) => ({ key: item.key, kind: item.kind, text: item.text, subItems: item.subItems })),
    })),
  };
}

/** The latest version of every sheet. */
export async function latestSheets(tx: Db) {
  const sheets = await tx.gridSheet.findMany({
    select: { id: true, key: true, version: true, title: true, frameworkCode: true, strands: true, createdAt: true },
    orderBy: [{ key: "asc" }, { version: "desc" }],
  });
  const latest = new Map<string, (typeof sheets)[number]>();
  for (const sheet of sheets) if (!latest.has(sheet.key)) latest.set(sheet.key, sheet);
  // The seed order (creation order of version 1) decides ties in the choice.
  const firstCreated = new Map<string, number>();
  for (const sheet of sheets) {
    const at = sheet.createdAt.getTime();
    firstCreated.set(sheet.key, Math.min(firstCreated.get(sheet.key) ?? at, at));
  }
  return [...latest.values()].sort((a, b) => firstCreated.get(a.key)! - firstCreated.get(b.key)! || a.key.localeCompare(b.key));
}

/** The sheet a new grid of this framework and strand starts with: the latest version of the fitting sheet. */
export async function sheetForScheme(tx: Db, frameworkCode: string, strand: StrandKind) {
  return chooseSheet(await latestSheets(tx), frameworkCode, strand) ?? null;
}

export function itemsOf(sheet: GridSheetData, phase?: PhaseKey): (SheetItem & { sectionKey: string; phase: PhaseKey })[] {
  return sheet.sections
    .filter((section) => !phase || section.phase === phase)
    .flatMap((section) => section.items.map((item) => ({ ...item, sectionKey: section.key, phase: section.phase })));
}
