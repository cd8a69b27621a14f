import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminDataScope } from "@/features/access/scope";
import { AdminHeader } from "@/features/administration/components/admin-nav";
import { SheetVersionForm } from "@/features/pdca/components/sheet-version-form";
import { pdcaPhases } from "@/features/pdca/phases";
import { itemsToText } from "@/features/pdca/sheet-text";
import { loadSheet } from "@/features/pdca/sheets";
import { requirePlatform } from "@/server/guards";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Fiche de questions · Administration" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function AdminSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await requirePlatform("platform.admin");
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const { sheet, latest } = await withScope(adminDataScope(scope), async (tx) => {
    const found = await loadSheet(tx, id);
    const last = found ? await tx.gridSheet.findFirst({ where: { key: found.key }, orderBy: { version: "desc" }, select: { version: true } }) : null;
    return { sheet: found, latest: last?.version ?? 0 };
  });
  if (!sheet) notFound();
  return (
    <>
      <AdminHeader current="/admin/grilles" title={`${sheet.title} — version ${sheet.version}`} intro={`Fiche « ${sheet.key} » du référentiel ${sheet.frameworkCode}. Origine : ${sheet.source}`} />
      {sheet.version === latest ? (
        <SheetVersionForm
          sheetId={sheet.id}
          nextVersion={sheet.version + 1}
          title={sheet.title}
          context={sheet.context}
          sections={sheet.sections.map((section) => ({
            key: section.key,
            phase: pdcaPhases.find((p) => p.key === section.phase)!.title,
            title: section.title,
            items: itemsToText(section.items),
          }))}
        />
      ) : (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          Ce n&apos;est pas la dernière version de la fiche (la dernière est la version {latest}) : une nouvelle version part toujours de la dernière.
        </p>
      )}
    </>
  );
}
