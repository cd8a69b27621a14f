import "server-only";
import type { Db } from "@/server/prisma-client";

export async function listAcademiesWithEstablishments(options: { db: Db; academyId?: string }) {
  return options.db.academy.findMany({
    where: options.academyId ? { id: options.academyId } : undefined,
    orderBy: { name: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      establishments: {
        orderBy: [{ city: "asc" }, { name: "asc" }],
        select: { id: true, uai: true, name: true, city: true, kind: true },
      },
    },
  });
}
