// Diagnostic entry against the real database: one save of a class's table,
// a stale save refused with the stored values (nothing written), teachers
// allowed, values off the scale refused; and what inspectors get instead of
// pupils: counts from SQL functions, small ones hidden, never a name.
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { academyDataScope, schoolDataScope, type RequestScope } from "@/features/access/scope";
import * as actions from "@/features/diagnostics/actions";
import { loadDiagnosticLevels, loadDiagnosticOverview } from "@/features/diagnostics/aggregates";
import { AcademyDiagnostics } from "@/features/diagnostics/components/academy-diagnostics";
import { domainRows } from "@/features/diagnostics/privacy";
import { listCompetencies, listTools } from "@/features/diagnostics/queries";
import { runAsScope } from "@/server/action";
import { runInScope } from "@/server/scoped-transaction";
import { insertAcademy, insertEstablishment, insertOrganisation, insertUser, scopeOf } from "../factories";
import { appTestDb, testDb } from "../setup/database";
import { whileWrittenMeanwhile } from "../setup/meanwhile";

/** Distinctive names, looked for in everything an inspector can get. */
const names = ["Wolfgangina", "Quetzalcoatl", "Brunehilde", "Zebulon", "Anastasiaque", "Pélagienne", "Théodulphe"];

let school: { id: string; academyId: string; name: string; uai: string };
let otherAcademyId: string;
let pupils: { id: string }[];
let periodId: string;
let toolId: string;
let competencies: { id: string; domain: string }[];
let coordinator: RequestScope;
let teacher: RequestScope;
let principal: RequestScope;
let inspector: RequestScope;
let otherInspector: RequestScope;

beforeAll(async () => {
  const academy = await insertAcademy(testDb());
  const other = await insertAcademy(testDb());
  otherAcademyId = other.id;
  const created = await insertEstablishment(testDb(), { academyId: academy.id });
  school = { id: created.id, academyId: academy.id, name: created.name, uai: created.uai };
  const organisation = await insertOrganisation(testDb(), school.id, 2026);
  periodId = organisation.periods[0]!.id;
  pupils = [];
  for (const [i, name] of names.entries()) {
    pupils.push(
      await testDb().pupil.create({
        data: { establishmentId: school.id, schoolYear: 2026, divisionId: organisation.division.id, lastName: name, firstName: `Prénom${name}`, localId: `INE${i}` },
      }),
    );
  }
  competencies = await testDb().competency.findMany({ where: { establishmentId: null }, orderBy: [{ domain: "asc" }, { position: "asc" }], take: 3 });
  toolId = (await testDb().positioningTool.findFirstOrThrow({ where: { establishmentId: null } })).id;
  const member = (role: "COORDINATOR" | "TEACHER" | "PRINCIPAL") => insertUser(testDb(), { memberships: [{ establishmentId: school.id, role }] });
  coordinator = await scopeOf(testDb(), (await member("COORDINATOR")).id);
  teacher = await scopeOf(testDb(), (await member("TEACHER")).id);
  principal = await scopeOf(testDb(), (await member("PRINCIPAL")).id);
  inspector = await scopeOf(testDb(), (await insertUser(testDb(), { inspects: [academy.id] })).id);
  otherInspector = await scopeOf(testDb(), (await insertUser(testDb(), { inspects: [other.id] })).id);
});

const cell = (pupil: number, competency: number, level: string | null, seen: string | null = null) => ({
  pupilId: pupils[pupil]!.id,
  competencyId: competencies[competency]!.id,
  level,
  seen,
});
const save = (scope: RequestScope, cells: ReturnType<typeof cell>[]) =>
  runAsScope(scope, () => actions.saveDiagnostics({ establishmentId: school.id, periodId, toolId, cells } as never));
const stored = () => testDb().diagnosticResult.findMany({ where: { establishmentId: school.id, periodId }, orderBy: [{ pupilId: "asc" }, { competencyId: "asc" }] });

