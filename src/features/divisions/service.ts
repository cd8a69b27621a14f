import { recordAudit } from "@/features/audit/record";
import { schoolYearLabel } from "@/lib/school-year";
import { STALE_EDIT, isCurrentVersion } from "@/lib/versions";
import { ConflictError, InvalidInputError, isUniqueViolation, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import type { RowError, ValidRow } from "./import";
import {
  divisionFieldsSchema,
  divisionNameKey,
  type CreateDivisionInput,
  type DeleteDivisionInput,
  type ImportMode,
  type UpdateDivisionInput,
} from "./schemas";

// A school's classes for a year. The caller runs these in the school's data
// scope: row-level security lets only that school's rows be read or written.

type Actor = { userId: string };

/** Another class of the year with that name (case and spacing aside), if any. A year holds tens of classes: compared here. */
async function homonym(tx: Db, where: { establishmentId: string; schoolYear: number; name: string; except?: string }) {
  const classes = await tx.division.findMany({
    where: { establishmentId: where.establishmentId, schoolYear: where.schoolYear },
    select: { id: true, name: true },
  });
  const key = divisionNameKey(where.name);
  return classes.find((c) => c.id !== where.except && divisionNameKey(c.name) === key);
}

function duplicateName(name: string, schoolYear: number) {
  return new ConflictError(`Une classe « ${name} » existe déjà en ${schoolYearLabel(schoolYear)}.`);
}

export async function createDivision(tx: Db, actor: Actor, input: CreateDivisionInput) {
  if (await homonym(tx, input)) throw duplicateName(input.name, input.schoolYear);
  const division = await tx.division
    .create({
      data: {
        establishmentId: input.establishmentId,
        schoolYear: input.schoolYear,
        name: input.name,
        diploma: input.diploma,
        yearOfStudy: input.yearOfStudy,
        trade: input.trade,
        headcount: input.headcount,
      },
      select: { id: true },
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? duplicateName(input.name, input.schoolYear) : error;
    });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "division.create",
    entity: "division",
    entityId: division.id,
    summary: { schoolYear: input.schoolYear, name: input.name, diploma: input.diploma, yearOfStudy: input.yearOfStudy, headcount: input.headcount },
  });
  return division;
}

const editableFields = { name: true, diploma: true, yearOfStudy: true, trade: true, headcount: true } as const;

export async function updateDivision(tx: Db, actor: Actor, input: UpdateDivisionInput) {
  const where = { establishmentId: input.establishmentId, id: input.divisionId };
  const before = await tx.division.findFirst({ where, select: { ...editableFields, schoolYear: true, updatedAt: true } });
  if (!before) throw new NotFoundError("Cette classe n'existe pas ou plus.");
  if (!isCurrentVersion(before.updatedAt, input.version)) throw new ConflictError(STALE_EDIT);
  if (await homonym(tx, { ...input, schoolYear: before.schoolYear, except: input.divisionId })) {
    throw duplicateName(input.name, before.schoolYear);
  }
  const after = { name: input.name, diploma: input.diploma, yearOfStudy: input.yearOfStudy, trade: input.trade, headcount: input.headcount };
  const { count } = await tx.division.updateMany({ where: { ...where, updatedAt: before.updatedAt }, data: { ...after, updatedAt: new Date() } }).catch((error: unknown) => {
    throw isUniqueViolation(error) ? duplicateName(input.name, before.schoolYear) : error;
  });
  if (count === 0) throw new ConflictError(STALE_EDIT);
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "division.update",
    entity: "division",
    entityId: input.divisionId,
    summary: { before: { name: before.name, diploma: before.diploma, yearOfStudy: before.yearOfStudy, trade: before.trade, headcount: before.headcount }, after },
  });
}

/** Removes a class that nothing depends on: no next-year class continues it, no hours are planned for it. */
export async function deleteDivision(tx: Db, actor: Actor, input: DeleteDivisionInput) {
  const where = { establishmentId: input.establishmentId, id: input.divisionId };
  const division = await tx.division.findFirst({ where, select: { name: true, schoolYear: true, diploma: true, yearOfStudy: true } });
  if (!division) throw new NotFoundError("Cette classe n'existe pas ou plus.");
  const next = await tx.division.findFirst({
    where: { establishmentId: input.establishmentId, previousDivisionId: input.divisionId },
    select: { name: true, schoolYear: true },
  });
  if (next) {
    throw new ConflictError(
      `La classe « ${division.name} » ne peut pas être supprimée : la classe « ${next.name} » de ${schoolYearLabel(next.schoolYear)} en est la suite. Retirez d'abord ce lien.`,
    );
  }
  // Hour entries would go with the class (ON DELETE CASCADE): refuse rather than lose them.
  const hours = await tx.hourPlanEntry.count({ where: { establishmentId: input.establishmentId, divisionId: input.divisionId } });
  if (hours > 0) {
    throw new ConflictError(
      `La classe « ${division.name} » ne peut pas être supprimée : des heures sont prévues pour elle (${hours} ligne${hours > 1 ? "s" : ""} du plan horaire). Supprimez-les d'abord.`,
    );
  }
  // Its pupils, with their diagnostics and groups, would go with it too: refuse likewise.
  const pupils = await tx.pupil.count({ where: { establishmentId: input.establishmentId, divisionId: input.divisionId } });
  if (pupils > 0) {
    throw new ConflictError(
      `La classe « ${division.name} » ne peut pas être supprimée : ${pupils} élève${pupils > 1 ? "s y sont inscrits" : " y est inscrit"}. Retirez-les ou changez-les de classe d'abord.`,
    );
  }
  const { count } = await tx.division.deleteMany({ where });
  if (count === 0) throw new NotFoundError("Cette classe n'existe pas ou plus.");
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "division.delete",
    entity: "division",
    entityId: input.divisionId,
    summary: { before: division },
  });
}

