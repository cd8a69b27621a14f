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
  const session = await db.userSession.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: new Date() }, user: { disabledAt: null } },
    select: { id: true, user: { select: { id: true, email: true, name: true, isAdmin: true } } },
  });
  return session ? { sessionId: session.id, ...session.user } : null;
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof findSessionUser>>>;
