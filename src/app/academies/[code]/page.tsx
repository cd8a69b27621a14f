import type { Metadata } from "next";
import { AcademyDirectory } from "@/features/establishments/components/academy-directory";
import { listAcademiesWithEstablishments } from "@/features/establishments/queries";
import { db } from "@/server/db";
import { requireAcademy } from "@/server/guards";

type Props = { params: Promise<{ code: string }> };

export const metadata: Metadata = { title: "Académie" };

export default async function AcademyPage({ params }: Props) {
  const { academy } = await requireAcademy((await params).code);
  const directory = await listAcademiesWithEstablishments({ db: db(), academyId: academy.id });
  return (
    <>
      <p className="text-sm text-slate-600">Vue académique</p>
      <h1 className="mb-6 text-2xl font-semibold sm:text-3xl">Académie de {academy.name}</h1>
      <AcademyDirectory academies={directory} />
    </>
  );
}
