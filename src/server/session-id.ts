import "server-only";
import { cookies } from "next/headers";
import { auth } from "./auth";

// Auth.js's auth() decrypts the session cookie (a JWE) and encrypts a renewed
// one at every call: about a millisecond of cryptography per request, the
// largest single cost of a grid save after the database. The session that
// counts is the database's (app_session_scope checks that it is open, unexpired
// and its account enabled, at every request), and the cookie only carries its
// id: the id read from a given cookie value is kept for a few minutes. Signing
// out or revoking a session ends it at once all the same.

const KEEP_MS = 5 * 60_000;
const MAX_KEPT = 5_000;
const kept = new Map<string, { sessionId: string | null; until: number }>();

/** The id of the database session named by this request's session cookie, or null. */
export async function currentSessionId(): Promise<string | null> {
  const token = (await cookies())
    .getAll()
    .filter((c) => c.name.includes("authjs.session-token"))
    .map((c) => `${c.name}=${c.value}`)
    .join("; ");
  if (!token) return null;
  const now = Date.now();
  const known = kept.get(token);
  if (known && known.until > now) return known.sessionId;
  const session = await auth();
  const sessionId = typeof session?.sessionId === "string" ? session.sessionId : null;
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(token, { sessionId, until: now + KEEP_MS });
  return sessionId;
}
