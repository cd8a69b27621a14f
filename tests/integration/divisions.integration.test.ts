// The classes of a school year against the real database, as the app runs:
// the app role under row-level security, the import's all-or-valid-only
// rule, classes already present, a large file, deletions that would lose
// hours, and the actions as coordinators and others.
import { beforeAll, describe, expect, it } from "vitest";
import type { RequestScope } from "@/features/access/scope";
import * as actions from "@/features/divisions/actions";
import { readDivisionFile } from "@/features/divisions/import";
import { listDivisions } from "@/features/divisions/queries";
import * as divisions from "@/features/divisions/service";
import { runAsScope, type ActionResult } from "@/server/action";
import { ConflictError, InvalidInputError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import { runInScope } from "@/server/scoped-transaction";
import { insertAcademy, insertEstablishment, insertUser, scopeOf } from "../factories";
import { appTestDb, testDb } from "../setup/database";
import { whileWrittenMeanwhile } from "../setup/meanwhile";

const YEAR = 2026;
let schoolId: string;
let otherSchoolId: string;
let coordinatorId: string;
let coordinatorScope: RequestScope;
let teacherScope: RequestScope;
let otherCoordinatorScope: RequestScope;

/** Runs work the way the app does for the school's coordinator: app role, school's data scope. */
function asCoordinator<T>(work: (tx: Db) => Promise<T>, school = schoolId): Promise<T> {
  return runInScope(appTestDb(), { userId: coordinatorId, isAdmin: false, readable: [school], writable: school }, work);
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error,
  );
}

/** A fresh school with its own coordinator, so that each test sees only its own classes. */
async function freshSchool() {
  const academy = await insertAcademy(testDb());
  const school = await insertEstablishment(testDb(), { academyId: academy.id });
  return school.id;
}

function classesOf(establishmentId: string) {
  return testDb().division.findMany({ where: { establishmentId, schoolYear: YEAR }, orderBy: { name: "asc" } });
}

function csvFile(text: string, name = "classes.csv") {
  return new File([text], name, { type: "text/csv" });
}

async function importText(establishmentId: string, text: string, mode: "all" | "valid-only") {
  const parsed = readDivisionFile(Buffer.from(text, "utf8"));
  return asCoordinator(
    (tx) =>
      divisions.importDivisions(tx, { userId: coordinatorId }, { establishmentId, schoolYear: YEAR, rows: parsed.rows, errors: parsed.errors, mode }),
    establishmentId,
  );
}

beforeAll(async () => {
  const academy = await insertAcademy(testDb());
  schoolId = (await insertEstablishment(testDb(), { academyId: academy.id })).id;
  otherSchoolId = (await insertEstablishment(testDb(), { academyId: academy.id })).id;
  const coordinator = await insertUser(testDb(), { memberships: [{ establishmentId: schoolId, role: "COORDINATOR" }] });
  const teacher = await insertUser(testDb(), { memberships: [{ establishmentId: schoolId, role: "TEACHER" }] });
  const otherCoordinator = await insertUser(testDb(), { memberships: [{ establishmentId: otherSchoolId, role: "COORDINATOR" }] });
  coordinatorId = coordinator.id;
  coordinatorScope = await scopeOf(testDb(), coordinator.id);
  teacherScope = await scopeOf(testDb(), teacher.id);
  otherCoordinatorScope = await scopeOf(testDb(), otherCoordinator.id);
});

const fileWithOneBadRow = "Classe;Formation;Année;Effectif\n2MELEC;Bac Pro;Seconde;24\n1CAP;CAP;1;abc\nTMA;TLEPRO;;18\n";

/** The version a form would carry for a class, read as its owner. */
async function versionOfDivision(id: string): Promise<string> {
  return (await testDb().division.findFirstOrThrow({ where: { id }, select: { updatedAt: true } })).updatedAt.toISOString();
}

