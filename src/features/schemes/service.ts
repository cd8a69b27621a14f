import { recordAudit } from "@/features/audit/record";
import { schoolYearLabel } from "@/lib/school-year";
import { STALE_EDIT, isCurrentVersion } from "@/lib/versions";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import type { DeleteSchemeInput, OpenSchemesInput, UpdateSchemeInput } from "./schemas";

type Actor = { userId: string };

/**
 * Opens the school's schemes for a year: one per strand of a framework in
 * force that year. Strands already open are kept; a year follows one framework.
 */
export async function openSchemes(tx: Db, actor: Actor, input: OpenSchemesInput) {
  const framework = await tx.framework.findFirst({
    where: {
      id: input.frameworkId,
      firstSchoolYear: { lte: input.schoolYear },
      OR: [{ lastSchoolYear: null }, { lastSchoolYear: { gte: input.schoolYear } }],
    },
    select: { id: true, name: true, version: true, strands: { orderBy: { position: "asc" }, select: { kind: true } } },
  });
  if (!framework) {
    throw new InvalidInputError({ frameworkId: [`Ce référentiel ne s'applique pas à l'année ${schoolYearLabel(input.schoolYear)}.`] });
  }
  const existing = await tx.scheme.findMany({
    where: { establishmentId: input.establishmentId, schoolYear: input.schoolYear },
    select: { strand: true, frameworkId: true },
  });
  if (existing.some((scheme) => scheme.frameworkId !== framework.id)) {
    throw new ConflictError("Les dispositifs de cette année suivent déjà un autre référentiel.");
  }
  const open = new Set(existing.map((scheme) => scheme.strand));
  const missing = framework.strands.filter((strand) => !open.has(strand.kind));
  if (missing.length === 0) throw new ConflictError("Tous les volets de ce référentiel sont déjà ouverts pour cette année.");
  await tx.scheme.createMany({
    data: missing.map((strand) => ({
      establishmentId: input.establishmentId,
      schoolYear: input.schoolYear,
      frameworkId: framework.id,
      strand: strand.kind,
    })),
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "scheme.open",
    entity: "scheme",
    entityId: `${input.schoolYear}`,
    summary: { framework: `${framework.name} (v${framework.version})`, strands: missing.map((s) => s.kind) },
  });
  return { opened: missing.length };
}

export async function updateScheme(tx: Db, actor: Actor, input: UpdateSchemeInput) {
  const key = { establishmentId_id: { establishmentId: input.establishmentId, id: input.schemeId } };
  const before = await tx.scheme.findUnique({ where: key, select: { pilot: true, description: true, updatedAt: true } });
  if (!before) throw new NotFoundError("Ce dispositif n'existe plus.");
  if (!isCurrentVersion(before.updatedAt, input.version)) throw new ConflictError(STALE_EDIT);
  const { count } = await tx.scheme.updateMany({
    where: { establishmentId: input.establishmentId, id: input.schemeId, updatedAt: before.updatedAt },
    data: { pilot: input.pilot, description: input.description, updatedAt: new Date() },
  });
  if (count === 0) throw new ConflictError(STALE_EDIT);
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "scheme.update",
    entity: "scheme",
    entityId: input.schemeId,
    summary: { before: { pilot: before.pilot }, after: { pilot: input.pilot } },
  });
}

export async function deleteScheme(tx: Db, actor: Actor, input: DeleteSchemeInput) {
  const key = { establishmentId_id: { establishmentId: input.establishmentId, id: input.schemeId } };
  const scheme = await tx.scheme.findUnique({ where: key, select: { strand: true, _count: { select: { hourEntries: true } } } });
  if (!scheme) throw new NotFoundError("Ce dispositif n'existe plus.");
  if (scheme._count.hourEntries > 0) {
    throw new ConflictError("Ce dispositif porte des heures prévues ou faites : retirez-les avant de le fermer.");
  }
  await tx.scheme.delete({ where: key });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "scheme.delete",
    entity: "scheme",
    entityId: input.schemeId,
    summary: { strand: scheme.strand },
  });
}
