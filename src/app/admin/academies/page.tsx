import type { Metadata } from "next";
import { adminDataScope } from "@/features/access/scope";
import { AcademiesPanel } from "@/features/administration/components/academies-panel";
import { AdminHeader } from "@/features/administration/components/admin-nav";
import { listAcademies } from "@/features/administration/queries";
import { requirePlatform } from "@/server/guards";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Académies · Administration" };

export default async function AdminAcademiesPage() {
  const scope = await requirePlatform("platform.admin");
  const academies = await withScope(adminDataScope(scope), listAcademies);
  return (
    <>
      <AdminHeader current="/admin/academies" title="Académies" />
      <AcademiesPanel academies={academies} />
    </>
  );
}
