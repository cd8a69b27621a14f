import "server-only";
import { strandLabels, type StrandKind } from "@/features/frameworks/strands";
import type { Db } from "@/server/prisma-client";
import { completionOf, type GridCompletion } from "./completion";
import { chooseSheet } from "./question-bank";
import { itemsOf, latestSheets, loadSheet, sheetForScheme } from "./sheets";
import type { StoredAnswer } from "./answers";

/** The schemes of a school year with their grid: status and completion, and whether last year's can be carried over. */
export async function listGridsOfYear(tx: Db, { establishmentId, schoolYear }: { establishmentId: string; schoolYear: number }) {
  const schemes = await tx.scheme.findMany({
    where: { establishmentId, schoolYear: { in: [schoolYear, schoolYear - 1] } },
    select: {
      id: true,
      schoolYear: true,
      strand: true,
      pilot: true,
      framework: { select: { code: true, strands: { select: { kind: true, label: true, position: true } } } },
      grid: { select: { id: true, sheetId: true, status: true, updatedAt: true, sheet: { select: { title: true, version: true } } } },
    },
  });
  const ofYear = schemes.filter((s) => s.schoolYear === schoolYear);
  const previousGrids = new Set(schemes.filter((s) => s.schoolYear === schoolYear - 1 && s.grid).map((s) => s.strand));
  // The year's grids in three reads, whatever their number: sheets' items, answers' statuses, the latest sheets.
  const grids = ofYear.flatMap((s) => (s.grid ? [s.grid] : []));
  const items = await tx.gridItem.findMany({
    where: { sheetId: { in: [...new Set(grids.map((g) => g.sheetId))] } },
    orderBy: { position: "asc" },
    select: { sheetId: true, key: true, kind: true, text: true, section: { select: { phase: true } } },
  });
  const answers = await tx.gridAnswer.findMany({ where: { establishmentId, gridId: { in: grids.map((g) => g.id) } }, select: { gridId: true, itemKey: true, status: true } });
  const latest = ofYear.some((s) => !s.grid) ? await latestSheets(tx) : [];
  const rows = [];
  for (const scheme of ofYear) {
    const strand = scheme.framework.strands.find((s) => s.kind === scheme.strand);
    const grid = scheme.grid;
    const completion: GridCompletion | null = grid
      ? completionOf(
          items.filter((i) => i.sheetId === grid.sheetId).map((i) => ({ key: i.key, kind: i.kind, text: i.text, phase: i.section.phase })),
          new Map(answers.filter((a) => a.gridId === grid.id).map((a) => [a.itemKey, a.status])),
        )
      : null;
    const sheet = grid ? grid.sheet : (chooseSheet(latest, scheme.framework.code, scheme.strand) ?? null);
    rows.push({
      schemeId: scheme.id,
      strand: scheme.strand,
      label: strand?.label ?? strandLabels[scheme.strand],
      position: strand?.position ?? 0,
      pilot: scheme.pilot,
      sheetTitle: sheet ? `${sheet.title} (version ${sheet.version})` : null,
      grid: scheme.grid ? { id: scheme.grid.id, status: scheme.grid.status, updatedAt: scheme.grid.updatedAt } : null,
      completion,
      canCarryOver: previousGrids.has(scheme.strand),
    });
  }
  return rows.sort((a, b) => a.position - b.position);
}

export type GridOfYearRow = Awaited<ReturnType<typeof listGridsOfYear>>[number];

/** Everything a grid's pages show: the scheme, the sheet, answers, evidence, workflow, Act block, completion. */
export async function loadGrid(tx: Db, { establishmentId, schoolYear, strand }: { establishmentId: string; schoolYear: number; strand: StrandKind }) {
  const scheme = await tx.scheme.findUnique({
    where: { establishmentId_schoolYear_strand: { establishmentId, schoolYear, strand } },
    select: {
      id: true,
      strand: true,
      pilot: true,
      description: true,
      framework: { select: { code: true, name: true, version: true, strands: { select: { kind: true, label: true } } } },
      grid: { select: { id: true, sheetId: true, status: true, updatedAt: true, carriedFromId: true } },
    },
  });
  if (!scheme) return null;
  const label = scheme.framework.strands.find((s) => s.kind === scheme.strand)?.label ?? strandLabels[scheme.strand];
  const base = { scheme: { id: scheme.id, strand: scheme.strand, label, pilot: scheme.pilot, description: scheme.description, framework: scheme.framework } };
  if (!scheme.grid) {
    const sheet = await sheetForScheme(tx, scheme.framework.code, scheme.strand);
    const previous = await tx.grid.findFirst({
      where: { establishmentId, scheme: { schoolYear: schoolYear - 1, strand } },
      select: { id: true },
    });
    return { ...base, grid: null, sheet: sheet ? await loadSheet(tx, sheet.id) : null, canCarryOver: Boolean(previous) };
  }
  const grid = scheme.grid;
  // One query after the other: a transaction holds one connection.
  const sheet = await loadSheet(tx, grid.sheetId);
  const answers = await tx.gridAnswer.findMany({ where: { establishmentId, gridId: grid.id }, select: { itemKey: true, body: true, status: true, version: true, updatedAt: true, updatedById: true } });
  const evidence = await tx.gridEvidence.findMany({
    where: { establishmentId, gridId: grid.id },
    orderBy: { createdAt: "asc" },
    select: { id: true, itemKey: true, indicatorKey: true, file: { select: { id: true, fileName: true, mediaType: true, byteSize: true } } },
  });
  const events = await tx.gridEvent.findMany({ where: { establishmentId, gridId: grid.id }, orderBy: { at: "asc" }, select: { id: true, kind: true, comment: true, authorName: true, at: true } });
  const actions = await tx.gridAction.findMany({ where: { establishmentId, gridId: grid.id }, orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }] });
  const keyDates = await tx.gridKeyDate.findMany({ where: { establishmentId, gridId: grid.id }, orderBy: { on: "asc" }, select: { id: true, on: true, label: true } });
  const authorIds = [...new Set(answers.map((a) => a.updatedById).filter((id): id is string => Boolean(id)))];
  const authors = new Map((await tx.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const storedAnswers = new Map<string, StoredAnswer>(
    answers.map((a) => [
      a.itemKey,
      { itemKey: a.itemKey, body: a.body, status: a.status, version: a.version, updatedAt: a.updatedAt.toISOString(), updatedBy: (a.updatedById && authors.get(a.updatedById)) || "" },
    ]),
  );
  return {
    ...base,
    grid,
    sheet: sheet!,
    answers: storedAnswers,
    evidence,
    events,
    actions,
    keyDates,
    completion: completionOf(itemsOf(sheet!), new Map(answers.map((a) => [a.itemKey, a.status]))),
    canCarryOver: false,
  };
}

export type LoadedGrid = NonNullable<Awaited<ReturnType<typeof loadGrid>>>;
export type StartedGrid = Extract<LoadedGrid, { grid: { id: string } }>;
