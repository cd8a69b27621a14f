import "server-only";
import { versionOf } from "@/lib/versions";
import type { Db } from "@/server/prisma-client";
import type { MasteryLevel } from "./levels";
import { competencyDomains } from "./schemas";

/** The national competencies and the school's own, by domain then position; archived ones included, flagged. */
export async function listCompetencies(tx: Db, where: { establishmentId: string }) {
  const rows = await tx.competency.findMany({
    where: { OR: [{ establishmentId: null }, { establishmentId: where.establishmentId }] },
    select: { id: true, domain: true, label: true, position: true, archivedAt: true, establishmentId: true },
  });
  return rows
    .map((row) => ({ id: row.id, domain: row.domain, label: row.label, archived: row.archivedAt !== null, own: row.establishmentId !== null, position: row.position }))
    .sort((a, b) => competencyDomains.indexOf(a.domain) - competencyDomains.indexOf(b.domain) || a.position - b.position || a.label.localeCompare(b.label, "fr"));
}

export type CompetencyItem = Awaited<ReturnType<typeof listCompetencies>>[number];

/** The national positioning tools and the school's own. */
export async function listTools(tx: Db, where: { establishmentId: string }) {
  const rows = await tx.positioningTool.findMany({
    where: { OR: [{ establishmentId: null }, { establishmentId: where.establishmentId }] },
    select: { id: true, kind: true, label: true, archivedAt: true, establishmentId: true },
    orderBy: [{ establishmentId: { sort: "asc", nulls: "first" } }, { label: "asc" }],
  });
  return rows.map((row) => ({ id: row.id, kind: row.kind, label: row.label, archived: row.archivedAt !== null, own: row.establishmentId !== null }));
}

export type ToolItem = Awaited<ReturnType<typeof listTools>>[number];

/** The teaching periods of a school year, in order. */
export async function listTeachingPeriods(tx: Db, where: { establishmentId: string; schoolYear: number }) {
  return tx.period.findMany({ where: { ...where, kind: "TEACHING" }, orderBy: { startsOn: "asc" }, select: { id: true, name: true } });
}

export type StoredCell = { level: MasteryLevel; version: string; toolId: string | null };

/** The stored levels of some pupils in some competencies at one period, by "pupilId|competencyId". Staff only (row-level security). */
export async function loadDiagnosticCells(tx: Db, where: { establishmentId: string; periodId: string; pupilIds: string[]; competencyIds: string[] }) {
  const rows = await tx.diagnosticResult.findMany({
    where: { establishmentId: where.establishmentId, periodId: where.periodId, pupilId: { in: where.pupilIds }, competencyId: { in: where.competencyIds } },
    select: { pupilId: true, competencyId: true, level: true, updatedAt: true, toolId: true },
  });
  const cells: Record<string, StoredCell> = {};
  for (const row of rows) cells[`${row.pupilId}|${row.competencyId}`] = { level: row.level, version: versionOf(row.updatedAt), toolId: row.toolId };
  return cells;
}

/** The competencies that already have results for these pupils at this period (to open the table on them). */
export async function competenciesWithResults(tx: Db, where: { establishmentId: string; periodId: string; pupilIds: string[] }) {
  const rows = await tx.diagnosticResult.findMany({
    where: { establishmentId: where.establishmentId, periodId: where.periodId, pupilId: { in: where.pupilIds } },
    distinct: ["competencyId"],
    select: { competencyId: true },
  });
  return rows.map((r) => r.competencyId);
}
