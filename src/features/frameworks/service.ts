import { recordAudit } from "@/features/audit/record";
import { schoolYearLabel } from "@/lib/school-year";
import { ConflictError, InvalidInputError, isUniqueViolation, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import { loadFramework, type FrameworkView } from "./queries";
import type {
  CreateFrameworkInput,
  CreateFrameworkVersionInput,
  FrameworkRefInput,
  StrandInput,
  UpdateFrameworkInput,
  VolumeInput,
} from "./schemas";

// The regulatory frameworks, managed by platform administrators as data: a
// reform is a new framework or a new version, never a code change. A version
// that schemes use is frozen — changing its hours would rewrite what schools
// planned against — so a change becomes a new version. Each function checks
// the actor, locks the version it reads (a scheme created meanwhile waits for
// the lock, so "unused" stays true until commit) and writes one audit row.

export type Actor = { userId: string; isAdmin: boolean };

function requireAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw new NotFoundError();
}

const schemes = (n: number) => `${n} dispositif${n > 1 ? "s" : ""}`;

/** Locks a version against concurrent changes and new schemes, and reads it. */
async function lockFramework(tx: Db, id: string): Promise<FrameworkView> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM frameworks WHERE id = ${id}::uuid FOR UPDATE`;
  const framework = locked.length > 0 ? await loadFramework(tx, id) : null;
  if (!framework) throw new NotFoundError("Ce référentiel n'existe pas.");
  return framework;
}

function countSchemes(tx: Db, frameworkId: string): Promise<number> {
  return tx.scheme.count({ where: { frameworkId } });
}

function strandRows(strands: StrandInput[]) {
  return strands.map((strand, index) => ({ kind: strand.kind, label: strand.label, position: index + 1 }));
}

function volumeRows(volumes: Pick<VolumeInput, "diploma" | "yearOfStudy" | "hours" | "weeklyHours" | "note">[]) {
  return volumes.map((v) => ({ diploma: v.diploma, yearOfStudy: v.yearOfStudy, hours: v.hours, weeklyHours: v.weeklyHours, note: v.note }));
}

/** What the audit keeps of a version's content: short, and enough to see what changed. */
function summarize(f: {
  name: string;
  firstSchoolYear: number;
  lastSchoolYear: number | null;
  source: string;
  strands: { kind: string; label: string }[];
  volumes: { diploma: string; yearOfStudy: number; hours: number | null; weeklyHours: number | null }[];
}) {
  return {
    name: f.name,
    firstSchoolYear: f.firstSchoolYear,
    lastSchoolYear: f.lastSchoolYear,
    source: f.source,
    strands: f.strands.map((s) => `${s.kind}: ${s.label}`),
    volumes: f.volumes.map((v) => `${v.diploma} ${v.yearOfStudy}: ${v.hours ?? "—"} h (${v.weeklyHours ?? "—"} h/sem.)`),
  };
}

export async function createFramework(tx: Db, actor: Actor, input: CreateFrameworkInput) {
  requireAdmin(actor);
  const taken = "Le référentiel " + input.code + " existe déjà : ouvrez-le pour en créer une nouvelle version.";
  if (await tx.framework.findFirst({ where: { code: input.code }, select: { id: true } })) throw new ConflictError(taken);
  let created: { id: string; code: string; version: number };
  try {
    created = await tx.framework.create({
      data: {
        code: input.code,
        version: 1,
        name: input.name,
        firstSchoolYear: input.firstSchoolYear,
        lastSchoolYear: input.lastSchoolYear,
        source: input.source,
        strands: { create: strandRows(input.strands) },
        volumes: { create: volumeRows(input.volumes) },
      },
      select: { id: true, code: true, version: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(taken);
    throw error;
  }
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "framework.create",
    entity: "framework",
    entityId: created.id,
    summary: { code: created.code, version: created.version, ...summarize(input) },
  });
  return created;
}

/** Changes an unused version; a version that schemes use is refused (create a new version instead). */
export async function updateFramework(tx: Db, actor: Actor, input: UpdateFrameworkInput) {
  requireAdmin(actor);
  const before = await lockFramework(tx, input.frameworkId);
  const used = await countSchemes(tx, before.id);
  if (used > 0) {
    throw new ConflictError(`Ce référentiel est utilisé par ${schemes(used)} : créez-en une nouvelle version.`);
  }
  if (before.revision !== input.revision) {
    throw new ConflictError("Ce référentiel a été modifié entre-temps : rechargez la page pour voir sa nouvelle version avant d'enregistrer.");
  }
  await tx.framework.update({
    where: { id: before.id },
    data: {
      name: input.name,
      firstSchoolYear: input.firstSchoolYear,
      lastSchoolYear: input.lastSchoolYear,
      source: input.source,
      strands: { deleteMany: {}, create: strandRows(input.strands) },
      volumes: { deleteMany: {}, create: volumeRows(input.volumes) },
    },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "framework.update",
    entity: "framework",
    entityId: before.id,
    summary: { code: before.code, version: before.version, before: summarize(before), after: summarize(input) },
  });
  return { id: before.id, code: before.code, version: before.version };
}

/**
 * Copies a version into the next version number of its code, to be edited
 * while unused. Optionally ends the copied version the school year before the
 * new one starts — refused when schemes of those later years still use it.
 */
export async function createFrameworkVersion(tx: Db, actor: Actor, input: CreateFrameworkVersionInput) {
  requireAdmin(actor);
  const source = await lockFramework(tx, input.frameworkId);
  let closed: { version: number; before: number | null; after: number } | null = null;
  if (input.closePrevious) {
    const lastYear = input.firstSchoolYear - 1;
    if (lastYear < source.firstSchoolYear) {
      throw new InvalidInputError({
        firstSchoolYear: [
          `Pour clore la version ${source.version}, qui commence en ${schoolYearLabel(source.firstSchoolYear)}, la nouvelle doit commencer au plus tôt en ${schoolYearLabel(source.firstSchoolYear + 1)}.`,
        ],
      });
    }
    if (source.lastSchoolYear === null || source.lastSchoolYear > lastYear) {
      const later = await tx.scheme.count({ where: { frameworkId: source.id, schoolYear: { gt: lastYear } } });
      if (later > 0) {
        throw new ConflictError(
          `La version ${source.version} est utilisée par ${schemes(later)} de ${schoolYearLabel(input.firstSchoolYear)} ou après : elle ne peut pas s'arrêter en ${schoolYearLabel(lastYear)}.`,
        );
      }
      await tx.framework.update({ where: { id: source.id }, data: { lastSchoolYear: lastYear } });
      closed = { version: source.version, before: source.lastSchoolYear, after: lastYear };
    }
  }
  const latest = await tx.framework.aggregate({ where: { code: source.code }, _max: { version: true } });
  const version = (latest._max.version ?? source.version) + 1;
  let created: { id: string; code: string; version: number };
  try {
    created = await tx.framework.create({
      data: {
        code: source.code,
        version,
        name: source.name,
        firstSchoolYear: input.firstSchoolYear,
        lastSchoolYear: input.lastSchoolYear,
        source: source.source,
        strands: { create: source.strands.map((s) => ({ kind: s.kind, label: s.label, position: s.position })) },
        volumes: { create: volumeRows(source.volumes) },
      },
      select: { id: true, code: true, version: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError("Une autre version de ce référentiel vient d'être créée : rechargez la page.");
    }
    throw error;
  }
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "framework.version",
    entity: "framework",
    entityId: created.id,
    summary: {
      code: created.code,
      version: created.version,
      copiedFrom: { id: source.id, version: source.version },
      firstSchoolYear: input.firstSchoolYear,
      lastSchoolYear: input.lastSchoolYear,
      closedPrevious: closed,
    },
  });
  return created;
}

/** Deletes a version no scheme uses. */
export async function deleteFramework(tx: Db, actor: Actor, input: FrameworkRefInput) {
  requireAdmin(actor);
  const framework = await lockFramework(tx, input.frameworkId);
  const used = await countSchemes(tx, framework.id);
  if (used > 0) {
    throw new ConflictError(`Ce référentiel est utilisé par ${schemes(used)} : il ne peut pas être supprimé.`);
  }
  await tx.framework.delete({ where: { id: framework.id } });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "framework.delete",
    entity: "framework",
    entityId: framework.id,
    summary: { code: framework.code, version: framework.version, before: summarize(framework) },
  });
  return { code: framework.code, version: framework.version };
}
