// How long pupils' data is kept. A school year's pupils (and with them their
// diagnostics, group places, referent, interviews and attendance) are kept
// for the year itself and one more school year, for the following year's
// groups and the bilan: they may be purged from 1 September of year + 2
// (2024-2025's pupils from 1 September 2026), never before.
import { schoolYearLabel } from "@/lib/school-year";

/** The first day a school year's pupils may be purged (UTC). */
export function purgeableFrom(year: number): Date {
  return new Date(Date.UTC(year + 2, 8, 1));
}

/** Null when the year's pupils may be purged on `today`, else the French reason. */
export function purgeRefusal(year: number, today: Date): string | null {
  if (today.getTime() >= purgeableFrom(year).getTime()) return null;
  const from = purgeableFrom(year).toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return `Les élèves de ${schoolYearLabel(year)} sont conservés jusqu'au 31 août ${year + 2} (fin de l'année scolaire suivante) : la purge ne sera possible qu'à partir du ${from}.`;
}
