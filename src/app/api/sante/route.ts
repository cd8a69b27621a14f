import { isDatabaseUnavailableError, markDatabaseUnavailable } from "@/server/database-availability";
import { db } from "@/server/db";
import { unavailableResponse } from "@/server/unavailable-response";

// Health check: the server answers and reaches its database with one query.
// It reads nothing of any school (no session needed); the benchmark uses it as
// the floor of the framework (one request, one query).
export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
  } catch (error) {
    if (!isDatabaseUnavailableError(error)) throw error;
    markDatabaseUnavailable();
    return unavailableResponse("/api/sante");
  }
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
