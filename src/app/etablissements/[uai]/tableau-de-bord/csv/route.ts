import { familyLabels, sourceLabels, unitLabels } from "@/features/indicators/catalogue";
import { loadSchoolDashboard } from "@/features/indicators/load-school-dashboard";
import { targetStatusLabels } from "@/features/indicators/statistics";
import { yearFromParam } from "@/features/indicators/year-param";
import { csvHeaders, toCsv } from "@/lib/csv-export";
import { schoolYearLabel } from "@/lib/school-year";
import { requireSchool } from "@/server/guards";

/** The dashboard's indicators as CSV (school-level figures only: never a pupil; small counts hidden for inspectors). */
export async function GET(request: Request, { params }: { params: Promise<{ uai: string }> }) {
  const access = await requireSchool((await params).uai, "indicators.read");
  const year = yearFromParam(new URL(request.url).searchParams.get("annee") ?? undefined);
  const { rows } = await loadSchoolDashboard(access, year);
  const shown = (value: number | null, suppressed: boolean) => (suppressed ? "< 5" : value);
  const csv = toCsv(
    ["Famille", "Code", "Indicateur", "Unité", "Source", schoolYearLabel(year - 2), schoolYearLabel(year - 1), schoolYearLabel(year), "Départ", "Cible", "Situation"],
    rows.map((r) => [
      familyLabels[r.family],
      r.code,
      r.label,
      unitLabels[r.unit],
      sourceLabels[r.source],
      shown(r.years[0]!.value, r.years[0]!.suppressed),
      shown(r.years[1]!.value, r.years[1]!.suppressed),
      shown(r.value, r.suppressed),
      r.baseline,
      r.target,
      targetStatusLabels[r.status],
    ]),
  );
  return new Response(csv, { headers: csvHeaders(`indicateurs-${access.establishment.uai}-${schoolYearLabel(year)}.csv`) });
}
