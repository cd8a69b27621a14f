import { redirect } from "next/navigation";
import { schoolYearLabel, schoolYearOf } from "@/lib/school-year";
import { requireSchool } from "@/server/guards";

/** The organisation opens on the current school year. */
export default async function OrganisationPage({ params }: { params: Promise<{ uai: string }> }) {
  const { establishment } = await requireSchool((await params).uai, "organisation.read");
  redirect(`/etablissements/${establishment.uai}/organisation/${schoolYearLabel(schoolYearOf(new Date()))}`);
}
