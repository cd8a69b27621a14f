// A referent's caseload: how many pupils each teacher follows, flagged above
// the limit the school sets. Pure.

export const DEFAULT_CASELOAD_LIMIT = 12;

export type CaseloadRow = { userId: string; name: string; count: number; over: boolean };

export function caseloads(
  teachers: readonly { userId: string; name: string }[],
  assignments: readonly { userId: string }[],
  limit: number,
): CaseloadRow[] {
  const counts = new Map<string, number>();
  for (const a of assignments) counts.set(a.userId, (counts.get(a.userId) ?? 0) + 1);
  const collator = new Intl.Collator("fr", { sensitivity: "base" });
  return teachers
    .map((t) => ({ userId: t.userId, name: t.name, count: counts.get(t.userId) ?? 0, over: (counts.get(t.userId) ?? 0) > limit }))
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
}

/** The sentence shown beside a referent over the limit. */
export function caseloadWarning(row: CaseloadRow, limit: number): string | null {
  if (!row.over) return null;
  return `${row.name} suit ${row.count} élèves, au-delà du seuil de ${limit} fixé par l'établissement.`;
}
