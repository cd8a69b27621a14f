// Finding a grid of the school, and what its status allows.
import { ConflictError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import type { GridStatus } from "@/generated/prisma/enums";

export type Actor = { userId: string };

export const gridStatusLabels: Record<GridStatus, string> = {
  DRAFT: "En cours de rédaction",
  SUBMITTED: "Soumise au chef d'établissement",
  VALIDATED: "Validée",
  RETURNED: "Renvoyée pour reprise",
};

/** Answers are written while the grid is drafted or returned; a submitted or validated grid is read. */
export function answersEditable(status: GridStatus): boolean {
  return status === "DRAFT" || status === "RETURNED";
}

/** Actions and key dates are followed all year, except while the principal reviews the grid. */
export function actEditable(status: GridStatus): boolean {
  return status !== "SUBMITTED";
}

export const GRID_NOT_FOUND = "Cette grille n'existe pas ou vous n'y avez pas accès.";

export async function findGrid(tx: Db, establishmentId: string, gridId: string) {
  const grid = await tx.grid.findUnique({
    where: { establishmentId_id: { establishmentId, id: gridId } },
    select: { id: true, establishmentId: true, status: true, sheetId: true, schemeId: true, updatedAt: true },
  });
  if (!grid) throw new NotFoundError(GRID_NOT_FOUND);
  return grid;
}

/** Refuses a change the grid's status does not allow, saying why. */
export function assertEditable(status: GridStatus, editable = answersEditable): void {
  if (!editable(status)) {
    throw new ConflictError(
      status === "SUBMITTED"
        ? "La grille est soumise au chef d'établissement : elle ne peut pas être modifiée avant sa validation ou son renvoi."
        : "La grille est validée : le chef d'établissement doit la rouvrir pour qu'elle soit modifiée.",
    );
  }
}

export async function findEditableGrid(tx: Db, establishmentId: string, gridId: string, editable = answersEditable) {
  const grid = await findGrid(tx, establishmentId, gridId);
  assertEditable(grid.status, editable);
  return grid;
}
