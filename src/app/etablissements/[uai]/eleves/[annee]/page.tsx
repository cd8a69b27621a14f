import type { Metadata } from "next";
import Link from "next/link";
import { canOn } from "@/features/access/scope";
import { listDivisions } from "@/features/divisions/queries";
import { DivisionPicker } from "@/features/pupils/components/division-picker";
import { PupilImport } from "@/features/pupils/components/pupil-import";
import { PupilsPanel } from "@/features/pupils/components/pupils-panel";
import { countPupilsByDivision, listPupils } from "@/features/pupils/queries";
import { schoolYearLabel } from "@/lib/school-year";
import { versionOf } from "@/lib/versions";
import { requireSchoolYear } from "@/server/school-year-guard";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Élèves" };

type Props = { params: Promise<{ uai: string; annee: string }>; searchParams: Promise<{ classe?: string | string[] }> };

export default async function PupilsPage({ params, searchParams }: Props) {
  const { scope, establishment, year, data } = await requireSchoolYear(params, "pupils.read");
  const { classe } = await searchParams;
  const where = { establishmentId: establishment.id, schoolYear: year };
  const { divisions, counts } = await withScope(data, async (tx) => ({
    divisions: await listDivisions(tx, where),
    counts: await countPupilsByDivision(tx, where),
  }));
  const chosen = divisions.find((d) => d.id === classe) ?? divisions[0] ?? null;
  const pupils = chosen ? await withScope(data, (tx) => listPupils(tx, { ...where, divisionId: chosen.id })) : [];
  const canEdit = canOn(scope, "establishment.write", establishment);
  const base = `/etablissements/${establishment.uai}/eleves/${schoolYearLabel(year)}`;
  const choices = divisions.map((d) => ({ id: d.id, name: d.name, pupils: counts.get(d.id) ?? 0 }));
  return (
    <section aria-labelledby="eleves" className="space-y-6">
      <div>
        <h2 id="eleves" className="text-lg font-semibold">Élèves de l&apos;année {schoolYearLabel(year)}</h2>
        <p className="text-sm text-slate-600">
          Seuls le nom, le prénom, la classe et l&apos;identifiant de scolarité sont enregistrés. Les inspecteurs ne voient que
          des effectifs, jamais un nom.
        </p>
      </div>
      {divisions.length === 0 ? (
        <p>
          Aucune classe n&apos;est enregistrée pour {schoolYearLabel(year)}.{" "}
          {canOn(scope, "organisation.read", establishment) && (
            <Link href={`/etablissements/${establishment.uai}/organisation/${schoolYearLabel(year)}/classes`} className="font-medium text-brand-700 underline">
              Créer ou importer les classes
            </Link>
          )}
        </p>
      ) : (
        <>
          <DivisionPicker divisions={choices} current={chosen?.id ?? null} href={(id) => `${base}?classe=${id}`} label="Classes" />
          {chosen && (
            <PupilsPanel
              establishmentId={establishment.id}
              schoolYear={year}
              divisions={choices}
              divisionId={chosen.id}
              caption={`Classe ${chosen.name} : ${pupils.length} élève${pupils.length > 1 ? "s" : ""}`}
              pupils={pupils.map(({ updatedAt, ...pupil }) => ({ ...pupil, version: versionOf(updatedAt) }))}
              canEdit={canEdit}
            />
          )}
          {canEdit && <PupilImport establishmentId={establishment.id} schoolYear={year} />}
        </>
      )}
    </section>
  );
}
