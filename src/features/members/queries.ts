import "server-only";
import type { Db } from "@/server/prisma-client";

/** The school's team, in the school's data scope. */
export async function listMembers(tx: Db, establishmentId: string) {
  const rows = await tx.membership.findMany({
    where: { establishmentId },
    select: { role: true, user: { select: { id: true, name: true, email: true, disabledAt: true } } },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
  });
  return rows.map((row) => ({ ...row.user, role: row.role, disabled: row.user.disabledAt !== null }));
}

export type Member = Awaited<ReturnType<typeof listMembers>>[number];
