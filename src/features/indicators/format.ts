// Figures as French readers expect them: "12,5 %", "1 234 h", "7,5 / 10".
import type { IndicatorUnit } from "@/generated/prisma/enums";

const number = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

export function formatIndicatorValue(value: number | null, unit: IndicatorUnit): string {
  if (value === null) return "—";
  const shown = number.format(value);
  switch (unit) {
    case "PERCENT":
      return `${shown} %`;
    case "HOURS":
      return `${shown} h`;
    default:
      return shown;
  }
}

/** A value as typed back into a form: "12,5" (no unit, no grouping space). */
export function typedValue(value: number | null): string {
  if (value === null) return "";
  return String(value).replace(".", ",");
}

/** A signed change, e.g. "+2,5 pts" for a rate, "−3" for a count. */
export function formatChange(change: number | null, unit: IndicatorUnit): string {
  if (change === null) return "—";
  const sign = change > 0 ? "+" : change < 0 ? "−" : "";
  const magnitude = number.format(Math.abs(change));
  return `${sign}${magnitude}${unit === "PERCENT" ? " pt" + (Math.abs(change) >= 2 ? "s" : "") : unit === "HOURS" ? " h" : ""}`;
}
