// Evidence of an answer: a file (checked by its content, stored in the
// database, downloaded through the school's authorised route) or a link to
// one of the sheet's indicators.
import { recordAudit } from "@/features/audit/record";
import { storeFile } from "@/features/files/service";
import { ConflictError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import { findEditableGrid, type Actor } from "./grid-access";

type ItemRef = { establishmentId: string; gridId: string; itemKey: string };

async function requireItem(tx: Db, sheetId: string, key: string, message: string) {
  const item = await tx.gridItem.findUnique({ where: { sheetId_key: { sheetId, key } }, select: { key: true, kind: true, text: true } });
  if (!item) throw new NotFoundError(message);
  return item;
}

export async function attachFile(tx: Db, actor: Actor, input: ItemRef & { file: File }) {
  const grid = await findEditableGrid(tx, input.establishmentId, input.gridId);
  await requireItem(tx, grid.sheetId, input.itemKey, "Cette question n'appartient pas à la grille.");
  const stored = await storeFile(tx, actor, { establishmentId: input.establishmentId, file: input.file });
  const evidence = await tx.gridEvidence.create({
    data: { establishmentId: input.establishmentId, gridId: input.gridId, itemKey: input.itemKey, fileId: stored.id, createdById: actor.userId },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "grid.evidence.attach",
    entity: "grid",
    entityId: input.gridId,
    summary: { item: input.itemKey, file: stored.fileName },
  });
  return { id: evidence.id, fileId: stored.id, fileName: stored.fileName, mediaType: stored.mediaType, byteSize: stored.byteSize };
}

export async function linkIndicator(tx: Db, actor: Actor, input: ItemRef & { indicatorKey: string }) {
  const grid = await findEditableGrid(tx, input.establishmentId, input.gridId);
  await requireItem(tx, grid.sheetId, input.itemKey, "Cette question n'appartient pas à la grille.");
  const indicator = await requireItem(tx, grid.sheetId, input.indicatorKey, "Cet indicateur n'appartient pas à la grille.");
  if (indicator.kind !== "INDICATOR") throw new NotFoundError("Cet indicateur n'appartient pas à la grille.");
  const existing = await tx.gridEvidence.findFirst({
    where: { establishmentId: input.establishmentId, gridId: input.gridId, itemKey: input.itemKey, indicatorKey: input.indicatorKey },
    select: { id: true },
  });
  if (existing) throw new ConflictError("Cet indicateur est déjà lié à cette réponse.");
  const evidence = await tx.gridEvidence.create({
    data: { establishmentId: input.establishmentId, gridId: input.gridId, itemKey: input.itemKey, indicatorKey: input.indicatorKey, createdById: actor.userId },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "grid.evidence.link",
    entity: "grid",
    entityId: input.gridId,
    summary: { item: input.itemKey, indicator: input.indicatorKey },
  });
  return { id: evidence.id };
}

export async function removeEvidence(tx: Db, actor: Actor, input: { establishmentId: string; gridId: string; evidenceId: string }) {
  await findEditableGrid(tx, input.establishmentId, input.gridId);
  const evidence = await tx.gridEvidence.findFirst({
    where: { establishmentId: input.establishmentId, gridId: input.gridId, id: input.evidenceId },
    select: { id: true, itemKey: true, fileId: true, indicatorKey: true },
  });
  if (!evidence) throw new NotFoundError("Cette pièce n'existe plus.");
  await tx.gridEvidence.delete({ where: { establishmentId_id: { establishmentId: input.establishmentId, id: evidence.id } } });
  if (evidence.fileId) {
    await tx.storedFile.deleteMany({ where: { establishmentId: input.establishmentId, id: evidence.fileId, meetings: { none: {} } } });
  }
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "grid.evidence.remove",
    entity: "grid",
    entityId: input.gridId,
    summary: { item: evidence.itemKey, ...(evidence.indicatorKey ? { indicator: evidence.indicatorKey } : { file: evidence.fileId }) },
  });
  return { removed: true };
}
