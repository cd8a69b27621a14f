import { TabNav } from "@/components/ui/tab-nav";

export const adminSections = [
  { href: "/admin", label: "Vue d'ensemble" },
  { href: "/admin/academies", label: "Académies" },
  { href: "/admin/etablissements", label: "Établissements" },
  { href: "/admin/utilisateurs", label: "Comptes" },
  { href: "/admin/referentiels", label: "Référentiels" },
  { href: "/admin/grilles", label: "Grilles PDCA" },
  { href: "/admin/journal", label: "Journal" },
] as const;

export type AdminSection = (typeof adminSections)[number]["href"];

/** The administration's title and navigation, shown at the top of each of its pages. */
export function AdminHeader({
  current,
  title,
  intro,
  nested = false,
}: {
  current: AdminSection;
  title: string;
  intro?: string;
  /** A page inside the section (one account, one school): its link is the current section, not the current page. */
  nested?: boolean;
}) {
  return (
    <div className="mb-6">
      <p className="text-sm text-slate-600">Administration de la plateforme</p>
      <h1 className="text-2xl font-semibold sm:text-3xl">{title}</h1>
      {intro && <p className="mt-1 max-w-prose text-slate-700">{intro}</p>}
      <TabNav
        label="Rubriques de l'administration"
        className="mt-4"
        tabs={adminSections.map((section) => ({
          href: section.href,
          label: section.label,
          current: section.href === current ? (nested ? "location" : "page") : undefined,
        }))}
      />
    </div>
  );
}
