// Answers of a grid: saved as the user types, each save on the version it was
// typed from. A save made on an older version is refused as a conflict that
// carries the stored text, so that nothing is overwritten silently; every
// saved version is kept as history, from which an answer can be restored.
import { recordAudit } from "@/features/audit/record";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import type { AnswerStatus } from "@/generated/prisma/enums";
import { findEditableGrid, type Actor } from "./grid-access";
import { answerText, sanitizeAnswer } from "./rich-text";
import type { RestoreAnswerInput, SaveAnswerInput } from "./schemas";

export type StoredAnswer = {
  itemKey: string;
  body: string;
  status: AnswerStatus;
  version: number;
  updatedAt: string;
  updatedBy: string;
};

export const ANSWER_CONFLICT =
  "Quelqu'un a enregistré une autre version de cette réponse pendant que vous écriviez. Comparez les deux textes et choisissez celui à garder, ou fusionnez-les.";

async function storedAnswer(tx: Db, establishmentId: string, gridId: string, itemKey: string): Promise<StoredAnswer | null> {
  const answer = await tx.gridAnswer.findUnique({
    where: { establishmentId_gridId_itemKey: { establishmentId, gridId, itemKey } },
    select: { itemKey: true, body: true, status: true, version: true, updatedAt: true, updatedById: true },
  });
  if (!answer) return null;
  const author = answer.updatedById
    ? await tx.user.findUnique({ where: { id: answer.updatedById }, select: { name: true } })
    : null;
  return {
    itemKey: answer.itemKey,
    body: answer.body,
    status: answer.status,
    version: answer.version,
    updatedAt: answer.updatedAt.toISOString(),
    updatedBy: author?.name ?? "",
  };
}

/** The status a save stores: an empty answer cannot be "answered", and typing starts it. */
function statusFor(body: string, requested: AnswerStatus): AnswerStatus {
  const empty = answerText(body) === "";
  if (empty) {
    if (requested === "ANSWERED") {
      throw new InvalidInputError({ status: ["Une réponse vide ne peut pas être marquée « répondue »."] }, "Une réponse vide ne peut pas être marquée « répondue ».");
    }
    return requested === "IN_PROGRESS" ? "IN_PROGRESS" : "NOT_STARTED";
  }
  return requested === "NOT_STARTED" ? "IN_PROGRESS" : requested;
}

export async function saveAnswer(tx: Db, actor: Actor, input: SaveAnswerInput): Promise<StoredAnswer> {
  const { establishmentId, gridId, itemKey } = input;
  const grid = await findEditableGrid(tx, establishmentId, gridId);
  const item = await tx.gridItem.findUnique({ where: { sheetId_key: { sheetId: grid.sheetId, key: itemKey } }, select: { key: true } });
  if (!item) throw new NotFoundError("Cette question n'appartient pas à la grille.");
  const body = sanitizeAnswer(input.body);
  const status = statusFor(body, input.status);

  const current = await storedAnswer(tx, establishmentId, gridId, itemKey);
  const currentVersion = current?.version ?? 0;
  if (input.version !== currentVersion) throw new ConflictError(ANSWER_CONFLICT, current);
  // Saving what is stored already changes nothing (a retried request, a blur after a save).
  if (current && current.body === body && current.status === status) return current;

  let version: number;
  if (!current) {
    const inserted = await tx.$executeRaw`
      INSERT INTO grid_answers (establishment_id, grid_id, item_key, body, status, version, updated_by_id, updated_at)
      VALUES (${establishmentId}::uuid, ${gridId}::uuid, ${itemKey}, ${body}, ${status}::answer_status, 1, ${actor.userId}::uuid, now())
      ON CONFLICT DO NOTHING`;
    if (inserted === 0) throw new ConflictError(ANSWER_CONFLICT, await storedAnswer(tx, establishmentId, gridId, itemKey));
    version = 1;
  } else {
    // The version in the WHERE clause: a concurrent save that committed first makes this one match nothing.
    const updated = await tx.gridAnswer.updateMany({
      where: { establishmentId, gridId, itemKey, version: input.version },
      data: { body, status, version: { increment: 1 }, updatedById: actor.userId },
    });
    if (updated.count === 0) throw new ConflictError(ANSWER_CONFLICT, await storedAnswer(tx, establishmentId, gridId, itemKey));
    version = input.version + 1;
  }
  await tx.gridAnswerRevision.create({
    data: { establishmentId, gridId, itemKey, version, body, status, authorId: actor.userId },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId,
    action: "grid.answer",
    entity: "grid",
    entityId: gridId,
    summary: { item: itemKey, version, status, characters: answerText(body).length },
  });
  return (await storedAnswer(tx, establishmentId, gridId, itemKey))!;
}

/** Brings an earlier version back as a new save (itself in the history). */
export async function restoreAnswer(tx: Db, actor: Actor, input: RestoreAnswerInput): Promise<StoredAnswer> {
  const revision = await tx.gridAnswerRevision.findUnique({
    where: {
      establishmentId_gridId_itemKey_version: {
        establishmentId: input.establishmentId,
        gridId: input.gridId,
        itemKey: input.itemKey,
        version: input.revision,
      },
    },
    select: { body: true, status: true },
  });
  if (!revision) throw new NotFoundError("Cette version de la réponse n'existe pas.");
  return saveAnswer(tx, actor, {
    establishmentId: input.establishmentId,
    gridId: input.gridId,
    itemKey: input.itemKey,
    body: revision.body,
    status: revision.status,
    version: input.version,
  });
}

export type AnswerRevision = { version: number; body: string; status: AnswerStatus; author: string; at: string };

/** Every saved version of an answer, newest first. */
export async function answerHistory(tx: Db, key: { establishmentId: string; gridId: string; itemKey: string }): Promise<AnswerRevision[]> {
  const revisions = await tx.gridAnswerRevision.findMany({
    where: key,
    orderBy: { version: "desc" },
    select: { version: true, body: true, status: true, authorId: true, createdAt: true },
    take: 200,
  });
  const authorIds = [...new Set(revisions.map((r) => r.authorId).filter((id): id is string => Boolean(id)))];
  const authors = new Map(
    (await tx.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  return revisions.map((r) => ({
    version: r.version,
    body: r.body,
    status: r.status,
    author: (r.authorId && authors.get(r.authorId)) || "",
    at: r.createdAt.toISOString(),
  }));
}