describe("importing classes through the service", () => {
  it("writes nothing in 'all' mode when a row is in error, and says which", async () => {
    const school = await freshSchool();
    const error = (await failure(importText(school, fileWithOneBadRow, "all"))) as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toBe("Le fichier compte 1 ligne en erreur : aucune classe n'a été importée.");
    expect(error.fieldErrors.file).toEqual(["Ligne 3 : l'effectif « abc » n'est pas un nombre entier."]);
    expect(await classesOf(school)).toEqual([]);
    expect(await testDb().auditEvent.count({ where: { establishmentId: school, action: "division.import" } })).toBe(0);
  });

  it("writes the valid rows in 'valid-only' mode, with one audit row that counts them", async () => {
    const school = await freshSchool();
    expect(await importText(school, fileWithOneBadRow, "valid-only")).toEqual({ imported: 2, skipped: 1 });
    const written = await classesOf(school);
    expect(written.map((d) => [d.name, d.diploma, d.yearOfStudy, d.headcount])).toEqual([
      ["2MELEC", "BAC_PRO", 1, 24],
      ["TMA", "BAC_PRO", 3, 18],
    ]);
    const audit = await testDb().auditEvent.findMany({ where: { establishmentId: school } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "division.import",
      actorId: coordinatorId,
      summary: { schoolYear: YEAR, mode: "valid-only", imported: 2, skippedLines: 1 },
    });
  });

  it("reports a class that already exists in the year, whatever its case, and imports it in no mode", async () => {
    const school = await freshSchool();
    await testDb().division.create({ data: { establishmentId: school, schoolYear: YEAR, name: "2melec", diploma: "BAC_PRO", yearOfStudy: 1 } });
    // The same name another year, or in another school, is no conflict.
    await testDb().division.create({ data: { establishmentId: school, schoolYear: YEAR - 1, name: "TMA", diploma: "BAC_PRO", yearOfStudy: 2 } });
    const text = "Classe;Formation\n2MELEC;2NDPRO\nTMA;TLEPRO\n";
    const plan = await asCoordinator((tx) => divisions.planDivisionImport(tx, { establishmentId: school, schoolYear: YEAR, ...readDivisionFile(Buffer.from(text)) }), school);
    expect(plan.existingNames).toEqual(["2melec"]);
    expect(plan.errors).toEqual([{ line: 2, messages: ["Ligne 2 : la classe « 2MELEC » existe déjà en 2026-2027."] }]);
    expect(plan.importable.map((r) => r.name)).toEqual(["TMA"]);
    await expect(importText(school, text, "all")).rejects.toBeInstanceOf(InvalidInputError);
    expect(await importText(school, text, "valid-only")).toEqual({ imported: 1, skipped: 1 });
    expect((await classesOf(school)).map((d) => d.name)).toEqual(["2melec", "TMA"]);
  });

  it("refuses a file with no valid row even in 'valid-only' mode", async () => {
    const school = await freshSchool();
    const error = (await failure(importText(school, "Classe;Formation\nA;BTS\n", "valid-only"))) as InvalidInputError;
    expect(error.message).toBe("Le fichier ne contient aucune classe à importer.");
    expect(await classesOf(school)).toEqual([]);
  });

  it("cannot write another school's classes, whatever the input says", async () => {
    const school = await freshSchool();
    const parsed = readDivisionFile(Buffer.from("Classe;Formation\nX;2NDPRO\n"));
    await expect(
      asCoordinator((tx) =>
        divisions.importDivisions(tx, { userId: coordinatorId }, { establishmentId: school, schoolYear: YEAR, ...parsed, mode: "all" }),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await classesOf(school)).toEqual([]);
  });

  it("imports 10,000 classes in one go", async () => {
    const school = await freshSchool();
    const lines = ["Division;Formation;Année;Spécialité;Effectif"];
    const formations = ["CAP;1", "CAP;2", "Bac Pro;Seconde", "Bac Pro;Première", "Bac Pro;Terminale"];
    for (let i = 0; i < 10_000; i++) lines.push(`D${i};${formations[i % formations.length]};Métier ${i % 11};${i % 30}`);
    const started = performance.now();
    const result = await importText(school, lines.join("\n"), "all");
    const elapsed = performance.now() - started;
    console.log(`10 000 classes lues, vérifiées et importées par le service en ${elapsed.toFixed(0)} ms`);
    expect(result).toEqual({ imported: 10_000, skipped: 0 });
    expect(await testDb().division.count({ where: { establishmentId: school } })).toBe(10_000);
    const listed = await asCoordinator((tx) => listDivisions(tx, { establishmentId: school, schoolYear: YEAR }), school);
    expect(listed[0]).toMatchObject({ diploma: "CAP", yearOfStudy: 1, name: "D0" });
    expect(listed.at(-1)).toMatchObject({ diploma: "BAC_PRO", yearOfStudy: 3, name: "D9999" });
  });
});

describe("editing and removing a class", () => {
  it("creates, renames and refuses a second class of the same name in the year", async () => {
    const school = await freshSchool();
    const base = { establishmentId: school, schoolYear: YEAR, diploma: "CAP" as const, yearOfStudy: 1, trade: "", headcount: 12 };
    const first = await asCoordinator((tx) => divisions.createDivision(tx, { userId: coordinatorId }, { ...base, name: "1CAP A" }), school);
    await asCoordinator((tx) => divisions.createDivision(tx, { userId: coordinatorId }, { ...base, name: "1CAP B" }), school);
    await expect(
      asCoordinator((tx) => divisions.createDivision(tx, { userId: coordinatorId }, { ...base, name: "1cap a" }), school),
    ).rejects.toThrow(new ConflictError("Une classe « 1cap a » existe déjà en 2026-2027."));
    await expect(
      asCoordinator(
        async (tx) => divisions.updateDivision(tx, { userId: coordinatorId }, { ...base, divisionId: first.id, version: await versionOfDivision(first.id), name: "1CAP B" }),
        school,
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    await asCoordinator(
      async (tx) => divisions.updateDivision(tx, { userId: coordinatorId }, { ...base, divisionId: first.id, version: await versionOfDivision(first.id), name: "1CAP A", headcount: 14 }),
      school,
    );
    expect((await classesOf(school)).map((d) => [d.name, d.headcount])).toEqual([
      ["1CAP A", 14],
      ["1CAP B", 12],
    ]);
    const audit = await testDb().auditEvent.findMany({ where: { entityId: first.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["division.create", "division.update"]);
  });

  it("refuses in French a class of the same name created meanwhile, which its check could not see yet", async () => {
    // Another coordinator's class, not committed yet: the check reads no such class, and the
    // insert waits on the unique index until the other transaction commits, then fails on it.
    const school = await freshSchool();
    const base = { establishmentId: school, schoolYear: YEAR, diploma: "CAP" as const, yearOfStudy: 1, trade: "", headcount: 12 };
    const created = failure(
      whileWrittenMeanwhile(
        { sql: "INSERT INTO divisions (establishment_id, school_year, name, diploma, year_of_study) VALUES ($1, $2, '1CAP C', 'CAP', 1)", values: [school, YEAR] },
        () => asCoordinator((tx) => divisions.createDivision(tx, { userId: coordinatorId }, { ...base, name: "1CAP C" }), school),
      ),
    );
    expect(await created).toEqual(new ConflictError("Une classe « 1CAP C » existe déjà en 2026-2027."));
    expect(await testDb().division.count({ where: { establishmentId: school } })).toBe(1);
    expect(await testDb().auditEvent.count({ where: { establishmentId: school, action: "division.create" } })).toBe(0);
  });

  it("refuses to delete a class that has hour plan entries, and keeps them", async () => {
    const school = await freshSchool();
    const division = await testDb().division.create({
      data: { establishmentId: school, schoolYear: YEAR, name: "2MELEC", diploma: "BAC_PRO", yearOfStudy: 1 },
    });
    const period = await testDb().period.create({
      data: { establishmentId: school, schoolYear: YEAR, name: "Période 1", startsOn: new Date("2026-09-01"), endsOn: new Date("2026-10-16") },
    });
    const framework = await testDb().framework.findFirstOrThrow({ where: { code: "TVP-2019" } });
    const scheme = await testDb().scheme.create({
      data: { establishmentId: school, schoolYear: YEAR, frameworkId: framework.id, strand: "CONSOLIDATION" },
    });
    await testDb().hourPlanEntry.create({
      data: { establishmentId: school, divisionId: division.id, schemeId: scheme.id, periodId: period.id, plannedHours: 6 },
    });
    const error = await failure(
      asCoordinator((tx) => divisions.deleteDivision(tx, { userId: coordinatorId }, { establishmentId: school, divisionId: division.id }), school),
    );
    expect(error).toEqual(
      new ConflictError(
        "La classe « 2MELEC » ne peut pas être supprimée : des heures sont prévues pour elle (1 ligne du plan horaire). Supprimez-les d'abord.",
      ),
    );
    expect(await testDb().division.count({ where: { establishmentId: school } })).toBe(1);
    expect(await testDb().hourPlanEntry.count({ where: { establishmentId: school } })).toBe(1);
  });

  it("refuses to delete a class that a next-year class continues, and deletes a free one with its audit row", async () => {
    const school = await freshSchool();
    const earlier = await testDb().division.create({
      data: { establishmentId: school, schoolYear: YEAR - 1, name: "2MELEC", diploma: "BAC_PRO", yearOfStudy: 1 },
    });
    await testDb().division.create({
      data: { establishmentId: school, schoolYear: YEAR, name: "1MELEC", diploma: "BAC_PRO", yearOfStudy: 2, previousDivisionId: earlier.id },
    });
    const free = await testDb().division.create({ data: { establishmentId: school, schoolYear: YEAR, name: "6A", diploma: "COLLEGE", yearOfStudy: 6 } });
    await expect(
      asCoordinator((tx) => divisions.deleteDivision(tx, { userId: coordinatorId }, { establishmentId: school, divisionId: earlier.id }), school),
    ).rejects.toThrow(/la classe « 1MELEC » de 2026-2027 en est la suite/);
    await asCoordinator((tx) => divisions.deleteDivision(tx, { userId: coordinatorId }, { establishmentId: school, divisionId: free.id }), school);
    expect(await testDb().division.count({ where: { establishmentId: school } })).toBe(2);
    expect(await testDb().auditEvent.count({ where: { entityId: free.id, action: "division.delete" } })).toBe(1);
  });
});

describe("the actions", () => {
  const createInput = () => ({
    establishmentId: schoolId,
    schoolYear: "2026",
    name: `2A-${Math.random().toString(36).slice(2, 8)}`,
    diploma: "BAC_PRO",
    yearOfStudy: "1",
    trade: "Commerce",
    headcount: "28",
  });

  it("let a coordinator of the school create, update and delete a class, from form-like input", async () => {
    const created = await runAsScope(coordinatorScope, () => actions.createDivision(createInput() as never));
    expect(created).toMatchObject({ ok: true });
    const divisionId = (created as { ok: true; data: { divisionId: string } }).data.divisionId;
    const version = await versionOfDivision(divisionId);
    const updated = await runAsScope(coordinatorScope, () =>
      actions.updateDivision({ establishmentId: schoolId, divisionId, version, name: "Seconde A", diploma: "BAC_PRO", yearOfStudy: 1, trade: "", headcount: 30 }),
    );
    expect(updated).toEqual({ ok: true, data: null });
    // A second save made on the same, now stale, version is refused and changes nothing.
    const stale = await runAsScope(coordinatorScope, () =>
      actions.updateDivision({ establishmentId: schoolId, divisionId, version, name: "Seconde B", diploma: "BAC_PRO", yearOfStudy: 1, trade: "", headcount: 31 }),
    );
    expect(stale).toMatchObject({ ok: false, status: 409 });
    expect(await testDb().division.findFirst({ where: { id: divisionId }, select: { name: true, headcount: true } })).toEqual({ name: "Seconde A", headcount: 30 });
    expect(await runAsScope(coordinatorScope, () => actions.deleteDivision({ establishmentId: schoolId, divisionId }))).toEqual({ ok: true, data: null });
  });

  it("refuse a year of study that the diploma does not have, and unknown fields", async () => {
    const result = await runAsScope(coordinatorScope, () => actions.createDivision({ ...createInput(), diploma: "CAP", yearOfStudy: "3" } as never));
    expect(result).toMatchObject({ ok: false, status: 400, fieldErrors: { yearOfStudy: ["L'année 3 n'existe pas en CAP (années possibles : 1, 2)."] } });
    const extra = await runAsScope(coordinatorScope, () => actions.createDivision({ ...createInput(), previousDivisionId: null } as never));
    expect(extra).toMatchObject({ ok: false, status: 400 });
  });

  it("preview a file without writing, then import it from the file sent again", async () => {
    const before = await testDb().division.count({ where: { establishmentId: schoolId } });
    const form = () => {
      const data = new FormData();
      data.set("establishmentId", schoolId);
      data.set("schoolYear", "2026-2027");
      data.set("file", csvFile("Classe;Formation;Effectif\nPV1;2NDPRO;20\nPV2;1CAP2;x\n"));
      return data;
    };
    const preview = await runAsScope(coordinatorScope, () => actions.previewDivisionImport(form()));
    expect(preview).toMatchObject({
      ok: true,
      data: { totalLines: 2, importableCount: 1, errorLineCount: 1, rows: [{ name: "PV1" }], existingNames: [] },
    });
    expect(await testDb().division.count({ where: { establishmentId: schoolId } })).toBe(before);
    const all = form();
    all.set("mode", "all");
    expect(await runAsScope(coordinatorScope, () => actions.importDivisions(all))).toMatchObject({ ok: false, status: 400 });
    const validOnly = form();
    validOnly.set("mode", "valid-only");
    expect(await runAsScope(coordinatorScope, () => actions.importDivisions(validOnly))).toEqual({ ok: true, data: { imported: 1, skipped: 1 } });
    expect(await testDb().division.count({ where: { establishmentId: schoolId } })).toBe(before + 1);
  });

  it("refuse a file that is not a CSV, or too large", async () => {
    const data = new FormData();
    data.set("establishmentId", schoolId);
    data.set("schoolYear", "2026");
    data.set("file", new File(["PK"], "classes.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
    expect(await runAsScope(coordinatorScope, () => actions.previewDivisionImport(data))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { file: [expect.stringMatching(/n'est pas un fichier CSV/)] },
    });
    data.set("file", new File([new Uint8Array(5 * 1024 * 1024 + 1)], "classes.csv", { type: "text/csv" }));
    expect(await runAsScope(coordinatorScope, () => actions.previewDivisionImport(data))).toMatchObject({
      ok: false,
      fieldErrors: { file: ["Le fichier dépasse 5 Mo : découpez-le ou retirez les colonnes inutiles."] },
    });
  });

  it("answer a teacher of the school and a coordinator of another school as if the school did not exist", async () => {
    const before = await testDb().division.count({ where: { establishmentId: schoolId } });
    const existing = await testDb().division.create({
      data: { establishmentId: schoolId, schoolYear: YEAR, name: `Cible-${Math.random().toString(36).slice(2, 8)}`, diploma: "CAP", yearOfStudy: 2 },
    });
    const importForm = (mode?: string) => {
      const data = new FormData();
      data.set("establishmentId", schoolId);
      data.set("schoolYear", "2026");
      data.set("file", csvFile("Classe;Formation\nINTRUS;2NDPRO\n"));
      if (mode) data.set("mode", mode);
      return data;
    };
    const attempts: (() => Promise<ActionResult<unknown>>)[] = [
      () => actions.createDivision(createInput() as never),
      async () => actions.updateDivision({ establishmentId: schoolId, divisionId: existing.id, version: await versionOfDivision(existing.id), name: "Piratée", diploma: "CAP", yearOfStudy: 1, trade: "", headcount: 1 }),
      () => actions.deleteDivision({ establishmentId: schoolId, divisionId: existing.id }),
      () => actions.previewDivisionImport(importForm()),
      () => actions.importDivisions(importForm("valid-only")),
    ];
    for (const scope of [teacherScope, otherCoordinatorScope]) {
      for (const attempt of attempts) {
        expect(await runAsScope(scope, attempt)).toEqual({ ok: false, status: 404, message: "Cette page n'existe pas ou vous n'y avez pas accès." });
      }
    }
    expect(await testDb().division.count({ where: { establishmentId: schoolId } })).toBe(before + 1);
    expect(await testDb().division.findFirst({ where: { id: existing.id }, select: { name: true } })).toEqual({ name: existing.name });
  });
});
