// Rotation: each pupil's path across need groups over the periods of a year,
// and how their levels changed from one diagnostic to the next. Pure.
import { masteryLabels, masteryRank, type MasteryLevel } from "./labels";

export type RotationPeriod = { id: string; name: string };
export type RotationMembership = { pupilId: string; periodId: string; groupName: string };
export type RotationResult = { pupilId: string; periodId: string; competencyId: string; level: MasteryLevel };

export type LevelChange = {
  competencyId: string;
  competency: string;
  from: MasteryLevel;
  to: MasteryLevel;
  fromPeriod: string;
  toPeriod: string;
  trend: "up" | "down" | "same";
  /** "fragile → satisfaisante ↑" */
  text: string;
};

export type PupilPath = {
  pupilId: string;
  /** The groups of each period, in the order of the periods (empty: none). */
  groups: string[][];
  changes: LevelChange[];
};

const arrow = { up: "↑", down: "↓", same: "=" } as const;

/**
 * For each pupil: their groups per period, and for each competency assessed
 * at least twice, the change between its two latest diagnostics.
 */
export function pupilPaths(
  periods: readonly RotationPeriod[],
  pupilIds: readonly string[],
  memberships: readonly RotationMembership[],
  results: readonly RotationResult[],
  competencyLabel: (id: string) => string,
): PupilPath[] {
  const periodIndex = new Map(periods.map((p, i) => [p.id, i]));
  const groupsOf = new Map<string, string[][]>();
  for (const m of memberships) {
    const i = periodIndex.get(m.periodId);
    if (i === undefined) continue;
    const row = groupsOf.get(m.pupilId) ?? periods.map(() => []);
    row[i]!.push(m.groupName);
    groupsOf.set(m.pupilId, row);
  }
  const byPupil = new Map<string, RotationResult[]>();
  for (const r of results) {
    if (!periodIndex.has(r.periodId)) continue;
    const list = byPupil.get(r.pupilId) ?? [];
    list.push(r);
    byPupil.set(r.pupilId, list);
  }
  return pupilIds.map((pupilId) => {
    const series = new Map<string, RotationResult[]>();
    for (const r of byPupil.get(pupilId) ?? []) {
      const list = series.get(r.competencyId) ?? [];
      list.push(r);
      series.set(r.competencyId, list);
    }
    const changes: LevelChange[] = [];
    for (const [competencyId, list] of series) {
      if (list.length < 2) continue;
      list.sort((a, b) => periodIndex.get(a.periodId)! - periodIndex.get(b.periodId)!);
      const previous = list[list.length - 2]!;
      const last = list[list.length - 1]!;
      const delta = masteryRank[last.level] - masteryRank[previous.level];
      const trend = delta > 0 ? "up" : delta < 0 ? "down" : "same";
      changes.push({
        competencyId,
        competency: competencyLabel(competencyId),
        from: previous.level,
        to: last.level,
        fromPeriod: periods[periodIndex.get(previous.periodId)!]!.name,
        toPeriod: periods[periodIndex.get(last.periodId)!]!.name,
        trend,
        text: `${masteryLabels[previous.level]} → ${masteryLabels[last.level]} ${arrow[trend]}`,
      });
    }
    changes.sort((a, b) => a.competency.localeCompare(b.competency, "fr"));
    for (const row of groupsOf.get(pupilId) ?? []) row.sort((a, b) => a.localeCompare(b, "fr"));
    return { pupilId, groups: groupsOf.get(pupilId) ?? periods.map(() => []), changes };
  });
}
