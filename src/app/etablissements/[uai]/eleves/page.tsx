import { redirect } from "next/navigation";
import { schoolYearLabel, schoolYearOf } from "@/lib/school-year";
import { requireSchool } from "@/server/guards";

/** The pupils' pages open on the current school year. */
export default async function PupilsRootPage({ params }: { params: Promise<{ uai: string }> }) {
  const { establishment } = await requireSchool((await params).uai, "pupils.read");
  redirect(`/etablissements/${establishment.uai}/eleves/${schoolYearLabel(schoolYearOf(new Date()))}`);
}
