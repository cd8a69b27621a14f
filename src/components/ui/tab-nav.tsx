import Link from "next/link";

export type Tab = {
  href: string;
  label: string;
  /** aria-current of the active tab: "page" on the tab's own page, "location" on a page inside it. */
  current?: "page" | "location";
  /** A short mark before the label (the letter of a PDCA phase). */
  badge?: string | null;
};

/** A row of underlined tabs, the site's navigation within a school or the administration. */
export function TabNav({ label, tabs, className = "" }: { label: string; tabs: Tab[]; className?: string }) {
  return (
    <nav aria-label={label} className={`border-b border-slate-200 ${className}`}>
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.current}
              className={`inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium ${
                tab.current
                  ? "border-brand-600 text-brand-700"
                  : "border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900"
              }`}
            >
              {tab.badge && (
                <span aria-hidden="true" className="rounded bg-slate-200 px-1.5 text-xs font-bold text-slate-800">
                  {tab.badge}
                </span>
              )}
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
