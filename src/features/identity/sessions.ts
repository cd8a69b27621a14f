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

/** A signed-in user, as every request knows them (see findSessionScope). */
export type SessionUser = { sessionId: string; id: string; email: string; name: string; isAdmin: boolean };
