// What readers without access to pupils (inspectors) are shown: counts only,
// every count from 1 to 4 hidden ("< 5"; the database already returns them as
// null), and no rate or total that would let a hidden count be worked out.
import { masteryLevels, type MasteryLevel } from "./levels";
import { competencyDomains, type CompetencyDomain } from "./schemas";

export const SMALL_COUNT = 5;

/** A count as shown: the number, or "< 5" when it is hidden. */
export function shownCount(count: number | null): string {
  if (count === null || (count > 0 && count < SMALL_COUNT)) return "< 5";
  return count.toLocaleString("fr-FR");
}

/** A share as shown, or null when either count is hidden or the base is empty. */
export function shownRate(part: number | null, whole: number | null): string | null {
  if (part === null || whole === null || whole === 0 || (part > 0 && part < SMALL_COUNT) || whole < SMALL_COUNT) return null;
  return `${Math.round((100 * part) / whole)} %`;
}

export type LevelCount = { domain: CompetencyDomain; level: MasteryLevel; results: number | null };

export type DomainRow = {
  domain: CompetencyDomain;
  /** Per level: the count (null when hidden) and its share of the domain's results (null when it could give a hidden count away). */
  cells: Record<MasteryLevel, { count: number | null; rate: string | null }>;
  /** The domain's results; null when a level is hidden (the total would give it away). */
  total: number | null;
};

/** The distribution of levels per domain, with the secondary suppression of totals and rates. */
export function domainRows(counts: LevelCount[]): DomainRow[] {
  const rows: DomainRow[] = [];
  for (const domain of competencyDomains) {
    const ofDomain = counts.filter((c) => c.domain === domain);
    if (ofDomain.length === 0) continue;
    const countOf = (level: MasteryLevel) => {
      const found = ofDomain.find((c) => c.level === level);
      return found ? found.results : 0;
    };
    const anyHidden = masteryLevels.some((level) => countOf(level) === null);
    const total = anyHidden ? null : masteryLevels.reduce((sum, level) => sum + (countOf(level) ?? 0), 0);
    const cells = Object.fromEntries(
      masteryLevels.map((level) => [level, { count: countOf(level), rate: total === null ? null : shownRate(countOf(level), total) }]),
    ) as DomainRow["cells"];
    rows.push({ domain, cells, total });
  }
  return rows;
}

/**
 * Pupils diagnosed out of pupils enrolled, as shown: when all but 1 to 4 are
 * diagnosed, the count is given as a range, so that the few pupils left out
 * are not counted by subtraction either.
 */
export function shownDiagnosed(diagnosed: number | null, enrolled: number | null): { count: string; rate: string | null } {
  if (diagnosed !== null && enrolled !== null && enrolled - diagnosed > 0 && enrolled - diagnosed < SMALL_COUNT) {
    return { count: `${Math.max(SMALL_COUNT, enrolled - SMALL_COUNT + 1)} à ${enrolled - 1}`, rate: null };
  }
  return { count: shownCount(diagnosed), rate: shownRate(diagnosed, enrolled) };
}