export type ImportPlan = {
  /** Rows that can be written: valid and not already a class of the year. */
  importable: ValidRow[];
  /** Every bad row, the file's own problems and classes already present, by line. */
  errors: RowError[];
  /** Names of the file that are already classes of the year. */
  existingNames: string[];
};

/** What an import would do: the file's rows checked against the year's classes in the database. Writes nothing. */
export async function planDivisionImport(
  tx: Db,
  input: { establishmentId: string; schoolYear: number; rows: ValidRow[]; errors: RowError[] },
): Promise<ImportPlan> {
  const existing = await tx.division.findMany({
    where: { establishmentId: input.establishmentId, schoolYear: input.schoolYear },
    select: { name: true },
  });
  const existingByKey = new Map(existing.map((d) => [divisionNameKey(d.name), d.name]));
  const importable: ValidRow[] = [];
  const errors = [...input.errors];
  const existingNames: string[] = [];
  for (const row of input.rows) {
    const found = existingByKey.get(divisionNameKey(row.name));
    if (found === undefined) {
      importable.push(row);
      continue;
    }
    existingNames.push(found);
    errors.push({
      line: row.line,
      messages: [`Ligne ${row.line} : la classe « ${row.name} » existe déjà en ${schoolYearLabel(input.schoolYear)}.`],
    });
  }
  errors.sort((a, b) => a.line - b.line);
  return { importable, errors, existingNames };
}

/** At most this many messages travel back in a refusal; the preview lists them all. */
const MESSAGES_SHOWN = 200;

function refusal(errors: RowError[], message: string) {
  const messages = errors.flatMap((e) => e.messages);
  const shown = messages.slice(0, MESSAGES_SHOWN);
  if (messages.length > shown.length) shown.push(`… et ${messages.length - shown.length} autres erreurs.`);
  return new InvalidInputError({ file: shown }, message);
}

/**
 * Creates the classes of a file. "all" writes nothing unless every row is
 * good; "valid-only" writes the good ones and leaves the others out. One
 * statement for the rows, one audit row for the import (counts, not the file).
 */
export async function importDivisions(
  tx: Db,
  actor: Actor,
  input: { establishmentId: string; schoolYear: number; rows: ValidRow[]; mode: ImportMode; errors: RowError[] },
) {
  // The rows come from the server's own reading of the file; they are checked again against the rules of a class.
  const checked: ValidRow[] = [];
  const errors = [...input.errors];
  for (const row of input.rows) {
    const parsed = divisionFieldsSchema.safeParse({
      name: row.name,
      diploma: row.diploma,
      yearOfStudy: row.yearOfStudy,
      trade: row.trade,
      headcount: row.headcount,
    });
    if (parsed.success) checked.push({ line: row.line, ...parsed.data });
    else errors.push({ line: row.line, messages: parsed.error.issues.map((issue) => `Ligne ${row.line} : ${issue.message}`) });
  }
  const plan = await planDivisionImport(tx, { ...input, rows: checked, errors });
  if (input.mode === "all" && plan.errors.length > 0) {
    const lines = plan.errors.length;
    throw refusal(plan.errors, `Le fichier compte ${lines} ligne${lines > 1 ? "s" : ""} en erreur : aucune classe n'a été importée.`);
  }
  if (plan.importable.length === 0) throw refusal(plan.errors, "Le fichier ne contient aucune classe à importer.");
  const { count } = await tx.division
    .createMany({
      data: plan.importable.map((row) => ({
        establishmentId: input.establishmentId,
        schoolYear: input.schoolYear,
        name: row.name,
        diploma: row.diploma,
        yearOfStudy: row.yearOfStudy,
        trade: row.trade,
        headcount: row.headcount,
      })),
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) {
        throw new ConflictError("Une classe du fichier vient d'être créée par ailleurs : prévisualisez à nouveau le fichier.");
      }
      throw error;
    });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "division.import",
    entity: "division",
    entityId: schoolYearLabel(input.schoolYear),
    summary: { schoolYear: input.schoolYear, mode: input.mode, imported: count, skippedLines: plan.errors.length },
  });
  return { imported: count, skipped: plan.errors.length };
}
