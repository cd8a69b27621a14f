import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminDataScope } from "@/features/access/scope";
import { AdminHeader } from "@/features/administration/components/admin-nav";
import { AccountStatusForm, EditUserForm, SetPasswordForm } from "@/features/administration/components/user-forms";
import { InspectorAssignmentsPanel, MembershipsPanel } from "@/features/administration/components/user-rights";
import { getUserDetail, listAcademyOptions, listEstablishmentOptions } from "@/features/administration/queries";
import { requirePlatform } from "@/server/guards";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Compte · Administration" };

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const scope = await requirePlatform("platform.admin");
  const id = (await params).id;
  const { user, establishments, academies } = await withScope(adminDataScope(scope), async (tx) => {
    const found = await getUserDetail(tx, id);
    if (!found) return { user: null, establishments: [], academies: [] };
    return { user: found, establishments: await listEstablishmentOptions(tx), academies: await listAcademyOptions(tx) };
  });
  if (!user) notFound();
  const isSelf = user.id === scope.user.id;
  const account = {
    id: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    disabled: user.disabledAt !== null,
    version: user.updatedAt.toISOString(),
  };
  return (
    <>
      <AdminHeader current="/admin/utilisateurs" nested title={user.name} />
      <p className="-mt-2 mb-6 text-sm text-slate-700">
        {user.email} · compte créé le {dateFormat.format(user.createdAt)}
        {account.disabled && <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-red-900">désactivé</span>}
        {isSelf && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5">votre compte</span>}
      </p>
      <div className="space-y-10">
        <section aria-labelledby="identite">
          <h2 id="identite" className="mb-3 text-lg font-semibold">Identité et droits</h2>
          <EditUserForm account={account} isSelf={isSelf} />
        </section>
        <section aria-labelledby="equipes">
          <h2 id="equipes" className="mb-3 text-lg font-semibold">Établissements</h2>
          <MembershipsPanel userId={user.id} memberships={user.memberships} establishments={establishments} />
        </section>
        <section aria-labelledby="inspection">
          <h2 id="inspection" className="mb-3 text-lg font-semibold">Inspection</h2>
          <InspectorAssignmentsPanel userId={user.id} assigned={user.inspectorAssignments.map((a) => a.academy)} academies={academies} />
        </section>
        <section aria-labelledby="mot-de-passe">
          <h2 id="mot-de-passe" className="mb-3 text-lg font-semibold">Mot de passe</h2>
          <SetPasswordForm userId={user.id} hasPassword={user.hasPassword} />
        </section>
        <section aria-labelledby="etat">
          <h2 id="etat" className="mb-3 text-lg font-semibold">État du compte</h2>
          <AccountStatusForm account={account} isSelf={isSelf} openSessions={user.openSessions} />
        </section>
      </div>
    </>
  );
}
