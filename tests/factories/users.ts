import type { RequestScope } from "@/features/access/scope";
import { findSessionScope } from "@/features/access/scope";
import { openSession } from "@/features/identity/sessions";
import type { MembershipRole } from "@/generated/prisma/enums";
import type { Db } from "@/server/prisma-client";
import type { PrismaClient } from "@/generated/prisma/client";
import { nextSequence } from "./sequence";

export type UserData = { email: string; name: string; isAdmin?: boolean; passwordHash?: string | null };

export function buildUser(overrides: Partial<UserData> = {}): UserData {
  const n = nextSequence();
  return { email: `personne.${n}@ac-test.example`, name: `Personne ${n}`, ...overrides };
}

export async function insertUser(
  db: Db,
  overrides: Partial<UserData> & {
    memberships?: { establishmentId: string; role: MembershipRole }[];
    inspects?: string[];
    disabled?: boolean;
  } = {},
) {
  const { memberships = [], inspects = [], disabled, ...data } = overrides;
  return db.user.create({
    data: {
      ...buildUser(data),
      disabledAt: disabled ? new Date() : null,
      memberships: { create: memberships },
      inspectorAssignments: { create: inspects.map((academyId) => ({ academyId })) },
    },
  });
}

/** The scope the server would resolve for this user's request, built the same way. */
export async function scopeOf(client: PrismaClient, userId: string): Promise<RequestScope> {
  const session = await openSession(client, { userId, method: "password" });
  const scope = await findSessionScope(client, session.id);
  if (!scope) throw new Error(`no scope for user ${userId}: disabled?`);
  return scope;
}