describe("saving a class's diagnostic", () => {
  it("writes every changed cell in one save, with the tool and who entered it, and one audit row", async () => {
    const result = await save(coordinator, [cell(0, 0, "INSUFFICIENT"), cell(1, 0, "FRAGILE"), cell(2, 1, "VERY_GOOD")]);
    expect(result).toMatchObject({ ok: true, data: { set: 3, cleared: 0 } });
    const rows = await stored();
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.toolId === toolId && r.recordedById === coordinator.user.id)).toBe(true);
    expect(await testDb().auditEvent.count({ where: { establishmentId: school.id, action: "diagnostic.save" } })).toBe(1);
  });

  it("refuses a save made on an older version, writes nothing, and sends back what is stored", async () => {
    const before = await stored();
    const first = before.find((r) => r.pupilId === pupils[0]!.id)!;
    // Someone saw pupil 0 empty (seen null) while it now holds INSUFFICIENT; pupil 3's cell is fine.
    const result = await save(teacher, [cell(0, 0, "SATISFACTORY", null), cell(3, 0, "FRAGILE", null)]);
    expect(result).toMatchObject({
      ok: false,
      status: 409,
      current: [{ pupilId: pupils[0]!.id, competencyId: competencies[0]!.id, level: "INSUFFICIENT", version: first.updatedAt.toISOString() }],
    });
    expect(await stored()).toEqual(before);
    // With the version now known, the same save goes through: a deliberate overwrite.
    const again = await save(teacher, [cell(0, 0, "SATISFACTORY", first.updatedAt.toISOString()), cell(3, 0, "FRAGILE", null)]);
    expect(again).toMatchObject({ ok: true, data: { set: 2 } });
  });

  it("clears a cell with null", async () => {
    const row = (await stored()).find((r) => r.pupilId === pupils[2]!.id)!;
    expect(await save(coordinator, [cell(2, 1, null, row.updatedAt.toISOString())])).toMatchObject({ ok: true, data: { set: 0, cleared: 1 } });
  });

  it("refuses a level off the scale before anything is read", async () => {
    const result = await save(coordinator, [cell(4, 0, "EXCELLENT")]);
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(JSON.stringify(result)).toContain("Le niveau doit être l'un des quatre de l'échelle");
  });

  it("lets teachers save, and answers principals and inspectors as a missing school", async () => {
    expect(await save(teacher, [cell(5, 2, "SATISFACTORY")])).toMatchObject({ ok: true });
    for (const scope of [principal, inspector, otherInspector]) {
      expect(await save(scope, [cell(6, 2, "SATISFACTORY")])).toMatchObject({ ok: false, status: 404 });
    }
  });

  it("refuses in French a cell that another save created meanwhile, and writes none of its cells", async () => {
    // Pupil 6's cell, empty when this save read the table, is created by another save before this one writes it.
    const meanwhile = {
      sql: "INSERT INTO diagnostic_results (establishment_id, pupil_id, competency_id, period_id, level) VALUES ($1, $2, $3, $4, 'FRAGILE')",
      values: [school.id, pupils[6]!.id, competencies[0]!.id, periodId],
    };
    const before = await stored();
    try {
      const result = await whileWrittenMeanwhile(meanwhile, () => save(coordinator, [cell(5, 0, "VERY_GOOD"), cell(6, 0, "INSUFFICIENT")]));
      expect(result).toEqual({
        ok: false,
        status: 409,
        message: "Quelqu'un a enregistré ce tableau au même moment : rien n'a été enregistré. Rechargez la page pour voir ses valeurs, puis refaites votre saisie.",
      });
      const added = (await stored()).filter((row) => !before.some((b) => b.pupilId === row.pupilId && b.competencyId === row.competencyId));
      expect(added).toMatchObject([{ pupilId: pupils[6]!.id, competencyId: competencies[0]!.id, level: "FRAGILE", recordedById: null }]);
    } finally {
      // The other save's cell goes, so that the counts below are those of the table as the tests above left it.
      await testDb().diagnosticResult.deleteMany({ where: { establishmentId: school.id, pupilId: pupils[6]!.id, competencyId: competencies[0]!.id, periodId } });
    }
  });

  it("refuses a pupil of another school", async () => {
    const other = await insertEstablishment(testDb(), { academyId: school.academyId });
    const { division } = await insertOrganisation(testDb(), other.id, 2026);
    const foreign = await testDb().pupil.create({ data: { establishmentId: other.id, schoolYear: 2026, divisionId: division.id, lastName: "Ailleurs", firstName: "Iris" } });
    const result = await runAsScope(coordinator, () =>
      actions.saveDiagnostics({ establishmentId: school.id, periodId, toolId, cells: [{ pupilId: foreign.id, competencyId: competencies[0]!.id, level: "FRAGILE", seen: null }] }),
    );
    expect(result).toMatchObject({ ok: false, status: 400 });
  });
});

