// Pupils of a school year against the real database: the import's per-row
// errors (unknown classes), edits with a version, row-level security that
// hides pupils from inspectors, and the purge after the retention date.
import { beforeAll, describe, expect, it } from "vitest";
import { schoolDataScope, type RequestScope } from "@/features/access/scope";
import * as divisionActions from "@/features/divisions/actions";
import * as actions from "@/features/pupils/actions";
import { purgePupils, PurgeRefusedError } from "@/features/pupils/purge";
import { runAsScope } from "@/server/action";
import { runInScope } from "@/server/scoped-transaction";
import { insertAcademy, insertEstablishment, insertOrganisation, insertUser, scopeOf } from "../factories";
import { appTestDb, testDb } from "../setup/database";

let school: { id: string; academyId: string };
let division: { id: string; name: string };
let periodId: string;
let coordinator: RequestScope;
let teacher: RequestScope;
let principal: RequestScope;
let inspector: RequestScope;

function csv(text: string) {
  return new File([text], "eleves.csv", { type: "text/csv" });
}
function importForm(file: File, mode?: "all" | "valid-only") {
  const form = new FormData();
  form.set("establishmentId", school.id);
  form.set("schoolYear", "2026-2027");
  form.set("file", file);
  if (mode) form.set("mode", mode);
  return form;
}

beforeAll(async () => {
  const academy = await insertAcademy(testDb());
  const created = await insertEstablishment(testDb(), { academyId: academy.id });
  school = { id: created.id, academyId: academy.id };
  const organisation = await insertOrganisation(testDb(), school.id, 2026);
  division = organisation.division;
  periodId = organisation.periods[0]!.id;
  const member = (role: "COORDINATOR" | "TEACHER" | "PRINCIPAL") => insertUser(testDb(), { memberships: [{ establishmentId: school.id, role }] });
  coordinator = await scopeOf(testDb(), (await member("COORDINATOR")).id);
  teacher = await scopeOf(testDb(), (await member("TEACHER")).id);
  principal = await scopeOf(testDb(), (await member("PRINCIPAL")).id);
  inspector = await scopeOf(testDb(), (await insertUser(testDb(), { inspects: [academy.id] })).id);
});

describe("importing pupils", () => {
  it("previews each bad row in French, unknown classes included, and writes nothing", async () => {
    const file = csv(`Nom;Prénom;Division;INE\nZorglub;Amandine;${division.name};111\nQuiproquo;Basile;3EME Z;222\n;Céleste;${division.name};\n`);
    const preview = await runAsScope(coordinator, () => actions.previewPupilImport(importForm(file)));
    expect(preview).toMatchObject({ ok: true, data: { totalLines: 3, importableCount: 1, errorLineCount: 2 } });
    if (!preview.ok) throw new Error("preview refused");
    expect(preview.data.errors.flatMap((e) => e.messages)).toEqual([
      `Ligne 3 : la classe « 3EME Z » n'existe pas en 2026-2027 (classes de l'année : ${division.name}).`,
      "Ligne 4 : le nom est obligatoire.",
    ]);
    expect(await testDb().pupil.count({ where: { establishmentId: school.id } })).toBe(0);
  });

  it("imports nothing with mode all when a row is bad, and the good rows with valid-only", async () => {
    const file = () => csv(`Nom,Prénom,Classe\nZorglub,Amandine,${division.name}\nQuiproquo,Basile,3EME Z\n`);
    const all = await runAsScope(coordinator, () => actions.importPupils(importForm(file(), "all")));
    expect(all).toMatchObject({ ok: false, status: 400, message: "Le fichier compte 1 ligne en erreur : aucun élève n'a été importé." });
    expect(await testDb().pupil.count({ where: { establishmentId: school.id } })).toBe(0);
    const valid = await runAsScope(coordinator, () => actions.importPupils(importForm(file(), "valid-only")));
    expect(valid).toEqual({ ok: true, data: { imported: 1, skipped: 1 } });
    const again = await runAsScope(coordinator, () => actions.previewPupilImport(importForm(file())));
    expect(again.ok && again.data.errors[0]!.messages[0]).toBe(`Ligne 2 : Amandine Zorglub est déjà inscrit(e) en ${division.name}.`);
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { establishmentId: school.id, action: "pupil.import" } });
    expect(JSON.stringify(audit.summary)).not.toContain("Zorglub");
  });

  it("is refused to teachers, principals and inspectors, as a missing school", async () => {
    for (const scope of [teacher, principal, inspector]) {
      const result = await runAsScope(scope, () => actions.importPupils(importForm(csv(`Nom;Prénom;Classe\nA;B;${division.name}\n`), "all")));
      expect(result).toMatchObject({ ok: false, status: 404 });
    }
  });
});

