import type { Metadata } from "next";
import Link from "next/link";
import { adminDataScope } from "@/features/access/scope";
import { AdminHeader } from "@/features/administration/components/admin-nav";
import { CreateUserForm } from "@/features/administration/components/user-forms";
import { USER_LIST_LIMIT, listUsers, searchTerm, type UserRow } from "@/features/administration/queries";
import { requirePlatform } from "@/server/guards";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Comptes · Administration" };

function UserBadges({ user }: { user: UserRow }) {
  return (
    <>
      {user.isAdmin && <span className="rounded bg-brand-700 px-1.5 py-0.5 text-xs font-semibold text-white">Administrateur</span>}
      {user.academies > 0 && (
        <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs">
          Inspecteur ({user.academies} académie{user.academies > 1 ? "s" : ""})
        </span>
      )}
    </>
  );
}

function DisabledBadge() {
  return <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-900">Désactivé</span>;
}

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const scope = await requirePlatform("platform.admin");
  const search = searchTerm((await searchParams).q);
  const users = await withScope(adminDataScope(scope), (tx) => listUsers(tx, { search }));
  return (
    <>
      <AdminHeader current="/admin/utilisateurs" title="Comptes" />
      <div className="space-y-6">
          <form method="get" action="/admin/utilisateurs" role="search" className="flex flex-wrap items-end gap-2">
            <div className="min-w-60 flex-1 sm:max-w-md">
              <label htmlFor="user-search" className="block text-sm font-medium">Rechercher par nom ou adresse</label>
              <input
                id="user-search"
                name="q"
                type="search"
                defaultValue={search}
                maxLength={100}
                className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2"
              />
            </div>
            <button type="submit" className="rounded border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-100">
              Rechercher
            </button>
            {search && (
              <Link href="/admin/utilisateurs" className="px-2 py-2 text-sm font-medium text-brand-700 underline">
                Tout afficher
              </Link>
            )}
          </form>
        <p role="status" className="text-sm text-slate-700">
          {users.length === 0
            ? search
              ? `Aucun compte ne correspond à « ${search} ».`
              : "Aucun compte."
            : `${users.length}${users.length === USER_LIST_LIMIT ? " premiers" : ""} compte${users.length > 1 ? "s" : ""}${search ? ` correspondant à « ${search} »` : ""}.`}
        </p>
        {users.length > 0 && (
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <caption className="sr-only">Comptes de la plateforme</caption>
              <thead>
                <tr className="text-sm text-slate-600">
                  <th scope="col" className="py-2 pr-4 font-medium">Personne</th>
                  <th scope="col" className="hidden py-2 pr-4 font-medium sm:table-cell">Droits</th>
                  <th scope="col" className="hidden py-2 pr-4 font-medium sm:table-cell">État</th>
                  <th scope="col" className="py-2 text-right font-medium">
                    Établissements
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.map((user) => (
                  <tr key={user.id} className="border-t border-slate-200 align-top">
                    <td className="py-2 pr-4">
                      <Link href={`/admin/utilisateurs/${user.id}`} className="font-medium text-brand-700 hover:underline">
                        {user.name}
                      </Link>
                      <span className="block text-sm break-all text-slate-600">{user.email}</span>
                      {/* On a narrow screen, rights and state follow the name instead of having their own columns. */}
                      <span className="mt-1 flex flex-wrap gap-1 sm:hidden">
                        <UserBadges user={user} />
                        {user.disabled && <DisabledBadge />}
                      </span>
                    </td>
                    <td className="hidden py-2 pr-4 text-sm sm:table-cell">
                      <span className="flex flex-wrap gap-1">
                        <UserBadges user={user} />
                      </span>
                    </td>
                    <td className="hidden py-2 pr-4 text-sm sm:table-cell">{user.disabled ? <DisabledBadge /> : "Actif"}</td>
                    <td className="py-2 text-right tabular-nums">{user.schools}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <CreateUserForm />
      </div>
    </>
  );
}
