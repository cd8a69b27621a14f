// The Act block's structured parts: actions (process, owner, indicator,
// dates, status) and key dates. Followed all year, except during review.
import { recordAudit } from "@/features/audit/record";
import { STALE_EDIT, isCurrentVersion } from "@/lib/versions";
import { ConflictError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import { actEditable, findEditableGrid, type Actor } from "./grid-access";
import type { AddActionInput, AddKeyDateInput, UpdateActionInput } from "./schemas";

const day = (value: string) => (value ? new Date(`${value}T00:00:00Z`) : null);

function actionData(input: AddActionInput | UpdateActionInput, previousDoneOn: Date | null) {
  return {
    title: input.title,
    process: input.process,
    owner: input.owner,
    indicator: input.indicator,
    startsOn: day(input.startsOn),
    dueOn: day(input.dueOn),
    status: input.status,
    // The day it was marked done, kept while it stays done: "done on time" compares it with the due date.
    doneOn: input.status === "DONE" ? (previousDoneOn ?? new Date(new Date().toISOString().slice(0, 10))) : null,
  };
}

export async function addAction(tx: Db, actor: Actor, input: AddActionInput) {
  await findEditableGrid(tx, input.establishmentId, input.gridId, actEditable);
  const action = await tx.gridAction.create({
    data: { establishmentId: input.establishmentId, gridId: input.gridId, ...actionData(input, null) },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "grid.action.create",
    entity: "grid_action",
    entityId: action.id,
    summary: { title: input.title, status: input.status },
  });
  return { id: action.id };
}

export async function updateAction(tx: Db, actor: Actor, input: UpdateActionInput) {
  await findEditableGrid(tx, input.establishmentId, input.gridId, actEditable);
  const key = { establishmentId: input.establishmentId, id: input.actionId, gridId: input.gridId };
  const before = await tx.gridAction.findFirst({ where: key, select: { updatedAt: true, doneOn: true, status: true, title: true } });
  if (!before) throw new NotFoundError("Cette action n'existe plus.");
  if (!isCurrentVersion(before.updatedAt, input.version)) throw new ConflictError(STALE_EDIT);
  const { count } = await tx.gridAction.updateMany({
    where: { ...key, updatedAt: before.updatedAt },
    data: actionData(input, before.status === "DONE" ? before.doneOn : null),
  });
  if (count === 0) throw new ConflictError(STALE_EDIT);
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "grid.action.update",
    entity: "grid_action",
    entityId: input.actionId,
    summary: { before: { title: before.title, status: before.status }, after: { title: input.title, status: input.status } },
  });
  return { id: input.actionId };
}

export async function deleteAction(tx: Db, actor: Actor, input: { establishmentId: string; gridId: string; actionId: string }) {
  await findEditableGrid(tx, input.establishmentId, input.gridId, actEditable);
  const deleted = await tx.gridAction.deleteMany({ where: { establishmentId: input.establishmentId, gridId: input.gridId, id: input.actionId } });
  if (deleted.count === 0) throw new NotFoundError("Cette action n'existe plus.");
  await recordAudit(tx, { actorId: actor.userId, establishmentId: input.establishmentId, action: "grid.action.delete", entity: "grid_action", entityId: input.actionId });
  return { deleted: true };
}

export async function addKeyDate(tx: Db, actor: Actor, input: AddKeyDateInput) {
  await findEditableGrid(tx, input.establishmentId, input.gridId, actEditable);
  const keyDate = await tx.gridKeyDate.create({
    data: { establishmentId: input.establishmentId, gridId: input.gridId, on: day(input.on)!, label: input.label },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "grid.key_date.create",
    entity: "grid_key_date",
    entityId: keyDate.id,
    summary: { on: input.on, label: input.label },
  });
  return { id: keyDate.id };
}

export async function deleteKeyDate(tx: Db, actor: Actor, input: { establishmentId: string; gridId: string; keyDateId: string }) {
  await findEditableGrid(tx, input.establishmentId, input.gridId, actEditable);
  const deleted = await tx.gridKeyDate.deleteMany({ where: { establishmentId: input.establishmentId, gridId: input.gridId, id: input.keyDateId } });
  if (deleted.count === 0) throw new NotFoundError("Cette date n'existe plus.");
  await recordAudit(tx, { actorId: actor.userId, establishmentId: input.establishmentId, action: "grid.key_date.delete", entity: "grid_key_date", entityId: input.keyDateId });
  return { deleted: true };
}
