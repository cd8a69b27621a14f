import { recordAudit } from "@/features/audit/record";
import { divisionNameKey } from "@/features/divisions/schemas";
import { schoolYearLabel } from "@/lib/school-year";
import { STALE_EDIT, isCurrentVersion } from "@/lib/versions";
import { ConflictError, InvalidInputError, isUniqueViolation, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import type { PupilRow, RowError } from "./import";
import { pupilNameKey, type CreatePupilInput, type DeletePupilInput, type UpdatePupilInput } from "./schemas";

// A school's pupils for a year. Run in the school's data scope: row-level
// security lets only its staff read them and its steering team write them.
// Audit rows hold ids and counts, never a pupil's name.

type Actor = { userId: string };
type ImportMode = "all" | "valid-only";

function duplicateLocalId(localId: string) {
  return new ConflictError(`L'identifiant « ${localId} » est déjà celui d'un autre élève de cette année.`);
}

async function divisionOfYear(tx: Db, where: { establishmentId: string; divisionId: string }) {
  const division = await tx.division.findFirst({ where: { establishmentId: where.establishmentId, id: where.divisionId }, select: { id: true, schoolYear: true, name: true } });
  if (!division) throw new InvalidInputError({ divisionId: ["Cette classe n'existe pas ou plus."] });
  return division;
}

export async function createPupil(tx: Db, actor: Actor, input: CreatePupilInput) {
  const division = await divisionOfYear(tx, input);
  if (division.schoolYear !== input.schoolYear) {
    throw new InvalidInputError({ divisionId: [`Cette classe n'est pas une classe de ${schoolYearLabel(input.schoolYear)}.`] });
  }
  const pupil = await tx.pupil
    .create({
      data: {
        establishmentId: input.establishmentId,
        schoolYear: input.schoolYear,
        divisionId: input.divisionId,
        lastName: input.lastName,
        firstName: input.firstName,
        localId: input.localId,
      },
      select: { id: true },
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) && input.localId ? duplicateLocalId(input.localId) : error;
    });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "pupil.create",
    entity: "pupil",
    entityId: pupil.id,
    summary: { schoolYear: input.schoolYear, divisionId: input.divisionId },
  });
  return pupil;
}

export async function updatePupil(tx: Db, actor: Actor, input: UpdatePupilInput) {
  const where = { establishmentId: input.establishmentId, id: input.pupilId };
  const before = await tx.pupil.findFirst({ where, select: { schoolYear: true, divisionId: true, updatedAt: true } });
  if (!before) throw new NotFoundError("Cet élève n'existe pas ou plus.");
  if (!isCurrentVersion(before.updatedAt, input.version)) throw new ConflictError(STALE_EDIT);
  const division = await divisionOfYear(tx, input);
  if (division.schoolYear !== before.schoolYear) {
    throw new InvalidInputError({ divisionId: [`Choisissez une classe de ${schoolYearLabel(before.schoolYear)}.`] });
  }
  const { count } = await tx.pupil
    .updateMany({
      where: { ...where, updatedAt: before.updatedAt },
      data: { divisionId: input.divisionId, lastName: input.lastName, firstName: input.firstName, localId: input.localId, updatedAt: new Date() },
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) && input.localId ? duplicateLocalId(input.localId) : error;
    });
  if (count === 0) throw new ConflictError(STALE_EDIT);
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "pupil.update",
    entity: "pupil",
    entityId: input.pupilId,
    summary: { divisionId: { before: before.divisionId, after: input.divisionId } },
  });
}

/** Removes a pupil, and with them (cascade) their diagnostics, group places, referent and attendance. */
export async function deletePupil(tx: Db, actor: Actor, input: DeletePupilInput) {
  const where = { establishmentId: input.establishmentId, id: input.pupilId };
  const pupil = await tx.pupil.findFirst({ where, select: { schoolYear: true, divisionId: true } });
  if (!pupil) throw new NotFoundError("Cet élève n'existe pas ou plus.");
  const { count } = await tx.pupil.deleteMany({ where });
  if (count === 0) throw new NotFoundError("Cet élève n'existe pas ou plus.");
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "pupil.delete",
    entity: "pupil",
    entityId: input.pupilId,
    summary: pupil,
  });
}

export type PupilImportRow = PupilRow & { divisionId: string };
export type PupilImportPlan = { importable: PupilImportRow[]; errors: RowError[]; classNames: string[] };

