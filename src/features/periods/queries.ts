import "server-only";
import type { Db } from "@/server/prisma-client";

export async function listPeriods(tx: Db, options: { establishmentId: string; schoolYear: number }) {
  return tx.period.findMany({
    where: { establishmentId: options.establishmentId, schoolYear: options.schoolYear },
    orderBy: { startsOn: "asc" },
    select: { id: true, kind: true, name: true, startsOn: true, endsOn: true, updatedAt: true },
  });
}

export type PeriodRow = Awaited<ReturnType<typeof listPeriods>>[number];
