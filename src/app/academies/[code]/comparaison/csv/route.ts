import { establishmentKindLabels } from "@/features/establishments/schemas";
import { unitLabels } from "@/features/indicators/catalogue";
import { loadComparisonView } from "@/features/indicators/load-comparison-view";
import { positionLabels } from "@/features/indicators/statistics";
import { csvHeaders, toCsv, type CsvCell } from "@/lib/csv-export";
import { schoolYearLabel } from "@/lib/school-year";
import { requireAcademy } from "@/server/guards";

/** The comparison as CSV: one line per school, aggregates only (never a pupil), small counts as "< 5"; the académie's quartiles last. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { scope, academy } = await requireAcademy((await params).code);
  // No prototype: a parameter named __proto__ or constructor is a key like any other (it was a 500).
  const search: Record<string, string[]> = Object.create(null);
  for (const [key, value] of new URL(request.url).searchParams) (search[key] ??= []).push(value);
  const { params: choice, table } = await loadComparisonView(scope, academy, search);
  const header = ["UAI", "Établissement", "Commune", "Type"];
  for (const i of table.indicators) header.push(`${i.label} (${unitLabels[i.unit]})`, `${i.label} : évolution sur un an`, `${i.label} : position`);
  const lines: CsvCell[][] = table.rows.map((row) => [
    row.uai,
    row.name,
    row.city,
    establishmentKindLabels[row.kind],
    ...table.indicators.flatMap((i) => {
      const cell = row.cells[i.code]!;
      return [cell.suppressed ? "< 5" : cell.value, cell.change, cell.position ? positionLabels[cell.position] : null];
    }),
  ]);
  for (const stat of ["q1", "median", "q3"] as const) {
    lines.push([
      "",
      stat === "q1" ? "Premier quartile de l'académie" : stat === "median" ? "Médiane de l'académie" : "Troisième quartile de l'académie",
      "",
      "",
      ...table.indicators.flatMap((i) => [table.spreads[i.code]?.[stat] ?? null, null, null]),
    ]);
  }
  return new Response(toCsv(header, lines), { headers: csvHeaders(`comparaison-${academy.code}-${schoolYearLabel(choice.schoolYear)}.csv`) });
}
