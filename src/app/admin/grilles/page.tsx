import type { Metadata } from "next";
import Link from "next/link";
import { adminDataScope } from "@/features/access/scope";
import { AdminHeader } from "@/features/administration/components/admin-nav";
import { listSheetVersions } from "@/features/pdca/sheet-queries";
import { requirePlatform } from "@/server/guards";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Grilles PDCA · Administration" };

export default async function AdminSheetsPage() {
  const scope = await requirePlatform("platform.admin");
  const sheets = await withScope(adminDataScope(scope), listSheetVersions);
  return (
    <>
      <AdminHeader
        current="/admin/grilles"
        title="Grilles PDCA"
        intro="La banque de questions : une fiche par grille des documents d'origine, par version. Une grille commencée garde sa version ; les nouvelles prennent la dernière."
      />
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Fiches de la banque de questions et leurs versions</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">Fiche</th>
            <th scope="col" className="py-2 pr-3">Version</th>
            <th scope="col" className="py-2 pr-3">Éléments</th>
            <th scope="col" className="py-2 pr-3">Grilles</th>
            <th scope="col" className="py-2">Origine</th>
          </tr>
        </thead>
        <tbody>
          {sheets.map((sheet) => (
            <tr key={sheet.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3">
                <Link href={`/admin/grilles/${sheet.id}`} className="font-medium text-brand-700 underline">{sheet.title}</Link>
                <span className="block text-xs text-slate-600">{sheet.key} · {sheet.frameworkCode}</span>
              </td>
              <td className="py-2 pr-3">{sheet.version}{sheet.latest ? " (dernière)" : ""}</td>
              <td className="py-2 pr-3">{sheet.questions} questions, {sheet.indicators} indicateurs, {sheet.guidance} repères</td>
              <td className="py-2 pr-3">{sheet.grids}</td>
              <td className="py-2">{sheet.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
