import { levelAbbreviations, levelLabels, masteryLevels, type MasteryLevel } from "../levels";

export const levelStyles: Record<MasteryLevel, string> = {
  INSUFFICIENT: "bg-red-100 text-red-900",
  FRAGILE: "bg-amber-100 text-amber-900",
  SATISFACTORY: "bg-lime-100 text-lime-900",
  VERY_GOOD: "bg-emerald-200 text-emerald-950",
};

/** The keyboard shortcuts of the diagnostic table, shown on the page, and the colours of the four levels. */
export function GridLegend({ id }: { id: string }) {
  return (
    <div id={id} className="rounded border border-slate-200 bg-slate-50 p-3 text-sm">
      <p className="font-medium">Saisie au clavier</p>
      <ul className="mt-1 grid gap-x-6 gap-y-0.5 sm:grid-cols-2">
        <li>
          <kbd className="font-mono">1</kbd> à <kbd className="font-mono">4</kbd> : {masteryLevels.map((l, i) => `${i + 1} ${levelAbbreviations[l]}`).join(", ")}, puis cellule suivante
        </li>
        <li>
          Flèches : se déplacer ; <kbd className="font-mono">Début</kbd>/<kbd className="font-mono">Fin</kbd> : début/fin de ligne
        </li>
        <li>
          <kbd className="font-mono">Suppr</kbd> : effacer ; <kbd className="font-mono">Entrée</kbd> ou <kbd className="font-mono">Tab</kbd> : cellule suivante
        </li>
        <li>
          <kbd className="font-mono">Ctrl</kbd>+<kbd className="font-mono">Entrée</kbd> : enregistrer ; coller un bloc d&apos;un tableur (1-4, MI, MF, MS, TBM)
        </li>
      </ul>
      <p className="mt-2 flex flex-wrap gap-2" aria-label="Légende des niveaux">
        {masteryLevels.map((level, i) => (
          <span key={level} className={`rounded px-2 py-0.5 ${levelStyles[level]}`}>
            {i + 1} · {levelAbbreviations[level]} : {levelLabels[level]}
          </span>
        ))}
      </p>
    </div>
  );
}
