import Link from "next/link";
import { signOutNow } from "@/features/identity/actions";
import { roleLabels } from "@/features/access/policy";
import { currentScope } from "@/server/guards";

export async function SiteHeader() {
  const scope = await currentScope();
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <div className="flex flex-wrap items-baseline gap-x-3">
          <Link href="/" className="text-xl font-bold tracking-tight text-brand-700 hover:text-brand-900">
            Boussole
          </Link>
          <span className="text-sm text-slate-600">Pilotage des dispositifs d&apos;accompagnement</span>
        </div>
        {scope && (
          <nav aria-label="Compte" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            {scope.memberships.length > 1 && (
              <details className="relative">
                <summary className="cursor-pointer rounded px-2 py-1 font-medium text-slate-800 hover:bg-slate-100">
                  Changer d&apos;établissement
                </summary>
                <ul className="absolute right-0 z-20 mt-1 w-72 rounded border border-slate-200 bg-white p-1 shadow-lg">
                  {scope.memberships.map((m) => (
                    <li key={m.establishmentId}>
                      <Link href={`/etablissements/${m.uai}`} className="block rounded px-3 py-2 hover:bg-slate-100">
                        <span className="block font-medium">{m.name}</span>
                        <span className="block text-xs text-slate-600">{roleLabels[m.role]}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {scope.user.isAdmin && (
              <Link href="/admin" className="font-medium text-slate-800 hover:underline">
                Administration
              </Link>
            )}
            <Link href="/profil" className="font-medium text-slate-800 hover:underline">
              {scope.user.name}
            </Link>
            <form action={signOutNow}>
              <button type="submit" className="rounded border border-slate-300 px-3 py-1 font-medium hover:bg-slate-100">
                Se déconnecter
              </button>
            </form>
          </nav>
        )}
      </div>
    </header>
  );
}
