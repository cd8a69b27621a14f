import type { Metadata } from "next";
import { AuditTable } from "@/features/audit/components/audit-table";
import { listAuditEvents } from "@/features/audit/queries";
import { requireSchool } from "@/server/guards";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Journal" };

export default async function AuditPage({ params }: { params: Promise<{ uai: string }> }) {
  const { establishment, data } = await requireSchool((await params).uai, "audit.read");
  const events = await withScope(data, (tx) => listAuditEvents(tx, { establishmentId: establishment.id }));
  return (
    <section aria-labelledby="journal">
      <h2 id="journal" className="mb-4 text-lg font-semibold">Journal des modifications</h2>
      <AuditTable events={events} />
    </section>
  );
}
