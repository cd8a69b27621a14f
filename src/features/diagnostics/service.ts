import { recordAudit } from "@/features/audit/record";
import { versionOf } from "@/lib/versions";
import { ConflictError, InvalidInputError, isUniqueViolation, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import type { MasteryLevel } from "./levels";
import type { ArchiveCompetencyInput, ArchiveToolInput, CreateCompetencyInput, CreateToolInput, SaveDiagnosticsInput } from "./schemas";

// The school's own positioning tools and competencies, and the diagnostic
// entry. Run in the school's data scope. Teachers may enter diagnostics for
// every pupil of their school: the diagnosis comes before need groups exist.

type Actor = { userId: string };

export async function createCompetency(tx: Db, actor: Actor, input: CreateCompetencyInput) {
  const last = await tx.competency.aggregate({ where: { establishmentId: input.establishmentId, domain: input.domain }, _max: { position: true } });
  const competency = await tx.competency.create({
    data: { establishmentId: input.establishmentId, domain: input.domain, label: input.label, position: (last._max.position ?? 100) + 1 },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "competency.create",
    entity: "competency",
    entityId: competency.id,
    summary: { domain: input.domain, label: input.label },
  });
  return competency;
}

export async function archiveCompetency(tx: Db, actor: Actor, input: ArchiveCompetencyInput) {
  const { count } = await tx.competency.updateMany({
    where: { id: input.competencyId, establishmentId: input.establishmentId },
    data: { archivedAt: input.archived ? new Date() : null },
  });
  if (count === 0) throw new NotFoundError("Cette compétence n'existe pas, ou c'est une compétence nationale, qui ne s'archive pas.");
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: input.archived ? "competency.archive" : "competency.restore",
    entity: "competency",
    entityId: input.competencyId,
  });
}

export async function createTool(tx: Db, actor: Actor, input: CreateToolInput) {
  const tool = await tx.positioningTool.create({
    data: { establishmentId: input.establishmentId, kind: "SCHOOL_OWN", label: input.label },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "tool.create",
    entity: "positioning_tool",
    entityId: tool.id,
    summary: { label: input.label },
  });
  return tool;
}

export async function archiveTool(tx: Db, actor: Actor, input: ArchiveToolInput) {
  const { count } = await tx.positioningTool.updateMany({
    where: { id: input.toolId, establishmentId: input.establishmentId },
    data: { archivedAt: input.archived ? new Date() : null },
  });
  if (count === 0) throw new NotFoundError("Cet outil n'existe pas, ou c'est un outil national, qui ne s'archive pas.");
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: input.archived ? "tool.archive" : "tool.restore",
    entity: "positioning_tool",
    entityId: input.toolId,
  });
}

/** A cell stored by someone else since the user loaded the table: what is stored now. */
export type CellConflict = { pupilId: string; competencyId: string; level: MasteryLevel | null; version: string | null };

const cellKey = (pupilId: string, competencyId: string) => `${pupilId}|${competencyId}`;

function staleSave(conflicts: CellConflict[]) {
  const n = conflicts.length;
  return new ConflictError(
    `${n} cellule${n > 1 ? "s ont" : " a"} été modifiée${n > 1 ? "s" : ""} par quelqu'un d'autre depuis l'ouverture du tableau : rien n'a été enregistré. ` +
      "Les valeurs enregistrées sont signalées dans le tableau ; votre saisie est conservée. Enregistrez à nouveau pour la garder.",
    conflicts,
  );
}

/** Another save committed between our check and our write (rare): nothing written, reload. */
function racingSave() {
  return new ConflictError("Quelqu'un a enregistré ce tableau au même moment : rien n'a été enregistré. Rechargez la page pour voir ses valeurs, puis refaites votre saisie.");
}

/**
 * Saves the changed cells of a class's table in one transaction: every cell
 * carries the version the user saw, and if any was changed meanwhile nothing
 * is written and the stored values come back (never a silent overwrite).
 */
