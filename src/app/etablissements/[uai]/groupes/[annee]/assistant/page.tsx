import type { Metadata } from "next";
import { canOn } from "@/features/access/scope";
import { inputClass, labelClass, primaryButton } from "@/components/ui/form-styles";
import { proposeGroups } from "@/features/groups/assistant";
import { CompositionBoard } from "@/features/groups/components/composition-board";
import { listSchoolTeachers, listTeachingPeriods, listYearSchemes, loadAssistantInput } from "@/features/groups/queries";
import { schoolYearLabel } from "@/lib/school-year";
import { requireSchoolYear } from "@/server/school-year-guard";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Assistant de composition des groupes" };

export default async function AssistantPage({
  params,
  searchParams,
}: {
  params: Promise<{ uai: string; annee: string }>;
  searchParams: Promise<{ periode?: string; capacite?: string }>;
}) {
  const { scope, establishment, year, data } = await requireSchoolYear(params, "groups.read");
  const query = await searchParams;
  const canEdit = canOn(scope, "establishment.write", establishment);
  const where = { establishmentId: establishment.id, schoolYear: year };
  const periods = await withScope(data, (tx) => listTeachingPeriods(tx, where));
  const period = periods.find((p) => p.id === query.periode);
  const capacityParam = Number(query.capacite);
  const capacity = Number.isInteger(capacityParam) && capacityParam >= 1 && capacityParam <= 200 ? capacityParam : 12;
  const work =
    period &&
    (await withScope(data, async (tx) => {
      const [input, teachers, schemes] = await Promise.all([
        loadAssistantInput(tx, { ...where, periodId: period.id }),
        listSchoolTeachers(tx, establishment.id),
        listYearSchemes(tx, where),
      ]);
      return { input, teachers, schemes };
    }));
  const proposal = work ? proposeGroups({ ...work.input, capacity }) : null;
  const base = `/etablissements/${establishment.uai}/groupes/${schoolYearLabel(year)}`;
  return (
    <div className="space-y-6">
      <section aria-labelledby="assistant">
        <h2 id="assistant" className="mb-2 text-lg font-semibold">
          Composer les groupes à partir du diagnostic
        </h2>
        <p className="mb-4 max-w-3xl text-sm text-slate-700">
          L&apos;assistant lit le diagnostic de la période : chaque élève en maîtrise insuffisante ou fragile rejoint le groupe de la compétence où il est le plus en
          difficulté ; un élève en très bonne maîtrise partout rejoint l&apos;approfondissement. Chaque placement dit pourquoi. Vous ajustez, puis vous enregistrez.
        </p>
        {periods.length === 0 ? (
          <p>Aucune période d&apos;accompagnement n&apos;est définie pour cette année.</p>
        ) : (
          <form method="get" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
            <div>
              <label htmlFor="assistant-period" className={labelClass}>
                Période
              </label>
              <select id="assistant-period" name="periode" defaultValue={period?.id ?? periods[0]!.id} className={inputClass}>
                {periods.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="assistant-capacity" className={labelClass}>
                Élèves par groupe, au plus
              </label>
              <input id="assistant-capacity" name="capacite" type="number" min={1} max={200} defaultValue={capacity} className={inputClass} />
            </div>
            <button type="submit" className={primaryButton}>
              Proposer des groupes
            </button>
          </form>
        )}
      </section>
      {work && proposal && period && (
        <section aria-labelledby="proposition">
          <h2 id="proposition" className="mb-3 text-lg font-semibold">
            Proposition pour {period.name}
          </h2>
          {work.input.results.length === 0 ? (
            <p>Aucun diagnostic n&apos;est saisi pour cette période : saisissez-le d&apos;abord, classe par classe.</p>
          ) : !canEdit ? (
            <p>Seul le coordonnateur peut enregistrer des groupes. La proposition compte {proposal.groups.length} groupes.</p>
          ) : work.schemes.length === 0 ? (
            <p>Ouvrez d&apos;abord les dispositifs de l&apos;année.</p>
          ) : (
            <CompositionBoard
              key={`${period.id}-${capacity}`}
              establishmentId={establishment.id}
              periodId={period.id}
              periodName={period.name}
              capacity={capacity}
              proposal={proposal}
              pupils={work.input.pupils.map((p) => ({ id: p.id, name: `${p.lastName} ${p.firstName}`, division: p.divisionName }))}
              teachers={work.teachers}
              schemes={work.schemes.map((s) => ({ id: s.id, label: s.label }))}
              listPath={base}
            />
          )}
        </section>
      )}
    </div>
  );
}
