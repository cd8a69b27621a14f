import { Prisma } from "@/generated/prisma/client";
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
  await tx.$executeRaw`INSERT INTO audit_events ${AUDIT_COLUMNS} VALUES (${auditValues(entry)})`;
}

/**
 * The same row as part of the change's own statement, for a path that writes
 * often (an answer's autosave): `INSERT INTO audit_events ${AUDIT_COLUMNS}
 * SELECT ${auditValues(entry)} FROM saved` in a data-modifying WITH, so that
 * the row is written exactly when the change is.
 */
export const AUDIT_COLUMNS = Prisma.sql`(establishment_id, actor_id, action, entity, entity_id, summary)`;

export function auditValues(entry: AuditEntry): Prisma.Sql {
  return Prisma.sql`${entry.establishmentId ?? null}::uuid, ${entry.actorId}::uuid, ${entry.action}, ${entry.entity},
    ${entry.entityId}, ${JSON.stringify(entry.summary ?? {})}::jsonb`;
}
