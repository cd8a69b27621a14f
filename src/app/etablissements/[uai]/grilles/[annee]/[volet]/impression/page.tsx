import type { Metadata } from "next";
import { PrintGrid } from "@/features/pdca/components/print-grid";
import { schoolYearLabel } from "@/lib/school-year";
import { requireGrid } from "@/server/grid-guard";

export const metadata: Metadata = { title: "Grille imprimable" };

export default async function GridPrintPage({ params }: { params: Promise<{ uai: string; annee: string; volet: string }> }) {
  const { establishment, year, loaded } = await requireGrid(params);
  if (!loaded.sheet) return <p>Aucune fiche de la banque de questions ne correspond au référentiel de ce dispositif.</p>;
  return (
    <PrintGrid
      heading={{ school: `${establishment.name} (${establishment.uai}), ${establishment.city}`, year: schoolYearLabel(year), scheme: loaded.scheme.label }}
      sheet={loaded.sheet}
      answers={loaded.grid ? loaded.answers : new Map()}
      actions={loaded.grid ? loaded.actions : []}
      keyDates={loaded.grid ? loaded.keyDates : []}
      status={loaded.grid?.status ?? null}
    />
  );
}
