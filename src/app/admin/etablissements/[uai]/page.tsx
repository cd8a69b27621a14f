import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { adminDataScope } from "@/features/access/scope";
import { AdminHeader } from "@/features/administration/components/admin-nav";
import { EditEstablishmentForm } from "@/features/administration/components/establishment-forms";
import { findEstablishmentByUai, listAcademyOptions } from "@/features/administration/queries";
import { requirePlatform } from "@/server/guards";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Établissement · Administration" };

export default async function AdminEstablishmentPage({ params }: { params: Promise<{ uai: string }> }) {
  const scope = await requirePlatform("platform.admin");
  const segment = (await params).uai;
  const { establishment, academies } = await withScope(adminDataScope(scope), async (tx) => ({
    establishment: await findEstablishmentByUai(tx, segment),
    academies: await listAcademyOptions(tx),
  }));
  if (!establishment) notFound();
  const members = establishment._count.memberships;
  return (
    <>
      <AdminHeader current="/admin/etablissements" nested title={establishment.name} />
      <p className="mb-4 text-slate-700">
        Académie de {establishment.academy.name} · {members} membre{members > 1 ? "s" : ""} dans l&apos;équipe ·{" "}
        <Link href={`/etablissements/${establishment.uai}`} className="font-medium text-brand-700 underline">
          Ouvrir les pages de l&apos;établissement
        </Link>
      </p>
      <h2 className="mb-3 text-lg font-semibold">Modifier l&apos;établissement</h2>
      <EditEstablishmentForm establishment={establishment} academies={academies} />
    </>
  );
}
