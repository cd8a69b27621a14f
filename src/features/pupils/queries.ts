import "server-only";
import type { Db } from "@/server/prisma-client";

const byName = new Intl.Collator("fr", { sensitivity: "base" });

/** The pupils of a school year, of one class or all, by last then first name. Staff only (row-level security). */
export async function listPupils(tx: Db, where: { establishmentId: string; schoolYear: number; divisionId?: string }) {
  const rows = await tx.pupil.findMany({
    where: { establishmentId: where.establishmentId, schoolYear: where.schoolYear, ...(where.divisionId ? { divisionId: where.divisionId } : {}) },
    select: { id: true, lastName: true, firstName: true, localId: true, divisionId: true, updatedAt: true },
  });
  return rows.sort((a, b) => byName.compare(a.lastName, b.lastName) || byName.compare(a.firstName, b.firstName));
}

export type PupilItem = Awaited<ReturnType<typeof listPupils>>[number];

/** How many pupils each class of the year has. */
export async function countPupilsByDivision(tx: Db, where: { establishmentId: string; schoolYear: number }) {
  const groups = await tx.pupil.groupBy({ by: ["divisionId"], where, _count: { _all: true } });
  return new Map(groups.map((g) => [g.divisionId, g._count._all]));
}
