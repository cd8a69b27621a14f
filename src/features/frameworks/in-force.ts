// Which version of each framework applies to a school year: the highest
// version of a code whose [firstSchoolYear, lastSchoolYear] holds the year.
// A reform is a new version (or a new code), never a code change.

export type YearRange = { code: string; version: number; firstSchoolYear: number; lastSchoolYear: number | null };

export function appliesTo(framework: Omit<YearRange, "code" | "version">, year: number): boolean {
  return framework.firstSchoolYear <= year && (framework.lastSchoolYear === null || year <= framework.lastSchoolYear);
}

/** The framework version in force for the year, one per code, by code. */
export function pickInForce<T extends YearRange>(frameworks: readonly T[], year: number): T[] {
  const best = new Map<string, T>();
  for (const framework of frameworks) {
    if (!appliesTo(framework, year)) continue;
    const current = best.get(framework.code);
    if (!current || framework.version > current.version) best.set(framework.code, framework);
  }
  return [...best.values()].sort((a, b) => a.code.localeCompare(b.code));
}
