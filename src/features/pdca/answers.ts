// Answers of a grid: saved as the user types, each save on the version it was
// typed from. A save made on an older version is refused as a conflict that
// carries the stored text, so that nothing is overwritten silently; every
// saved version is kept as history, from which an answer can be restored.
import { AUDIT_COLUMNS, auditValues } from "@/features/audit/record";
import { Prisma } from "@/generated/prisma/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import { GridStatus, type AnswerStatus } from "@/generated/prisma/enums";
import { GRID_NOT_FOUND, answersEditable, assertEditable, type Actor } from "./grid-access";
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

type AnswerRow = { item_key: string; body: string; status: AnswerStatus; version: number; updated_at: Date; updated_by: string | null };

const storedFrom = (row: AnswerRow): StoredAnswer => ({
  itemKey: row.item_key,
  body: row.body,
  status: row.status,
  version: row.version,
  updatedAt: row.updated_at.toISOString(),
  updatedBy: row.updated_by ?? "",
});

async function storedAnswer(tx: Db, establishmentId: string, gridId: string, itemKey: string): Promise<StoredAnswer | null> {
  const [row] = await tx.$queryRaw<AnswerRow[]>`
    SELECT a.item_key, a.body, a.status, a.version, a.updated_at, u.name AS updated_by
    FROM grid_answers a LEFT JOIN users u ON u.id = a.updated_by_id
    WHERE a.establishment_id = ${establishmentId}::uuid AND a.grid_id = ${gridId}::uuid AND a.item_key = ${itemKey}`;
  return row ? storedFrom(row) : null;
}

type GridItemAnswerRow = { grid_status: GridStatus; key: string | null } & { [K in keyof AnswerRow]: AnswerRow[K] | null };

/** The grid's status, the item of its sheet (key null: not one of its questions) and the item's stored answer. */
const gridItemAnswer = (establishmentId: string, gridId: string, itemKey: string) => Prisma.sql`
  SELECT g.status AS grid_status, i.key, a.item_key, a.body, a.status, a.version, a.updated_at, u.name AS updated_by
  FROM grids g
  LEFT JOIN grid_items i ON i.sheet_id = g.sheet_id AND i.key = ${itemKey}
  LEFT JOIN grid_answers a ON a.establishment_id = g.establishment_id AND a.grid_id = g.id AND a.item_key = i.key
  LEFT JOIN users u ON u.id = a.updated_by_id
  WHERE g.establishment_id = ${establishmentId}::uuid AND g.id = ${gridId}::uuid`;

const ANSWERABLE = Object.values(GridStatus).filter((status) => answersEditable(status));
const QUESTION_NOT_IN_GRID = "Cette question n'appartient pas à la grille.";

/**
 * A save's refusals from what was read: no such grid, a grid closed to answers, no such question.
 * Otherwise the row and the item's stored answer (null: none yet).
 */
function answerable<Row extends GridItemAnswerRow>(row: Row | undefined): { row: Row; current: StoredAnswer | null } {
  if (!row) throw new NotFoundError(GRID_NOT_FOUND);
  assertEditable(row.grid_status);
  if (row.key === null) throw new NotFoundError(QUESTION_NOT_IN_GRID);
  return { row, current: row.item_key === null ? null : storedFrom(row as AnswerRow) };
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

/**
 * Saves an answer typed from `input.version`. The autosave's path, so one statement reads the
 * grid, its item and the stored answer, and writes the answer, its revision and its audit row
 * only when all of them allow it; what it read then says which refusal applies.
 */
export async function saveAnswer(tx: Db, actor: Actor, input: SaveAnswerInput): Promise<StoredAnswer> {
  const { establishmentId, gridId, itemKey } = input;
  const body = sanitizeAnswer(input.body);
  let status: AnswerStatus;
  try {
    status = statusFor(body, input.status);
  } catch (error) {
    // A missing grid or question, or a locked grid, is said before what is wrong with the text.
    answerable((await tx.$queryRaw<GridItemAnswerRow[]>(gridItemAnswer(establishmentId, gridId, itemKey)))[0]);
    throw error;
  }

  // The version in the write's WHERE clause: a concurrent save that committed first makes this
  // one match nothing (and a concurrent first save, conflict), whatever the read saw.
  const version = input.version + 1;
  const audit = auditValues({
    actorId: actor.userId,
    establishmentId,
    action: "grid.answer",
    entity: "grid",
    entityId: gridId,
    summary: { item: itemKey, version, status, characters: answerText(body).length },
  });
  const write =
    input.version > 0
      ? Prisma.sql`
        UPDATE grid_answers SET body = ${body}, status = ${status}::answer_status, version = ${version}, updated_by_id = ${actor.userId}::uuid, updated_at = now()
        WHERE establishment_id = ${establishmentId}::uuid AND grid_id = ${gridId}::uuid AND item_key = ${itemKey} AND version = ${input.version}
          AND EXISTS (SELECT 1 FROM allowed)
        RETURNING item_key, body, status, version, updated_at`
      : Prisma.sql`
        INSERT INTO grid_answers (establishment_id, grid_id, item_key, body, status, version, updated_by_id, updated_at)
        SELECT ${establishmentId}::uuid, ${gridId}::uuid, ${itemKey}, ${body}, ${status}::answer_status, 1, ${actor.userId}::uuid, now() FROM allowed
        ON CONFLICT DO NOTHING
        RETURNING item_key, body, status, version, updated_at`;
  // `allowed` is, in SQL, what answerable() and the two checks after it refuse: change them together.
  const rows = await tx.$queryRaw<(GridItemAnswerRow & { saved_version: number | null; saved_at: Date | null; saved_by: string | null })[]>`
    WITH stored AS (${gridItemAnswer(establishmentId, gridId, itemKey)}), allowed AS (
      SELECT 1 FROM stored
      WHERE stored.key IS NOT NULL AND stored.grid_status = ANY(${ANSWERABLE}::grid_status[])
        AND coalesce(stored.version, 0) = ${input.version}
        AND (stored.body IS DISTINCT FROM ${body} OR stored.status IS DISTINCT FROM ${status}::answer_status)
    ), saved AS (${write}), revision AS (
      INSERT INTO grid_answer_revisions (establishment_id, grid_id, item_key, version, body, status, author_id)
      SELECT ${establishmentId}::uuid, ${gridId}::uuid, item_key, version, body, status, ${actor.userId}::uuid FROM saved
    ), audit AS (
      INSERT INTO audit_events ${AUDIT_COLUMNS} SELECT ${audit} FROM saved
    )
    SELECT stored.*, saved.version AS saved_version, saved.updated_at AS saved_at,
      (SELECT name FROM users WHERE id = ${actor.userId}::uuid) AS saved_by
    FROM stored LEFT JOIN saved ON true`;
  const { row, current } = answerable(rows[0]);
  if (row.saved_version !== null && row.saved_at !== null) {
    return storedFrom({ item_key: itemKey, body, status, version: row.saved_version, updated_at: row.saved_at, updated_by: row.saved_by });
  }
  if (input.version !== (current?.version ?? 0)) throw new ConflictError(ANSWER_CONFLICT, current);
  // Saving what is stored already changes nothing (a retried request, a blur after a save).
  if (current && current.body === body && current.status === status) return current;
  // The read allowed it, the write matched nothing: a concurrent save committed first.
  throw new ConflictError(ANSWER_CONFLICT, await storedAnswer(tx, establishmentId, gridId, itemKey));
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
