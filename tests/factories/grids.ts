import type { PrismaClient } from "@/generated/prisma/client";
import type { GridStatus } from "@/generated/prisma/enums";
import { nextSequence } from "./sequence";

/** A TVP 2019 scheme in a school year of its own (far from the years other tests use). */
export async function insertScheme(db: PrismaClient, establishmentId: string) {
  const framework = await db.framework.findFirstOrThrow({ where: { code: "TVP-2019" }, orderBy: { version: "desc" } });
  return db.scheme.create({ data: { establishmentId, schoolYear: 3000 + nextSequence(), frameworkId: framework.id, strand: "PERSONALISED_SUPPORT" } });
}

/** A grid written as the owner on the three-strand sheet, with the keys of a question and an indicator of it. */
export async function insertGrid(db: PrismaClient, establishmentId: string, status: GridStatus = "DRAFT") {
  const scheme = await insertScheme(db, establishmentId);
  const sheet = await db.gridSheet.findUniqueOrThrow({ where: { key_version: { key: "tvp-three-strands", version: 1 } } });
  const grid = await db.grid.create({ data: { establishmentId, schemeId: scheme.id, sheetId: sheet.id, status } });
  const question = await db.gridItem.findFirstOrThrow({ where: { sheetId: sheet.id, kind: "QUESTION" }, orderBy: { position: "asc" } });
  const indicator = await db.gridItem.findFirstOrThrow({ where: { sheetId: sheet.id, kind: "INDICATOR" }, orderBy: { position: "asc" } });
  return { grid, scheme, questionKey: question.key, indicatorKey: indicator.key };
}
