import { db } from "@/server/db";

// Health check: the server answers and reaches its database with one query.
// It reads nothing of any school (no session needed); the benchmark uses it as
// the floor of the framework (one request, one query).
export const dynamic = "force-dynamic";

export async function GET() {
  await db().$queryRaw`SELECT 1`;
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
