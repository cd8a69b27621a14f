import { redirect } from "next/navigation";
import { schoolYearLabel, schoolYearOf } from "@/lib/school-year";
import { requireSchool } from "@/server/guards";

/** The indicators' entry opens on the current school year. */
export default async function IndicatorsRootPage({ params }: { params: Promise<{ uai: string }> }) {
  const { establishment } = await requireSchool((await params).uai, "indicators.target");
  redirect(`/etablissements/${establishment.uai}/indicateurs/${schoolYearLabel(schoolYearOf(new Date()))}`);
}
