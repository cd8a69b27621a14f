import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/prisma-client";

export type AuditEntry = {
  actorId: string | null;
  establishmentId?: string | null;
  action: string;
  entity: string;
  entityId: string;
  /** A short before/after summary; never secrets such as password hashes. */
  summary?: Prisma.InputJsonValue;
};

/** Writes the audit row of a change, in the transaction of the change itself. */
export async function recordAudit(tx: Db, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      establishmentId: entry.establishmentId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      summary: entry.summary ?? {},
    },
  });
}