describe("the school's own tools and competencies", () => {
  it("adds them beside the national ones, archives them, and refuses a level in an archived competency", async () => {
    const created = await runAsScope(coordinator, () => actions.createCompetency({ establishmentId: school.id, domain: "METHODS", label: "Prendre des notes" }));
    const tool = await runAsScope(coordinator, () => actions.createTool({ establishmentId: school.id, label: "Test maison de lecture" }));
    expect(created.ok && tool.ok).toBe(true);
    const competencyId = created.ok ? created.data.competencyId : "";
    const lists = await runInScope(appTestDb(), schoolDataScope(coordinator, school), async (tx) => ({
      competencies: await listCompetencies(tx, { establishmentId: school.id }),
      tools: await listTools(tx, { establishmentId: school.id }),
    }));
    expect(lists.competencies.find((c) => c.id === competencyId)).toMatchObject({ own: true, archived: false, domain: "METHODS" });
    expect(lists.tools.filter((t) => !t.own).length).toBe(4);
    expect(await runAsScope(coordinator, () => actions.archiveCompetency({ establishmentId: school.id, competencyId, archived: true }))).toEqual({ ok: true, data: null });
    const result = await runAsScope(coordinator, () =>
      actions.saveDiagnostics({ establishmentId: school.id, periodId, toolId, cells: [{ pupilId: pupils[6]!.id, competencyId, level: "FRAGILE", seen: null }] }),
    );
    expect(result).toMatchObject({ ok: false, status: 400 });
    // A national competency cannot be archived by a school.
    expect(await runAsScope(coordinator, () => actions.archiveCompetency({ establishmentId: school.id, competencyId: competencies[0]!.id, archived: true }))).toMatchObject({
      ok: false,
      status: 404,
    });
  });
});

describe("what inspectors see of diagnostics", () => {
  const academyScope = (scope: RequestScope, academyId: string) => academyDataScope(scope, { id: academyId }, [school.id]);

  it("gives counts, hiding 1 to 4, to the académie's inspector, and nothing to another académie's", async () => {
    // Five pupils in the first competency: FRAGILE for all of them.
    const rows = await stored();
    const seen = new Map(rows.map((r) => [`${r.pupilId}|${r.competencyId}`, r.updatedAt.toISOString()]));
    const cells = [0, 1, 2, 3, 4].map((p) => cell(p, 0, "FRAGILE", seen.get(`${pupils[p]!.id}|${competencies[0]!.id}`) ?? null));
    expect(await save(coordinator, cells)).toMatchObject({ ok: true });

    const seenByInspector = await runInScope(appTestDb(), academyScope(inspector, school.academyId), async (tx) => ({
      overview: await loadDiagnosticOverview(tx, { establishmentIds: [school.id], schoolYear: 2026 }),
      levels: await loadDiagnosticLevels(tx, { establishmentIds: [school.id], schoolYear: 2026 }),
    }));
    expect(seenByInspector.overview).toEqual([{ establishmentId: school.id, pupilsEnrolled: 7, pupilsDiagnosed: 6 }]);
    const fragile = seenByInspector.levels.find((l) => l.level === "FRAGILE" && l.domain === competencies[0]!.domain);
    expect(fragile?.results).toBe(5);
    // Pupil 5's single SATISFACTORY result is a count of 1: hidden.
    expect(seenByInspector.levels.filter((l) => l.level === "SATISFACTORY").every((l) => l.results === null)).toBe(true);

    // Another académie's inspector reads that académie's schools; asking the function for this school gives nothing.
    const elsewhere = await runInScope(appTestDb(), academyDataScope(otherInspector, { id: otherAcademyId }, []), async (tx) => ({
      overview: await loadDiagnosticOverview(tx, { establishmentIds: [school.id], schoolYear: 2026 }),
      levels: await loadDiagnosticLevels(tx, { establishmentIds: [school.id], schoolYear: 2026 }),
    }));
    expect(elsewhere).toEqual({ overview: [], levels: [] });
  });

  it("never puts a pupil's name in what an inspector reads: pupils' tables, the aggregates, the rendered académie section", async () => {
    const gathered = await runInScope(appTestDb(), academyScope(inspector, school.academyId), async (tx) => {
      const overview = await loadDiagnosticOverview(tx, { establishmentIds: [school.id], schoolYear: 2026 });
      const levels = await loadDiagnosticLevels(tx, { establishmentIds: [school.id], schoolYear: 2026 });
      return {
        overview,
        levels,
        pupils: await tx.pupil.findMany(),
        results: await tx.diagnosticResult.findMany(),
        members: await tx.needGroupMember.findMany(),
        referents: await tx.pupilReferent.findMany(),
        audit: await tx.auditEvent.findMany({ where: { establishmentId: school.id } }),
        html: renderToStaticMarkup(
          AcademyDiagnostics({
            yearLabel: "2026-2027",
            rows: domainRows(levels),
            schools: overview.map((o) => ({ uai: school.uai, name: school.name, pupilsEnrolled: o.pupilsEnrolled, pupilsDiagnosed: o.pupilsDiagnosed })),
          }),
        ),
      };
    });
    expect(gathered.pupils).toEqual([]);
    expect(gathered.results).toEqual([]);
    expect(gathered.html).toContain("Élèves positionnés");
    const text = JSON.stringify(gathered);
    for (const name of names) expect(text).not.toContain(name);
    for (const pupil of pupils) expect(text).not.toContain(pupil.id);
    // The same read as the school's staff does see them: the test can fail.
    const staff = await runInScope(appTestDb(), schoolDataScope(coordinator, school), (tx) => tx.pupil.findMany());
    expect(JSON.stringify(staff)).toContain(names[0]);
  });
});

