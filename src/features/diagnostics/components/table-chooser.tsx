import { inputClass, labelClass, secondaryButton } from "@/components/ui/form-styles";
import type { CompetencyDomain } from "../schemas";
import { domainLabels } from "../schemas";

/** Which table to open: class, period and competencies. A plain GET form: the address names the table. */
export function TableChooser({
  divisions,
  periods,
  competencies,
  chosen,
}: {
  divisions: { id: string; name: string }[];
  periods: { id: string; name: string }[];
  competencies: { id: string; label: string; domain: CompetencyDomain }[];
  chosen: { divisionId: string; periodId: string; competencyIds: string[] };
}) {
  const domains = [...new Set(competencies.map((c) => c.domain))];
  return (
    <form method="get" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="choose-class" className={labelClass}>Classe</label>
          <select id="choose-class" name="classe" defaultValue={chosen.divisionId} className={inputClass}>
            {divisions.map((d) => (
              <option key={d.id} value={d.id}>{d.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="choose-period" className={labelClass}>Période</label>
          <select id="choose-period" name="periode" defaultValue={chosen.periodId} className={inputClass}>
            {periods.map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={secondaryButton}>Afficher le tableau</button>
      </div>
      <details>
        <summary className="cursor-pointer text-sm font-medium">Compétences en colonnes ({chosen.competencyIds.length})</summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {domains.map((domain) => (
            <fieldset key={domain} className="text-sm">
              <legend className="font-medium">{domainLabels[domain]}</legend>
              {competencies
                .filter((c) => c.domain === domain)
                .map((c) => (
                  <label key={c.id} className="mt-1 flex items-start gap-1.5">
                    <input type="checkbox" name="c" value={c.id} defaultChecked={chosen.competencyIds.includes(c.id)} className="mt-1" />
                    <span>{c.label}</span>
                  </label>
                ))}
            </fieldset>
          ))}
        </div>
      </details>
    </form>
  );
}