/** What an import would do: the file's rows checked against the year's classes and pupils. Writes nothing. */
export async function planPupilImport(
  tx: Db,
  input: { establishmentId: string; schoolYear: number; rows: PupilRow[]; errors: RowError[] },
): Promise<PupilImportPlan> {
  const where = { establishmentId: input.establishmentId, schoolYear: input.schoolYear };
  const [divisions, pupils] = await Promise.all([
    tx.division.findMany({ where, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    tx.pupil.findMany({ where, select: { lastName: true, firstName: true, divisionId: true, localId: true } }),
  ]);
  const divisionByKey = new Map(divisions.map((d) => [divisionNameKey(d.name), d]));
  const nameOfDivision = new Map(divisions.map((d) => [d.id, d.name]));
  const existingIds = new Set(pupils.flatMap((p) => (p.localId ? [p.localId.toUpperCase()] : [])));
  const existingPupils = new Set(pupils.map((p) => `${pupilNameKey(p.lastName, p.firstName)}|${p.divisionId}`));
  const known = divisions.map((d) => d.name);
  const year = schoolYearLabel(input.schoolYear);
  const importable: PupilImportRow[] = [];
  const errors = [...input.errors];
  for (const row of input.rows) {
    const division = divisionByKey.get(divisionNameKey(row.className));
    const messages: string[] = [];
    if (!division) {
      messages.push(
        known.length === 0
          ? `Ligne ${row.line} : la classe « ${row.className} » n'existe pas en ${year} : aucune classe n'est encore enregistrée cette année.`
          : `Ligne ${row.line} : la classe « ${row.className} » n'existe pas en ${year} (classes de l'année : ${known.slice(0, 12).join(", ")}${known.length > 12 ? "…" : ""}).`,
      );
    } else if (row.localId && existingIds.has(row.localId.toUpperCase())) {
      messages.push(`Ligne ${row.line} : l'identifiant « ${row.localId} » est déjà celui d'un élève de ${year}.`);
    } else if (existingPupils.has(`${pupilNameKey(row.lastName, row.firstName)}|${division.id}`)) {
      messages.push(`Ligne ${row.line} : ${row.firstName} ${row.lastName} est déjà inscrit(e) en ${nameOfDivision.get(division.id)}.`);
    }
    if (messages.length > 0) errors.push({ line: row.line, messages });
    else importable.push({ ...row, divisionId: division!.id });
  }
  errors.sort((a, b) => a.line - b.line);
  return { importable, errors, classNames: known };
}

const MESSAGES_SHOWN = 200;

function refusal(errors: RowError[], message: string) {
  const messages = errors.flatMap((e) => e.messages);
  const shown = messages.slice(0, MESSAGES_SHOWN);
  if (messages.length > shown.length) shown.push(`… et ${messages.length - shown.length} autres erreurs.`);
  return new InvalidInputError({ file: shown }, message);
}

/** Creates the pupils of a file: "all" writes nothing unless every row is good; "valid-only" leaves the bad ones out. */
export async function importPupils(
  tx: Db,
  actor: Actor,
  input: { establishmentId: string; schoolYear: number; rows: PupilRow[]; errors: RowError[]; mode: ImportMode },
) {
  const plan = await planPupilImport(tx, input);
  if (input.mode === "all" && plan.errors.length > 0) {
    const lines = plan.errors.length;
    throw refusal(plan.errors, `Le fichier compte ${lines} ligne${lines > 1 ? "s" : ""} en erreur : aucun élève n'a été importé.`);
  }
  if (plan.importable.length === 0) throw refusal(plan.errors, "Le fichier ne contient aucun élève à importer.");
  const { count } = await tx.pupil
    .createMany({
      data: plan.importable.map((row) => ({
        establishmentId: input.establishmentId,
        schoolYear: input.schoolYear,
        divisionId: row.divisionId,
        lastName: row.lastName,
        firstName: row.firstName,
        localId: row.localId,
      })),
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) {
        throw new ConflictError("Un élève du fichier vient d'être inscrit par ailleurs : prévisualisez à nouveau le fichier.");
      }
      throw error;
    });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "pupil.import",
    entity: "pupil",
    entityId: schoolYearLabel(input.schoolYear),
    summary: { schoolYear: input.schoolYear, mode: input.mode, imported: count, skippedLines: plan.errors.length },
  });
  return { imported: count, skipped: plan.errors.length };
}
