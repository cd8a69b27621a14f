import "server-only";
import type { Db } from "@/server/prisma-client";

/** Every version of every sheet, with its item counts and how many grids use it. */
export async function listSheetVersions(tx: Db) {
  const sheets = await tx.gridSheet.findMany({
    orderBy: [{ key: "asc" }, { version: "desc" }],
    select: { id: true, key: true, version: true, title: true, source: true, frameworkCode: true, _count: { select: { grids: true } } },
  });
  const counts = await tx.gridItem.groupBy({ by: ["sheetId", "kind"], _count: { _all: true } });
  const count = (sheetId: string, kind: string) => counts.find((c) => c.sheetId === sheetId && c.kind === kind)?._count._all ?? 0;
  const latest = new Map<string, number>();
  for (const sheet of sheets) latest.set(sheet.key, Math.max(latest.get(sheet.key) ?? 0, sheet.version));
  return sheets.map((sheet) => ({
    id: sheet.id,
    key: sheet.key,
    version: sheet.version,
    title: sheet.title,
    source: sheet.source,
    frameworkCode: sheet.frameworkCode,
    grids: sheet._count.grids,
    latest: latest.get(sheet.key) === sheet.version,
    questions: count(sheet.id, "QUESTION"),
    indicators: count(sheet.id, "INDICATOR"),
    guidance: count(sheet.id, "GUIDANCE"),
  }));
}
