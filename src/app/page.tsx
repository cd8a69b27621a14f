import { connection } from "next/server";
import { AcademyDirectory } from "@/features/establishments/components/academy-directory";
import { listAcademiesWithEstablishments } from "@/features/establishments/queries";
import { db } from "@/server/db";

export default async function HomePage() {
  await connection();
  const academies = await listAcademiesWithEstablishments({ db: db() });
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold sm:text-3xl">Établissements</h1>
      <p className="mb-6 max-w-prose text-slate-700">
        Choisissez un établissement pour suivre ses dispositifs d&apos;accompagnement selon le cycle PDCA :
        planifier, mettre en œuvre, évaluer, agir.
      </p>
      <AcademyDirectory academies={academies} />
    </>
  );
}
