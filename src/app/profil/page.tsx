import type { Metadata } from "next";
import { roleLabels } from "@/features/access/policy";
import { ChangePasswordForm } from "@/features/identity/components/change-password-form";
import { db } from "@/server/db";
import { requireScope } from "@/server/guards";

export const metadata: Metadata = { title: "Mon profil" };

export default async function ProfilePage() {
  const scope = await requireScope();
  const account = await db().user.findUniqueOrThrow({ where: { id: scope.user.id }, select: { passwordHash: true } });
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold sm:text-3xl">Mon profil</h1>
        <dl className="mt-3 grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">Nom</dt>
          <dd>{scope.user.name}</dd>
          <dt className="font-medium">Adresse</dt>
          <dd>{scope.user.email}</dd>
          <dt className="font-medium">Rôles</dt>
          <dd>
            <ul>
              {scope.memberships.map((m) => (
                <li key={m.establishmentId}>{roleLabels[m.role]} — {m.name}</li>
              ))}
              {scope.inspectedAcademies.map((a) => (
                <li key={a.id}>Inspecteur — académie de {a.name}</li>
              ))}
              {scope.user.isAdmin && <li>Administrateur de la plateforme</li>}
            </ul>
          </dd>
        </dl>
      </div>
      <section aria-labelledby="mot-de-passe">
        <h2 id="mot-de-passe" className="mb-3 text-lg font-semibold">
          {account.passwordHash ? "Changer de mot de passe" : "Choisir un mot de passe"}
        </h2>
        <ChangePasswordForm hasPassword={account.passwordHash !== null} />
      </section>
    </div>
  );
}
