import { redirect } from "next/navigation";
import { schoolYearLabel, schoolYearOf } from "@/lib/school-year";
import { requireSchool } from "@/server/guards";

/** The follow-up of pupils opens on the current school year. */
export default async function GroupsIndexPage({ params }: { params: Promise<{ uai: string }> }) {
  const { establishment } = await requireSchool((await params).uai, "groups.read");
  redirect(`/etablissements/${establishment.uai}/groupes/${schoolYearLabel(schoolYearOf(new Date()))}`);
}