// Last: its 30 pupils would change the counts above.
describe("a class of 30 in 4 competencies", () => {
  it("saves its 120 cells in one action, then all of them changed again", async () => {
    const division = await testDb().division.create({ data: { establishmentId: school.id, schoolYear: 2026, name: "CLASSE30", diploma: "BAC_PRO", yearOfStudy: 1, headcount: 30 } });
    const many = await Promise.all(
      Array.from({ length: 30 }, (_, i) => testDb().pupil.create({ data: { establishmentId: school.id, schoolYear: 2026, divisionId: division.id, lastName: `Trente${i}`, firstName: "Élève" } })),
    );
    const four = await testDb().competency.findMany({ where: { establishmentId: null }, orderBy: [{ domain: "asc" }, { position: "asc" }], take: 4 });
    const levels = ["INSUFFICIENT", "FRAGILE", "SATISFACTORY", "VERY_GOOD"] as const;
    const table = (shift: number, seen: Map<string, string>) =>
      many.flatMap((p, i) => four.map((c, j) => ({ pupilId: p.id, competencyId: c.id, level: levels[(i + j + shift) % 4]!, seen: seen.get(`${p.id}|${c.id}`) ?? null })));
    let started = performance.now();
    const first = await runAsScope(coordinator, () => actions.saveDiagnostics({ establishmentId: school.id, periodId, toolId, cells: table(0, new Map()) }));
    const firstMs = performance.now() - started;
    expect(first).toMatchObject({ ok: true, data: { set: 120, cleared: 0 } });
    const versions = new Map(first.ok ? first.data.versions.map((v) => [`${v.pupilId}|${v.competencyId}`, v.version!]) : []);
    started = performance.now();
    const second = await runAsScope(coordinator, () => actions.saveDiagnostics({ establishmentId: school.id, periodId, toolId, cells: table(1, versions) }));
    const secondMs = performance.now() - started;
    expect(second).toMatchObject({ ok: true, data: { set: 120 } });
    console.log(`diagnostic save of 30 × 4 cells: first entry ${firstMs.toFixed(0)} ms, all changed ${secondMs.toFixed(0)} ms`);
    expect(await testDb().diagnosticResult.count({ where: { establishmentId: school.id, periodId, pupilId: { in: many.map((p) => p.id) } } })).toBe(120);
  });
});
