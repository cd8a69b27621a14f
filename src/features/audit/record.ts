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

/**
 * Writes the audit row of a change, in the transaction of the change itself.
 * A plain INSERT without RETURNING: the writer may not be allowed to read the
 * row back (row-level security), and has no need to.
 */
export async function recordAudit(tx: Db, entry: AuditEntry): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO audit_events (establishment_id, actor_id, action, entity, entity_id, summary)
    VALUES (${entry.establishmentId ?? null}::uuid, ${entry.actorId}::uuid, ${entry.action}, ${entry.entity},
            ${entry.entityId}, ${JSON.stringify(entry.summary ?? {})}::jsonb)`;
}
