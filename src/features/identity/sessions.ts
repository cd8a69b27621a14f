import type { Db } from "@/server/prisma-client";

export const SESSION_HOURS = 10;

export async function openSession(db: Db, options: { userId: string; method: string }) {
  return db.userSession.create({
    data: {
      userId: options.userId,
      method: options.method,
      expiresAt: new Date(Date.now() + SESSION_HOURS * 3_600_000),
    },
    select: { id: true },
  });
}

export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** The user behind a session that is open, unexpired, and whose account is enabled; else null. */
export async function findSessionUser(db: Db, sessionId: string) {
  // One read (every request makes it): the session, live, and its user, enabled.
  const [row] = await db.$queryRaw<{ session_id: string; id: string; email: string; name: string; is_admin: boolean }[]>`
    SELECT s.id AS session_id, u.id, u.email, u.name, u.is_admin
    FROM user_sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = ${sessionId}::uuid AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`;
  return row ? { sessionId: row.session_id, id: row.id, email: row.email, name: row.name, isAdmin: row.is_admin } : null;
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof findSessionUser>>>;
