import type { Metadata } from "next";
import { adminDataScope } from "@/features/access/scope";
import { AdminHeader } from "@/features/administration/components/admin-nav";
import { AuditTable } from "@/features/audit/components/audit-table";
import { listAuditEvents } from "@/features/audit/queries";
import { requirePlatform } from "@/server/guards";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Journal · Administration" };

export default async function AdminJournalPage() {
  const scope = await requirePlatform("platform.admin");
  const events = await withScope(adminDataScope(scope), (tx) => listAuditEvents(tx, { take: 200 }));
  return (
    <>
      <AdminHeader
        current="/admin/journal"
        title="Journal de la plateforme"
        intro="Les 200 dernières modifications, tous établissements confondus, les plus récentes d'abord."
      />
      <AuditTable events={events} />
    </>
  );
}
