import { redirect } from "next/navigation";
import { schoolYearLabel, schoolYearOf } from "@/lib/school-year";
import { requireSchool } from "@/server/guards";

/** The grids open on the current school year. */
export default async function GridsPage({ params }: { params: Promise<{ uai: string }> }) {
  const { establishment } = await requireSchool((await params).uai, "establishment.read");
  redirect(`/etablissements/${establishment.uai}/grilles/${schoolYearLabel(schoolYearOf(new Date()))}`);
}
