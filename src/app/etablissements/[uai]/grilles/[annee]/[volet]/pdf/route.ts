import { gridStatusLabels } from "@/features/pdca/grid-access";
import { renderGridPdf } from "@/features/pdca/pdf";
import { schoolYearLabel } from "@/lib/school-year";
import { attachmentDisposition } from "@/lib/file-type";
import { requireGrid } from "@/server/grid-guard";

/** The grid as a PDF file (A4 landscape, four columns), for every reader of the school. */
export async function GET(_request: Request, { params }: { params: Promise<{ uai: string; annee: string; volet: string }> }) {
  const { establishment, year, loaded } = await requireGrid(params);
  if (!loaded.sheet) return new Response("Aucune fiche ne correspond au référentiel de ce dispositif.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const pdf = await renderGridPdf({
    heading: {
      school: `${establishment.name} (${establishment.uai}), ${establishment.city}`,
      year: schoolYearLabel(year),
      scheme: loaded.scheme.label,
      status: loaded.grid ? gridStatusLabels[loaded.grid.status].toLowerCase() : "grille non commencée",
    },
    sheet: loaded.sheet,
    answers: loaded.grid ? loaded.answers : new Map(),
    actions: loaded.grid ? loaded.actions : [],
    keyDates: loaded.grid ? loaded.keyDates : [],
  });
  const name = `grille-${establishment.uai}-${schoolYearLabel(year)}-${(await params).volet}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachmentDisposition(name),
      "Content-Length": String(pdf.length),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
