// The grid's workflow: the coordinator submits it; the principal validates it,
// or returns it with a comment, and may reopen a validated grid; an inspector
// comments (coaching) without editing. Each step is a dated event, audited.
import { recordAudit } from "@/features/audit/record";
import { STALE_EDIT, isCurrentVersion } from "@/lib/versions";
import { ConflictError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import type { GridEventKind, GridStatus } from "@/generated/prisma/enums";
import { findGrid, gridStatusLabels, type Actor } from "./grid-access";
import type { CoachGridInput, GridStepInput } from "./schemas";

type Step = { kind: GridEventKind; from: GridStatus[]; to: GridStatus; refusal: string };

export const gridSteps = {
  submit: { kind: "SUBMISSION", from: ["DRAFT", "RETURNED"], to: "SUBMITTED", refusal: "Seule une grille en cours de rédaction ou renvoyée peut être soumise." },
  validate: { kind: "VALIDATION", from: ["SUBMITTED"], to: "VALIDATED", refusal: "Seule une grille soumise peut être validée." },
  return: { kind: "RETURN", from: ["SUBMITTED"], to: "RETURNED", refusal: "Seule une grille soumise peut être renvoyée." },
  reopen: { kind: "REOPENING", from: ["VALIDATED"], to: "DRAFT", refusal: "Seule une grille validée peut être rouverte." },
} as const satisfies Record<string, Step>;

export type GridStepName = keyof typeof gridSteps;

/** A dated step or comment of the grid, with its author's name at the time. */
export async function recordGridEvent(tx: Db, actor: Actor, event: { establishmentId: string; gridId: string; kind: GridEventKind; comment: string }) {
  const authorName = (await tx.user.findUnique({ where: { id: actor.userId }, select: { name: true } }))?.name ?? "";
  await tx.gridEvent.create({ data: { ...event, authorId: actor.userId, authorName } });
}

export async function moveGrid(tx: Db, actor: Actor, name: GridStepName, input: GridStepInput) {
  const step: Step = gridSteps[name];
  const grid = await findGrid(tx, input.establishmentId, input.gridId);
  if (!isCurrentVersion(grid.updatedAt, input.version)) throw new ConflictError(STALE_EDIT);
  if (!step.from.includes(grid.status)) throw new ConflictError(`${step.refusal} Elle est : ${gridStatusLabels[grid.status].toLowerCase()}.`);
  // The status and the version in the WHERE clause: a concurrent step makes this one match nothing.
  const { count } = await tx.grid.updateMany({
    where: { establishmentId: input.establishmentId, id: input.gridId, status: grid.status, updatedAt: grid.updatedAt },
    data: { status: step.to },
  });
  if (count === 0) throw new ConflictError(STALE_EDIT);
  await recordGridEvent(tx, actor, { establishmentId: input.establishmentId, gridId: input.gridId, kind: step.kind, comment: input.comment });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: `grid.${name}`,
    entity: "grid",
    entityId: input.gridId,
    summary: { from: grid.status, to: step.to, ...(input.comment ? { comment: input.comment.slice(0, 200) } : {}) },
  });
  return { status: step.to };
}

/** An inspector's (or the principal's) comment on the grid: it changes nothing else. */
export async function coachGrid(tx: Db, actor: Actor, input: CoachGridInput) {
  await findGrid(tx, input.establishmentId, input.gridId);
  await recordGridEvent(tx, actor, { establishmentId: input.establishmentId, gridId: input.gridId, kind: "COACHING", comment: input.comment });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "grid.coach",
    entity: "grid",
    entityId: input.gridId,
    summary: { comment: input.comment.slice(0, 200) },
  });
  return { commented: true };
}
