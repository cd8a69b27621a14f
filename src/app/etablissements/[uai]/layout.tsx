import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { EstablishmentHeader } from "@/features/establishments/components/establishment-header";
import { loadEstablishmentFromParam } from "@/features/establishments/queries";
import { PhaseNav } from "@/features/pdca/components/phase-nav";
import { db } from "@/server/db";

export default async function EstablishmentLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ uai: string }>;
}) {
  const establishment = await loadEstablishmentFromParam(db(), (await params).uai);
  if (!establishment) notFound();
  return (
    <>
      <EstablishmentHeader establishment={establishment} />
      <PhaseNav basePath={`/etablissements/${establishment.uai}`} />
      {children}
    </>
  );
}