export async function saveDiagnostics(tx: Db, actor: Actor, input: SaveDiagnosticsInput) {
  const establishmentId = input.establishmentId;
  const period = await tx.period.findFirst({ where: { establishmentId, id: input.periodId, kind: "TEACHING" }, select: { id: true, schoolYear: true } });
  if (!period) throw new InvalidInputError({ periodId: ["Cette période n'existe pas ou plus."] });
  const tool = await tx.positioningTool.findFirst({
    where: { id: input.toolId, archivedAt: null, OR: [{ establishmentId: null }, { establishmentId }] },
    select: { id: true },
  });
  if (!tool) throw new InvalidInputError({ toolId: ["Cet outil de positionnement n'existe pas ou est archivé."] });

  const seenKeys = new Set<string>();
  for (const cell of input.cells) {
    const key = cellKey(cell.pupilId, cell.competencyId);
    if (seenKeys.has(key)) throw new InvalidInputError({ cells: ["Une cellule figure deux fois dans l'enregistrement."] });
    seenKeys.add(key);
  }
  const pupilIds = [...new Set(input.cells.map((c) => c.pupilId))];
  const competencyIds = [...new Set(input.cells.map((c) => c.competencyId))];
  const [pupils, competencies] = await Promise.all([
    tx.pupil.count({ where: { establishmentId, schoolYear: period.schoolYear, id: { in: pupilIds } } }),
    tx.competency.findMany({ where: { id: { in: competencyIds }, OR: [{ establishmentId: null }, { establishmentId }] }, select: { id: true, archivedAt: true } }),
  ]);
  if (pupils !== pupilIds.length) throw new InvalidInputError({ cells: ["Un élève du tableau n'existe pas ou plus pour cette année : rechargez la page."] });
  if (competencies.length !== competencyIds.length) throw new InvalidInputError({ cells: ["Une compétence du tableau n'existe pas ou plus : rechargez la page."] });
  const archived = new Set(competencies.filter((c) => c.archivedAt).map((c) => c.id));
  if (input.cells.some((c) => c.level !== null && archived.has(c.competencyId))) {
    throw new InvalidInputError({ cells: ["Une compétence du tableau est archivée : on ne peut plus y saisir de niveau."] });
  }

  const existing = await tx.diagnosticResult.findMany({
    where: { establishmentId, periodId: period.id, pupilId: { in: pupilIds }, competencyId: { in: competencyIds } },
    select: { pupilId: true, competencyId: true, level: true, updatedAt: true },
  });
  const stored = new Map(existing.map((r) => [cellKey(r.pupilId, r.competencyId), r]));
  const conflicts: CellConflict[] = [];
  for (const cell of input.cells) {
    const current = stored.get(cellKey(cell.pupilId, cell.competencyId));
    const version = current ? versionOf(current.updatedAt) : null;
    if (version !== cell.seen) conflicts.push({ pupilId: cell.pupilId, competencyId: cell.competencyId, level: current?.level ?? null, version });
  }
  if (conflicts.length > 0) throw staleSave(conflicts);

  const now = new Date();
  let set = 0;
  let cleared = 0;
  const versions: { pupilId: string; competencyId: string; version: string | null }[] = [];
  const created: { pupilId: string; competencyId: string; level: MasteryLevel }[] = [];
  for (const cell of input.cells) {
    const where = { establishmentId, pupilId: cell.pupilId, competencyId: cell.competencyId, periodId: period.id };
    const current = stored.get(cellKey(cell.pupilId, cell.competencyId));
    const version = { pupilId: cell.pupilId, competencyId: cell.competencyId, version: cell.level === null ? null : versionOf(now) };
    versions.push(version);
    if (cell.level === null) {
      if (!current) continue;
      // The version is in the WHERE: a save that slipped in between is caught here too.
      const { count } = await tx.diagnosticResult.deleteMany({ where: { ...where, updatedAt: current.updatedAt } });
      if (count === 0) throw racingSave();
      cleared += 1;
    } else if (current) {
      const { count } = await tx.diagnosticResult.updateMany({
        where: { ...where, updatedAt: current.updatedAt },
        data: { level: cell.level, toolId: tool.id, recordedById: actor.userId, updatedAt: now },
      });
      if (count === 0) throw racingSave();
      set += 1;
    } else {
      created.push({ pupilId: cell.pupilId, competencyId: cell.competencyId, level: cell.level });
    }
  }
  // A first entry is all new cells: one statement for them (a cell created meanwhile breaks the key).
  if (created.length > 0) {
    const { count } = await tx.diagnosticResult
      .createMany({
        data: created.map((c) => ({ establishmentId, periodId: period.id, ...c, toolId: tool.id, recordedById: actor.userId, updatedAt: now })),
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw racingSave();
        throw error;
      });
    set += count;
  }
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId,
    action: "diagnostic.save",
    entity: "period",
    entityId: period.id,
    summary: { toolId: tool.id, set, cleared, pupils: pupilIds.length },
  });
  return { set, cleared, versions };
}
