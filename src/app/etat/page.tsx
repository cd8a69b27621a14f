import type { Metadata } from "next";
import { db } from "@/server/db";

// The service's state, for whoever runs it (no session needed, nothing of any
// school): the page renders and the database answers one query. The benchmark
// measures it as the floor of the framework (a page, one query).
export const metadata: Metadata = { title: "État du service" };
export const dynamic = "force-dynamic";

/** The database's answer time to one query, in ms. */
async function databaseAnswerMs(): Promise<number> {
  const started = performance.now();
  await db().$queryRaw`SELECT 1`;
  return performance.now() - started;
}

export default async function ServiceStatePage() {
  const elapsed = await databaseAnswerMs();
  return (
    <section aria-labelledby="etat" className="max-w-prose space-y-3">
      <h1 id="etat" className="text-2xl font-semibold">État du service</h1>
      <p>L&apos;application répond.</p>
      <p>
        Base de données : joignable (réponse en <span className="tabular-nums">{elapsed.toLocaleString("fr-FR", { maximumFractionDigits: 1 })}</span> ms).
      </p>
    </section>
  );
}