describe("editing a pupil", () => {
  it("creates, refuses a stale edit, updates with the current version, removes", async () => {
    const created = await runAsScope(coordinator, () =>
      actions.createPupil({ establishmentId: school.id, schoolYear: "2026", divisionId: division.id, lastName: "  Vermicelle ", firstName: "Ulysse", localId: "" }),
    );
    expect(created.ok).toBe(true);
    const pupilId = created.ok ? created.data.pupilId : "";
    const stored = await testDb().pupil.findUniqueOrThrow({ where: { establishmentId_id: { establishmentId: school.id, id: pupilId } } });
    expect(stored).toMatchObject({ lastName: "Vermicelle", localId: null, schoolYear: 2026 });
    const input = { establishmentId: school.id, pupilId, divisionId: division.id, lastName: "Vermicelle", firstName: "Ulysse-Jean", localId: "X9" };
    expect(await runAsScope(coordinator, () => actions.updatePupil({ ...input, version: "2020-01-01T00:00:00.000Z" }))).toMatchObject({ ok: false, status: 409 });
    expect(await runAsScope(coordinator, () => actions.updatePupil({ ...input, version: stored.updatedAt.toISOString() }))).toEqual({ ok: true, data: null });
    expect(await runAsScope(coordinator, () => actions.deletePupil({ establishmentId: school.id, pupilId }))).toEqual({ ok: true, data: null });
  });

  it("refuses, in French, an identifier another pupil of the year already has, and changes nothing", async () => {
    // The unique index (school, year, identifier) refuses it; Prisma reports that as P2002, PostgreSQL's 23505 beneath.
    const create = (firstName: string, localId: string) =>
      runAsScope(coordinator, () =>
        actions.createPupil({ establishmentId: school.id, schoolYear: "2026", divisionId: division.id, lastName: "Homonyme", firstName, localId }),
      );
    const taken = "INE-1234-A";
    expect((await create("Alice", taken)).ok).toBe(true);
    const message = `L'identifiant « ${taken} » est déjà celui d'un autre élève de cette année.`;
    expect(await create("Bruno", taken)).toEqual({ ok: false, status: 409, message });

    const other = await create("Chloé", "INE-1234-B");
    if (!other.ok) throw new Error("creation refused");
    const before = await testDb().pupil.findUniqueOrThrow({ where: { establishmentId_id: { establishmentId: school.id, id: other.data.pupilId } } });
    const moved = await runAsScope(coordinator, () =>
      actions.updatePupil({
        establishmentId: school.id,
        pupilId: before.id,
        divisionId: division.id,
        lastName: "Homonyme",
        firstName: "Chloé",
        localId: taken,
        version: before.updatedAt.toISOString(),
      }),
    );
    expect(moved).toEqual({ ok: false, status: 409, message });
    expect(await testDb().pupil.findMany({ where: { establishmentId: school.id, localId: taken }, select: { firstName: true } })).toEqual([{ firstName: "Alice" }]);
    expect(await testDb().pupil.findUniqueOrThrow({ where: { establishmentId_id: { establishmentId: school.id, id: before.id } } })).toEqual(before);
  });

  it("refuses a class of another school", async () => {
    const other = await insertEstablishment(testDb(), { academyId: school.academyId });
    const { division: foreign } = await insertOrganisation(testDb(), other.id, 2026);
    const result = await runAsScope(coordinator, () =>
      actions.createPupil({ establishmentId: school.id, schoolYear: "2026", divisionId: foreign.id, lastName: "Nord", firstName: "Sud" }),
    );
    expect(result).toMatchObject({ ok: false, status: 400, fieldErrors: { divisionId: ["Cette classe n'existe pas ou plus."] } });
  });
});

