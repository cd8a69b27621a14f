import type { Metadata } from "next";
import Link from "next/link";
import { canOn } from "@/features/access/scope";
import { familyLabels, levelLabels, sourceLabels, unitLabels } from "@/features/indicators/catalogue";
import { TargetForm } from "@/features/indicators/components/target-form";
import { ValueForm } from "@/features/indicators/components/value-form";
import { typedValue } from "@/features/indicators/format";
import { listIndicators, loadEntrySheet, type IndicatorRow } from "@/features/indicators/queries";
import { schoolYearLabel } from "@/lib/school-year";
import { requireSchoolYear } from "@/server/school-year-guard";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Saisie des indicateurs" };

type Props = { params: Promise<{ uai: string; annee: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const number = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const rangeOf = (i: IndicatorRow) =>
  `De ${number.format(i.minValue)} à ${number.format(i.maxValue)}${i.unit === "PERCENT" ? " %" : ""}${i.unit === "COUNT" ? ", nombre entier" : ""} ; virgule décimale, par exemple 12,5.`;

/**
 * Entry of a school's indicators for a year: the values of the entered ones
 * per period (coordinators), and every indicator's baseline and target
 * (coordinators and principals: the principal commits the school to its targets).
 */
export default async function IndicatorEntryPage({ params, searchParams }: Props) {
  const { scope, establishment, year, data } = await requireSchoolYear(params, "indicators.target");
  const wanted = (await searchParams).indicateur;
  const { indicators, sheet } = await withScope(data, async (tx) => ({
    indicators: await listIndicators(tx),
    sheet: await loadEntrySheet(tx, { establishmentId: establishment.id, schoolYear: year }),
  }));
  const selected = indicators.find((i) => i.code === wanted) ?? indicators.find((i) => i.source !== "COMPUTED")!;
  const canWriteValues = canOn(scope, "establishment.write", establishment);
  const base = `/etablissements/${establishment.uai}/indicateurs/${schoolYearLabel(year)}`;
  const entered = new Set(sheet.values.map((v) => v.indicatorCode));
  const valueOf = (periodId: string) => sheet.values.find((v) => v.indicatorCode === selected.code && v.periodId === periodId);
  const target = sheet.targets.find((t) => t.indicatorCode === selected.code);
  const groups = (["ENTERED", "SURVEY", "COMPUTED"] as const).map((source) => ({ source, items: indicators.filter((i) => i.source === source) }));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-xl font-semibold">Saisie des indicateurs — {schoolYearLabel(year)}</h2>
        <Link href={`/etablissements/${establishment.uai}/tableau-de-bord?annee=${schoolYearLabel(year)}`} className="text-sm underline">
          Voir le tableau de bord
        </Link>
      </div>
      <div className="grid gap-6 md:grid-cols-[18rem_1fr]">
        <nav aria-label="Indicateurs" className="order-2 space-y-4 md:order-1">
          {groups.map(({ source, items }) => (
            <div key={source}>
              <h3 className="text-sm font-semibold text-slate-700">
                {source === "COMPUTED" ? "Calculés (cible seulement)" : source === "SURVEY" ? "Enquêtes" : "Saisis par période"}
              </h3>
              <ul className="mt-1 space-y-1 text-sm">
                {items.map((i) => (
                  <li key={i.code}>
                    <Link
                      href={`${base}?indicateur=${i.code}`}
                      aria-current={i.code === selected.code ? "page" : undefined}
                      className={`block rounded px-2 py-1 hover:bg-slate-100 ${i.code === selected.code ? "bg-brand-50 font-semibold" : ""}`}
                    >
                      {i.label}
                      {entered.has(i.code) && <span className="sr-only"> (valeurs saisies)</span>}
                      {entered.has(i.code) && <span aria-hidden="true"> ●</span>}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>

        <section aria-labelledby="indicateur-choisi" className="order-1 space-y-4 md:order-2">
          <div>
            <h3 id="indicateur-choisi" className="text-lg font-semibold">{selected.label}</h3>
            <p className="mt-1 max-w-prose text-sm text-slate-700">{selected.description}</p>
            <p className="mt-1 text-xs text-slate-600">
              {familyLabels[selected.family]} · {sourceLabels[selected.source]} · niveau {levelLabels[selected.level]} · unité : {unitLabels[selected.unit]} ·{" "}
              {selected.direction === "HIGHER_IS_BETTER" ? "plus haut est mieux" : "plus bas est mieux"}
            </p>
          </div>
          <TargetForm
            key={`cible-${selected.code}`}
            establishmentId={establishment.id}
            indicatorCode={selected.code}
            schoolYear={year}
            unit={unitLabels[selected.unit]}
            range={rangeOf(selected)}
            baseline={typedValue(target?.baseline ?? null)}
            target={typedValue(target?.target ?? null)}
            comment={target?.comment ?? ""}
            version={target?.version ?? ""}
            canEdit
          />
          {selected.source === "COMPUTED" ? (
            <p className="text-sm">Cet indicateur est calculé à partir des données de l&apos;établissement : sa valeur figure au tableau de bord.</p>
          ) : (
            <div className="space-y-3">
              <h4 className="font-semibold">Valeurs</h4>
              {!canWriteValues && <p className="text-sm text-slate-700">Les valeurs sont saisies par le coordonnateur ; vous pouvez fixer la cible.</p>}
              {[{ id: "", name: "Année entière" }, ...sheet.periods].map((period) => {
                const stored = valueOf(period.id);
                return (
                  <ValueForm
                    key={`${selected.code}-${period.id || "annee"}`}
                    establishmentId={establishment.id}
                    indicatorCode={selected.code}
                    schoolYear={year}
                    periodId={period.id}
                    periodName={period.name}
                    unit={unitLabels[selected.unit]}
                    range={rangeOf(selected)}
                    value={typedValue(stored?.value ?? null)}
                    comment={stored?.comment ?? ""}
                    valueId={stored?.id ?? ""}
                    version={stored?.version ?? ""}
                    canEdit={canWriteValues}
                  />
                );
              })}
              {sheet.periods.length === 0 && <p className="text-sm">Aucune période d&apos;enseignement cette année : saisissez la valeur de l&apos;année.</p>}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
