import "server-only";
import { diplomas, yearsOfStudy } from "@/features/frameworks/diplomas";
import type { Db } from "@/server/prisma-client";

const byName = new Intl.Collator("fr", { numeric: true, sensitivity: "base" });

/** The classes of a school year, by diploma, year of study (in the order pupils go through them) and name. */
export async function listDivisions(tx: Db, where: { establishmentId: string; schoolYear: number }) {
  const rows = await tx.division.findMany({
    where: { establishmentId: where.establishmentId, schoolYear: where.schoolYear },
    select: { id: true, name: true, diploma: true, yearOfStudy: true, trade: true, headcount: true, updatedAt: true },
  });
  return rows.sort(
    (a, b) =>
      diplomas.indexOf(a.diploma) - diplomas.indexOf(b.diploma) ||
      yearsOfStudy[a.diploma].indexOf(a.yearOfStudy) - yearsOfStudy[b.diploma].indexOf(b.yearOfStudy) ||
      byName.compare(a.name, b.name),
  );
}

export type DivisionItem = Awaited<ReturnType<typeof listDivisions>>[number];
