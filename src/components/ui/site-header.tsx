import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3 sm:px-6">
        <Link href="/" className="text-xl font-bold tracking-tight text-brand-700 hover:text-brand-900">
          Boussole
        </Link>
        <span className="text-sm text-slate-600">Pilotage des dispositifs d&apos;accompagnement</span>
      </div>
    </header>
  );
}
