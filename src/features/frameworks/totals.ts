import { diplomas, yearsOfStudy, type Diploma } from "./diplomas";

// A framework's hours over a whole cycle (CAP in 2 years, Bac Pro in 3…),
// per diploma. A year whose volume the framework leaves to the school makes
// the cycle total unknown — never 0, which would read as "no hours due".

export type VolumeHours = { diploma: Diploma; yearOfStudy: number; hours: number | null };

export type CycleTotal = {
  diploma: Diploma;
  /** Hours over the years the framework lists; null when one of them is left to the school. */
  total: number | null;
  /** Hours of the years that have a regulatory volume. */
  knownHours: number;
  /** Years of study the framework lists for this diploma. */
  years: number;
  /** Years listed without a regulatory volume. */
  yearsLeftToSchool: number;
};

/** Sums in hundredths of an hour: 101.5 + 91 is 192.5 exactly, whatever the floats. */
function hundredths(hours: number): number {
  return Math.round(hours * 100);
}

/** Cycle totals of each diploma a framework covers, in the usual order of diplomas. */
export function cycleTotals(volumes: readonly VolumeHours[]): CycleTotal[] {
  return diplomas.flatMap((diploma) => {
    const rows = volumes.filter((v) => v.diploma === diploma && yearsOfStudy[diploma].includes(v.yearOfStudy));
    if (rows.length === 0) return [];
    const known = rows.filter((v): v is VolumeHours & { hours: number } => v.hours !== null);
    const knownHours = known.reduce((sum, v) => sum + hundredths(v.hours), 0) / 100;
    const yearsLeftToSchool = rows.length - known.length;
    return [{ diploma, total: yearsLeftToSchool > 0 ? null : knownHours, knownHours, years: rows.length, yearsLeftToSchool }];
  });
}
