import type { Metadata } from "next";
import { adminDataScope } from "@/features/access/scope";
import { AdminHeader } from "@/features/administration/components/admin-nav";
import { CreateFrameworkForm } from "@/features/frameworks/components/framework-form";
import { FrameworkList } from "@/features/frameworks/components/framework-list";
import { pickInForce } from "@/features/frameworks/in-force";
import { listFrameworks } from "@/features/frameworks/queries";
import { schoolYearLabel, schoolYearOf } from "@/lib/school-year";
import { requirePlatform } from "@/server/guards";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Référentiels · Administration" };

export default async function AdminFrameworksPage() {
  const scope = await requirePlatform("platform.admin");
  const frameworks = await withScope(adminDataScope(scope), listFrameworks);
  const currentYear = schoolYearOf(new Date());
  const inForceIds = new Set(pickInForce(frameworks, currentYear).map((f) => f.id));
  return (
    <>
      <AdminHeader
        current="/admin/referentiels"
        title="Référentiels"
        intro={`Les textes réglementaires des dispositifs et leurs volumes horaires, par version. «\u00a0en vigueur\u00a0» : la version qui s'applique en ${schoolYearLabel(currentYear)}.`}
      />
      <div className="space-y-8">
        <FrameworkList frameworks={frameworks} currentYear={currentYear} inForceIds={inForceIds} />
        <CreateFrameworkForm />
      </div>
    </>
  );
}