describe("a class with pupils", () => {
  it("cannot be deleted, so that its pupils and their diagnostics are not lost with it", async () => {
    const { division: own } = await insertOrganisation(testDb(), school.id, 2027);
    await testDb().pupil.create({ data: { establishmentId: school.id, schoolYear: 2027, divisionId: own.id, lastName: "Gardé", firstName: "Élève" } });
    const result = await runAsScope(coordinator, () => divisionActions.deleteDivision({ establishmentId: school.id, divisionId: own.id }));
    expect(result).toMatchObject({ ok: false, status: 409, message: `La classe « ${own.name} » ne peut pas être supprimée : 1 élève y est inscrit. Retirez-les ou changez-les de classe d'abord.` });
    expect(await testDb().pupil.count({ where: { divisionId: own.id } })).toBe(1);
  });
});

describe("row-level security on pupils", () => {
  it("lets the school's staff read its pupils and its académie's inspector read none of them", async () => {
    const pupil = await testDb().pupil.create({ data: { establishmentId: school.id, schoolYear: 2026, divisionId: division.id, lastName: "Obélisque", firstName: "Rosalind" } });
    const competency = await testDb().competency.findFirstOrThrow({ where: { establishmentId: null } });
    await testDb().diagnosticResult.create({ data: { establishmentId: school.id, pupilId: pupil.id, competencyId: competency.id, periodId, level: "FRAGILE" } });
    const est = { id: school.id, academyId: school.academyId };
    const read = (scope: RequestScope) =>
      runInScope(appTestDb(), schoolDataScope(scope, est), async (tx) => ({
        pupils: await tx.pupil.count({ where: { establishmentId: school.id } }),
        results: await tx.diagnosticResult.count({ where: { establishmentId: school.id } }),
        raw: await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pupils`,
      }));
    for (const scope of [coordinator, teacher, principal]) expect((await read(scope)).pupils).toBeGreaterThan(0);
    const seen = await read(inspector);
    expect(seen).toEqual({ pupils: 0, results: 0, raw: [{ n: 0 }] });
    // And the inspector cannot write one either.
    await expect(
      runInScope(appTestDb(), schoolDataScope(inspector, est), (tx) =>
        tx.pupil.create({ data: { establishmentId: school.id, schoolYear: 2026, divisionId: division.id, lastName: "Intrus", firstName: "Ian" } }),
      ),
    ).rejects.toThrow();
  });
});

describe("purging a school year's pupils", () => {
  it("refuses before the retention date, counts without writing on a dry run, then deletes with the cascades", async () => {
    const old = await insertOrganisation(testDb(), school.id, 2024);
    const competency = await testDb().competency.findFirstOrThrow({ where: { establishmentId: null } });
    for (const name of ["Ancien", "Passé", "Révolu"]) {
      const pupil = await testDb().pupil.create({ data: { establishmentId: school.id, schoolYear: 2024, divisionId: old.division.id, lastName: name, firstName: "Élève" } });
      await testDb().diagnosticResult.create({ data: { establishmentId: school.id, pupilId: pupil.id, competencyId: competency.id, periodId: old.periods[0]!.id, level: "SATISFACTORY" } });
    }
    const current = await testDb().pupil.count({ where: { schoolYear: 2026 } });

    await expect(purgePupils(testDb(), { year: 2024, dryRun: false, today: new Date("2026-08-31T12:00:00Z") })).rejects.toThrow(PurgeRefusedError);
    await expect(purgePupils(testDb(), { year: 2024, dryRun: false, today: new Date("2026-08-31T12:00:00Z") })).rejects.toThrow(
      "Les élèves de 2024-2025 sont conservés jusqu'au 31 août 2026",
    );

    const dry = await purgePupils(testDb(), { year: 2024, dryRun: true, today: new Date("2026-11-22T00:00:00Z") });
    expect(dry).toEqual([expect.objectContaining({ pupils: 3, diagnostics: 3, groupMemberships: 0 })]);
    expect(await testDb().pupil.count({ where: { schoolYear: 2024 } })).toBe(3);

    const done = await purgePupils(testDb(), { year: 2024, dryRun: false, today: new Date("2026-11-22T00:00:00Z") });
    expect(done).toEqual(dry);
    expect(await testDb().pupil.count({ where: { schoolYear: 2024 } })).toBe(0);
    expect(await testDb().diagnosticResult.count({ where: { periodId: old.periods[0]!.id } })).toBe(0);
    expect(await testDb().pupil.count({ where: { schoolYear: 2026 } })).toBe(current);
    expect(await testDb().auditEvent.count({ where: { establishmentId: school.id, action: "pupil.purge" } })).toBe(1);
  });
});
