import type { IndicatorUnit } from "@/generated/prisma/enums";
import { formatIndicatorValue } from "../format";

/** A figure, or "< 5" when hidden from an inspector (a small number of pupils). */
export function Figure({ value, suppressed, unit }: { value: number | null; suppressed: boolean; unit: IndicatorUnit }) {
  if (suppressed) {
    return (
      <span title="Moins de 5 élèves : masqué">
        &lt; 5<span className="sr-only"> élèves, valeur masquée</span>
      </span>
    );
  }
  return <>{formatIndicatorValue(value, unit)}</>;
}
