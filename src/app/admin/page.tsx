import type { Metadata } from "next";
import Link from "next/link";
import { adminDataScope } from "@/features/access/scope";
import { AdminHeader } from "@/features/administration/components/admin-nav";
import { getPlatformCounts } from "@/features/administration/queries";
import { requirePlatform } from "@/server/guards";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminPage() {
  const scope = await requirePlatform("platform.admin");
  const counts = await withScope(adminDataScope(scope), getPlatformCounts);
  const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
  const sections = [
    {
      href: "/admin/academies",
      title: "Académies",
      figure: plural(counts.academies, "académie", "académies"),
      text: "Codes et noms des académies, et leurs inspecteurs.",
    },
    {
      href: "/admin/etablissements",
      title: "Établissements",
      figure: plural(counts.establishments, "établissement", "établissements"),
      text: "Création par UAI, nom, commune, type et académie.",
    },
    {
      href: "/admin/utilisateurs",
      title: "Comptes",
      figure: `${plural(counts.users, "compte", "comptes")}, dont ${plural(counts.admins, "administrateur", "administrateurs")} et ${plural(counts.disabled, "désactivé", "désactivés")}`,
      text: "Création, mots de passe, désactivation, équipes et inspections.",
    },
    {
      href: "/admin/journal",
      title: "Journal",
      figure: plural(counts.events, "modification enregistrée", "modifications enregistrées"),
      text: "Toutes les modifications de la plateforme, les plus récentes d'abord.",
    },
  ];
  return (
    <>
      <AdminHeader current="/admin" title="Administration" intro="Gérez les académies, les établissements et les comptes de la plateforme." />
      <ul className="grid gap-4 sm:grid-cols-2">
        {sections.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600 hover:shadow"
            >
              <span className="block text-lg font-semibold text-brand-700">{section.title}</span>
              <span className="mt-1 block font-medium">{section.figure}</span>
              <span className="mt-1 block text-sm text-slate-700">{section.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
