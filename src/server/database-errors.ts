import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { DatabaseUnavailableError, isDatabaseUnavailableError, markDatabaseUnavailable, unavailablePath } from "./database-availability";

/** The page being rendered (path and query), or null in a server action, a route under /api or outside a request. */
async function pageBeingRendered(): Promise<string | null> {
  try {
    const h = await headers();
    if (h.has("next-action")) return null;
    const path = h.get("x-request-path");
    return path && !path.startsWith("/api/") ? path : null;
  } catch {
    return null;
  }
}

/**
 * Rethrows a database error, turning "PostgreSQL cannot be reached" into what the request can
 * answer: a page goes to /indisponible (proxy.ts answers it with the French 503 page, which
 * comes back to the page by itself), because Next cannot give a page any error status but 404,
 * 403, 401 or 500; a server action gets a DatabaseUnavailableError, which defineAction answers
 * with a 503 result. Any other error is rethrown as it is.
 */
export async function rethrowDatabaseError(error: unknown): Promise<never> {
  if (!isDatabaseUnavailableError(error)) throw error;
  markDatabaseUnavailable();
  const page = await pageBeingRendered();
  if (page !== null) redirect(unavailablePath(page));
  throw error instanceof DatabaseUnavailableError ? error : new DatabaseUnavailableError(error);
}
