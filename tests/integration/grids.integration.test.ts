// The PDCA grid against the real database: answers and their versions,
// history and restore, the workflow and who may move it, continuity from last
// year's Act, evidence, the Act block, completion as the principal reads it.
import { beforeAll, describe, expect, it } from "vitest";
import type { RequestScope } from "@/features/access/scope";
import { schoolDataScope } from "@/features/access/scope";
import * as gridActions from "@/features/pdca/actions";
import { addAction, updateAction } from "@/features/pdca/act";
import { answerHistory, restoreAnswer, saveAnswer } from "@/features/pdca/answers";
import { attachFile, linkIndicator } from "@/features/pdca/evidence";
import { listGridsOfYear, loadGrid } from "@/features/pdca/queries";
import { startGrid } from "@/features/pdca/service";
import { versionOf } from "@/lib/versions";
import { runAsScope } from "@/server/action";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/errors";
import { runInScope } from "@/server/scoped-transaction";
import { insertAcademy, insertEstablishment, insertOrganisation, insertUser, scopeOf } from "../factories";
import { appTestDb, testDb } from "../setup/database";

let school: string;
let otherSchool: string;
let academyId: string;
const people = {} as Record<"coordinator" | "teacher" | "principal" | "inspector" | "outsider", { id: string; scope: RequestScope }>;
const asCoordinator = <T>(work: Parameters<typeof runInScope<T>>[2]) =>
  runInScope(appTestDb(), { userId: people.coordinator.id, isAdmin: false, readable: [school], writable: school }, work);
const actor = () => ({ userId: people.coordinator.id });

async function newGrid(year: number, strand: "CONSOLIDATION" | "PERSONALISED_SUPPORT" | "GUIDANCE" = "PERSONALISED_SUPPORT") {
  const o = await insertOrganisation(testDb(), school, year);
  const scheme = o.schemes.find((s) => s.strand === strand)!;
  const { gridId } = await asCoordinator((tx) => startGrid(tx, actor(), { establishmentId: school, schemeId: scheme.id, carryOver: "non" }));
  const firstQuestion = await testDb().gridItem.findFirstOrThrow({
    where: { sheet: { grids: { some: { id: gridId } } }, kind: "QUESTION" },
    orderBy: { position: "asc" },
  });
  return { gridId, scheme, itemKey: firstQuestion.key, organisation: o };
}

const answer = (gridId: string, itemKey: string, body: string, version: number, status: "NOT_STARTED" | "IN_PROGRESS" | "ANSWERED" = "IN_PROGRESS") =>
  asCoordinator((tx) => saveAnswer(tx, actor(), { establishmentId: school, gridId, itemKey, body, status, version }));

beforeAll(async () => {
  const academy = await insertAcademy(testDb());
  academyId = academy.id;
  school = (await insertEstablishment(testDb(), { academyId })).id;
  otherSchool = (await insertEstablishment(testDb(), { academyId })).id;
  const make = async (name: keyof typeof people, options: Parameters<typeof insertUser>[1]) => {
    const user = await insertUser(testDb(), options);
    people[name] = { id: user.id, scope: await scopeOf(testDb(), user.id) };
  };
  await make("coordinator", { name: "Claire Coordination", memberships: [{ establishmentId: school, role: "COORDINATOR" }] });
  await make("teacher", { memberships: [{ establishmentId: school, role: "TEACHER" }] });
  await make("principal", { name: "Paul Proviseur", memberships: [{ establishmentId: school, role: "PRINCIPAL" }] });
  await make("inspector", { name: "Inès Inspection", inspects: [academyId] });
  await make("outsider", { memberships: [{ establishmentId: otherSchool, role: "COORDINATOR" }] });
});

describe("starting a grid", () => {
  it("takes the latest version of the sheet that fits the framework and strand, once per scheme", async () => {
    const { gridId, scheme } = await newGrid(2040);
    const grid = await testDb().grid.findUniqueOrThrow({ where: { establishmentId_id: { establishmentId: school, id: gridId } }, include: { sheet: true } });
    expect(grid.sheet).toMatchObject({ key: "tvp-three-strands", version: 1 });
    await expect(asCoordinator((tx) => startGrid(tx, actor(), { establishmentId: school, schemeId: scheme.id, carryOver: "non" }))).rejects.toBeInstanceOf(ConflictError);
    expect(await testDb().gridEvent.count({ where: { gridId, kind: "CREATION" } })).toBe(1);
  });

  it("refuses to carry over a year that has no grid", async () => {
    const o = await insertOrganisation(testDb(), school, 2042);
    await expect(
      asCoordinator((tx) => startGrid(tx, actor(), { establishmentId: school, schemeId: o.schemes[0]!.id, carryOver: "oui" })),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(await testDb().grid.count({ where: { schemeId: o.schemes[0]!.id } })).toBe(0);
  });
});

describe("answers", () => {
  it("save with a version each, refuse a save typed from an older version with the stored text, and keep every version", async () => {
    const { gridId, itemKey } = await newGrid(2041);
    const first = await answer(gridId, itemKey, "<p>Premier jet</p>", 0);
    expect(first).toMatchObject({ version: 1, body: "<p>Premier jet</p>", status: "IN_PROGRESS", updatedBy: "Claire Coordination" });
    const second = await answer(gridId, itemKey, "<p>Deuxième <b>jet</b></p>", 1, "ANSWERED");
    expect(second).toMatchObject({ version: 2, body: "<p>Deuxième <strong>jet</strong></p>", status: "ANSWERED" });

    const stale = await answer(gridId, itemKey, "<p>Écrit sur la version 1</p>", 1).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).current).toMatchObject({ version: 2, body: "<p>Deuxième <strong>jet</strong></p>" });
    const firstOfTwo = await answer(gridId, itemKey, "<p>Nouveau</p>", 0).catch((e: unknown) => e);
    expect(firstOfTwo).toBeInstanceOf(ConflictError);

    const history = await asCoordinator((tx) => answerHistory(tx, { establishmentId: school, gridId, itemKey }));
    expect(history.map((h) => [h.version, h.body])).toEqual([
      [2, "<p>Deuxième <strong>jet</strong></p>"],
      [1, "<p>Premier jet</p>"],
    ]);

    const restored = await asCoordinator((tx) => restoreAnswer(tx, actor(), { establishmentId: school, gridId, itemKey, revision: 1, version: 2 }));
    expect(restored).toMatchObject({ version: 3, body: "<p>Premier jet</p>", status: "IN_PROGRESS" });
    expect(await testDb().gridAnswerRevision.count({ where: { gridId, itemKey } })).toBe(3);
    const audited = await testDb().auditEvent.findMany({ where: { establishmentId: school, action: "grid.answer", entityId: gridId } });
    const versionOf = (summary: unknown) => (summary as { version: number }).version;
    expect(audited.map((a) => a.summary).sort((a, b) => versionOf(a) - versionOf(b))).toEqual([
      { item: itemKey, version: 1, status: "IN_PROGRESS", characters: 11 },
      { item: itemKey, version: 2, status: "ANSWERED", characters: 12 },
      { item: itemKey, version: 3, status: "IN_PROGRESS", characters: 11 },
    ]);
    expect(audited.every((a) => a.actorId === people.coordinator.id && a.entity === "grid")).toBe(true);
  });

  it("sanitise what is stored, refuse an empty 'answered', and an item of another sheet", async () => {
    const { gridId, itemKey } = await newGrid(2043);
    const saved = await answer(gridId, itemKey, '<p onclick="x()">a<script>alert(1)</script></p><img src=x onerror=alert(1)>', 0);
    expect(saved.body).toBe("<p>a</p>");
    await expect(answer(gridId, itemKey, "<p> </p>", 1, "ANSWERED")).rejects.toBeInstanceOf(InvalidInputError);
    await expect(answer(gridId, "question-inconnue", "x", 0)).rejects.toBeInstanceOf(NotFoundError);
    // A version whose next one would not fit in the column (a 32-bit integer): refused before the database, which failed on it.
    const beyond = await runAsScope(people.coordinator.scope, () =>
      gridActions.saveAnswer({ establishmentId: school, gridId, itemKey, body: "x", status: "IN_PROGRESS", version: 2_147_483_647 }),
    );
    expect(beyond).toEqual({ ok: false, status: 400, message: expect.any(String), fieldErrors: { version: ["La version de la réponse est inconnue : rechargez la page."] } });
    expect((await testDb().gridAnswer.findFirstOrThrow({ where: { gridId, itemKey } })).version).toBe(1);
  });

  it("let exactly one of two concurrent saves on the same version win; the other sees the winner's text", async () => {
    const { gridId, itemKey } = await newGrid(2044);
    await answer(gridId, itemKey, "<p>Base</p>", 0);
    const results = await Promise.allSettled([answer(gridId, itemKey, "<p>Alice</p>", 1), answer(gridId, itemKey, "<p>Bruno</p>", 1)]);
    const won = results.filter((r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof answer>>> => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
    expect((lost[0]!.reason as ConflictError).current).toMatchObject({ body: won[0]!.value.body, version: 2 });
    expect((await testDb().gridAnswer.findFirstOrThrow({ where: { gridId, itemKey } })).body).toBe(won[0]!.value.body);
  });
});

describe("the workflow", () => {
  it("lets the coordinator submit, the principal return with a comment then validate, and locks the answers meanwhile", async () => {
    const { gridId, itemKey } = await newGrid(2045);
    const version = async () => versionOf((await testDb().grid.findUniqueOrThrow({ where: { establishmentId_id: { establishmentId: school, id: gridId } } })).updatedAt);
    const step = (who: keyof typeof people, action: (typeof gridActions)["returnGrid"] | (typeof gridActions)["submitGrid"], comment = "") =>
      version().then((v) => runAsScope(people[who].scope, () => action({ establishmentId: school, gridId, version: v, comment })));

    // Only the principal reviews; only the coordinator submits.
    expect(await step("principal", gridActions.submitGrid)).toMatchObject({ ok: false, status: 404 });
    expect(await step("teacher", gridActions.submitGrid)).toMatchObject({ ok: false, status: 404 });
    expect(await step("coordinator", gridActions.validateGrid)).toMatchObject({ ok: false, status: 404 });
    expect(await step("coordinator", gridActions.submitGrid, "Prête")).toMatchObject({ ok: true, data: { status: "SUBMITTED" } });

    // Submitted: the answers are read-only.
    await expect(answer(gridId, itemKey, "<p>pendant la revue</p>", 0)).rejects.toBeInstanceOf(ConflictError);

    expect(await step("principal", gridActions.returnGrid)).toMatchObject({ ok: false, status: 400 });
    expect(await step("principal", gridActions.returnGrid, "Préciser les indicateurs")).toMatchObject({ ok: true, data: { status: "RETURNED" } });
    await answer(gridId, itemKey, "<p>repris</p>", 0);
    expect(await step("coordinator", gridActions.submitGrid)).toMatchObject({ ok: true });
    expect(await step("inspector", gridActions.validateGrid)).toMatchObject({ ok: false, status: 404 });
    expect(await step("principal", gridActions.validateGrid, "Bon travail")).toMatchObject({ ok: true, data: { status: "VALIDATED" } });
    expect(await step("principal", gridActions.validateGrid)).toMatchObject({ ok: false, status: 409 });

    // A stale page cannot move the grid.
    const stale = await runAsScope(people.principal.scope, () =>
      gridActions.reopenGrid({ establishmentId: school, gridId, version: new Date(0).toISOString(), comment: "" }),
    );
    expect(stale).toMatchObject({ ok: false, status: 409 });

    const events = await testDb().gridEvent.findMany({ where: { gridId }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.kind, e.comment, e.authorName])).toEqual([
      ["CREATION", "", "Claire Coordination"],
      ["SUBMISSION", "Prête", "Claire Coordination"],
      ["RETURN", "Préciser les indicateurs", "Paul Proviseur"],
      ["SUBMISSION", "", "Claire Coordination"],
      ["VALIDATION", "Bon travail", "Paul Proviseur"],
    ]);
    const audited = await testDb().auditEvent.findMany({ where: { establishmentId: school, entityId: gridId, action: { startsWith: "grid." } }, select: { action: true } });
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(["grid.submit", "grid.return", "grid.validate"]));
  });

  it("lets an inspector of the académie comment without editing, and nobody outside the school", async () => {
    const { gridId, itemKey } = await newGrid(2046);
    const coach = (who: keyof typeof people) => runAsScope(people[who].scope, () => gridActions.coachGrid({ establishmentId: school, gridId, comment: "Pensez aux bilans d'étape." }));
    expect(await coach("inspector")).toMatchObject({ ok: true });
    expect(await coach("coordinator")).toMatchObject({ ok: false, status: 404 });
    expect(await coach("outsider")).toMatchObject({ ok: false, status: 404 });
    const edit = await runAsScope(people.inspector.scope, () =>
      gridActions.saveAnswer({ establishmentId: school, gridId, itemKey, body: "x", status: "IN_PROGRESS", version: 0 }),
    );
    expect(edit).toMatchObject({ ok: false, status: 404 });
    // Past the app, the database refuses the inspector's write too.
    const inspectorData = schoolDataScope(people.inspector.scope, { id: school, academyId });
    await expect(
      runInScope(appTestDb(), inspectorData, (tx) => tx.gridAnswer.create({ data: { establishmentId: school, gridId, itemKey, body: "x" } })),
    ).rejects.toThrow();
    expect(await testDb().gridEvent.count({ where: { gridId, kind: "COACHING" } })).toBe(1);
    expect(await testDb().gridAnswer.count({ where: { gridId } })).toBe(0);
  });
});

describe("continuity", () => {
  it("starts next year's Plan from this year's Act objectives and unfinished actions", async () => {
    const { gridId } = await newGrid(2047);
    const objectives = await testDb().gridItem.findFirstOrThrow({ where: { sheet: { grids: { some: { id: gridId } } }, key: "objectifs" } });
    await answer(gridId, objectives.key, "<p>Réduire l'absentéisme en seconde</p>", 0);
    const ids = { establishmentId: school, gridId };
    const base = { process: "", owner: "CPE", indicator: "Taux d'absentéisme", startsOn: "", dueOn: "" };
    await asCoordinator((tx) => addAction(tx, actor(), { ...ids, ...base, title: "Tutorat des absentéistes", status: "IN_PROGRESS" }));
    await asCoordinator((tx) => addAction(tx, actor(), { ...ids, ...base, title: "Réunion de rentrée", status: "DONE" }));

    const next = await insertOrganisation(testDb(), school, 2048);
    const scheme = next.schemes.find((s) => s.strand === "PERSONALISED_SUPPORT")!;
    const started = await asCoordinator((tx) => startGrid(tx, actor(), { establishmentId: school, schemeId: scheme.id, carryOver: "oui" }));
    expect(started.carried).toMatchObject({ objectives: 1, actions: 1 });
    const plan = await testDb().gridAnswer.findFirstOrThrow({ where: { gridId: started.gridId, itemKey: started.carried!.into! } });
    expect(plan.body).toContain("Réduire l'absentéisme en seconde");
    expect(plan.body).toContain("Tutorat des absentéistes (CPE)");
    expect(plan.body).not.toContain("Réunion de rentrée");
    const carriedActions = await testDb().gridAction.findMany({ where: { gridId: started.gridId } });
    expect(carriedActions.map((a) => [a.title, a.status, Boolean(a.carriedFromId)])).toEqual([["Tutorat des absentéistes", "PLANNED", true]]);
  });
});

describe("the Act block and evidence", () => {
  it("dates a done action once, refuses a stale edit and dates out of order", async () => {
    const { gridId } = await newGrid(2049);
    const ids = { establishmentId: school, gridId };
    const fields = { title: "Bilan d'étape", process: "", owner: "", indicator: "", startsOn: "2049-10-01", dueOn: "2049-11-15" };
    const { id } = await asCoordinator((tx) => addAction(tx, actor(), { ...ids, ...fields, status: "PLANNED" }));
    const row = await testDb().gridAction.findFirstOrThrow({ where: { id } });
    await asCoordinator((tx) => updateAction(tx, actor(), { ...ids, ...fields, actionId: id, version: versionOf(row.updatedAt), status: "DONE" }));
    const done = await testDb().gridAction.findFirstOrThrow({ where: { id } });
    expect(done.doneOn).not.toBeNull();
    await expect(
      asCoordinator((tx) => updateAction(tx, actor(), { ...ids, ...fields, actionId: id, version: versionOf(row.updatedAt), status: "PLANNED" })),
    ).rejects.toBeInstanceOf(ConflictError);
    const refused = await runAsScope(people.coordinator.scope, () =>
      gridActions.addGridAction({ ...ids, ...fields, startsOn: "2049-12-01", dueOn: "2049-11-01", status: "PLANNED" }),
    );
    expect(refused).toMatchObject({ ok: false, status: 400, fieldErrors: { dueOn: ["L'échéance ne peut pas précéder le début."] } });
    const impossible = await runAsScope(people.coordinator.scope, () => gridActions.addKeyDate({ ...ids, on: "2049-02-30", label: "Conseil" }));
    expect(impossible).toMatchObject({ ok: false, status: 400, fieldErrors: { on: ["Cette date n'existe pas."] } });
    // Year 0: JavaScript's Date has it, PostgreSQL does not (it failed there, a 500).
    const yearZero = await runAsScope(people.coordinator.scope, () => gridActions.addKeyDate({ ...ids, on: "0000-01-01", label: "Conseil" }));
    expect(yearZero).toMatchObject({ ok: false, status: 400, fieldErrors: { on: ["Cette date n'existe pas."] } });
  });

  it("stores a file checked by its content and links an indicator of the sheet, refusing a lying extension", async () => {
    const { gridId, itemKey } = await newGrid(2050);
    const pdf = new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF")], "compte-rendu.pdf", { type: "application/pdf" });
    const stored = await asCoordinator((tx) => attachFile(tx, actor(), { establishmentId: school, gridId, itemKey, file: pdf }));
    expect(stored).toMatchObject({ fileName: "compte-rendu.pdf", mediaType: "application/pdf" });
    const lying = new File([new TextEncoder().encode("<script>alert(1)</script>")], "rapport.pdf", { type: "application/pdf" });
    await expect(asCoordinator((tx) => attachFile(tx, actor(), { establishmentId: school, gridId, itemKey, file: lying }))).rejects.toBeInstanceOf(InvalidInputError);
    const indicator = await testDb().gridItem.findFirstOrThrow({ where: { sheet: { grids: { some: { id: gridId } } }, kind: "INDICATOR" } });
    await asCoordinator((tx) => linkIndicator(tx, actor(), { establishmentId: school, gridId, itemKey, indicatorKey: indicator.key }));
    await expect(asCoordinator((tx) => linkIndicator(tx, actor(), { establishmentId: school, gridId, itemKey, indicatorKey: indicator.key }))).rejects.toBeInstanceOf(ConflictError);
    await expect(asCoordinator((tx) => linkIndicator(tx, actor(), { establishmentId: school, gridId, itemKey, indicatorKey: itemKey }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await testDb().gridEvidence.count({ where: { gridId } })).toBe(2);
  });
});

describe("completion as the principal reads it", () => {
  it("counts answered items per phase and lists what is missing, through the principal's own scope", async () => {
    const { gridId, itemKey } = await newGrid(2051);
    await answer(gridId, itemKey, "<p>Fait</p>", 0, "ANSWERED");
    const principalData = schoolDataScope(people.principal.scope, { id: school, academyId });
    const loaded = await runInScope(appTestDb(), principalData, (tx) => loadGrid(tx, { establishmentId: school, schoolYear: 2051, strand: "PERSONALISED_SUPPORT" }));
    expect(loaded?.grid).not.toBeNull();
    const completion = loaded && "completion" in loaded ? loaded.completion : null;
    const items = await testDb().gridItem.count({ where: { sheet: { grids: { some: { id: gridId } } } } });
    expect(completion).toMatchObject({ total: items, answered: 1 });
    const plan = completion!.phases.find((p) => p.phase === "PLAN")!;
    expect(plan.missing.some((m) => m.key === itemKey)).toBe(false);
    expect(plan.missing.length).toBe(plan.total - 1);
    const rows = await runInScope(appTestDb(), principalData, (tx) => listGridsOfYear(tx, { establishmentId: school, schoolYear: 2051 }));
    expect(rows.map((r) => [r.strand, r.grid ? r.completion?.answered : null])).toEqual([
      ["CONSOLIDATION", null],
      ["PERSONALISED_SUPPORT", 1],
      ["GUIDANCE", null],
    ]);
  });

  it("shows nothing of the school to another school's coordinator", async () => {
    const outsiderData = schoolDataScope(people.outsider.scope, { id: school, academyId });
    const loaded = await runInScope(appTestDb(), outsiderData, (tx) => loadGrid(tx, { establishmentId: school, schoolYear: 2051, strand: "PERSONALISED_SUPPORT" }));
    expect(loaded).toBeNull();
    expect(await runInScope(appTestDb(), outsiderData, (tx) => tx.gridAnswer.count({ where: { establishmentId: school } }))).toBe(0);
  });
});

describe("sheet versions", () => {
  it("adds a version from the latest, keeps the keys of unchanged items, and only new grids take it", async () => {
    const { gridId } = await newGrid(2052, "GUIDANCE");
    const admin = await insertUser(testDb(), { isAdmin: true });
    const adminScope = await scopeOf(testDb(), admin.id);
    const v1 = await testDb().gridSheet.findUniqueOrThrow({ where: { key_version: { key: "tvp-three-strands", version: 1 } }, include: { sections: { orderBy: { position: "asc" } }, items: { orderBy: { position: "asc" } } } });
    const firstSection = v1.sections[0]!;
    const kept = v1.items.filter((i) => i.sectionKey === firstSection.key);
    const form = new FormData();
    form.set("sheetId", v1.id);
    form.set("title", `${v1.title} (2027)`);
    form.set("note", "Essai de nouvelle version");
    form.set("context", v1.context);
    form.set("sections.0.key", firstSection.key);
    form.set("sections.0.title", firstSection.title);
    form.set("sections.0.items", `Q : ${kept[0]!.text}\nQ : Une question nouvelle sur le suivi ?`);

    const bad = new FormData();
    for (const [k, v] of form.entries()) bad.set(k, v);
    bad.set("sections.0.items", "Une ligne sans préfixe");
    expect(await runAsScope(adminScope, () => gridActions.createSheetVersion(bad))).toMatchObject({ ok: false, status: 400, fieldErrors: { "sections.0.items": [expect.stringContaining("Ligne 1")] } });
    expect(await runAsScope(people.coordinator.scope, () => gridActions.createSheetVersion(form))).toMatchObject({ ok: false, status: 404 });

    const created = await runAsScope(adminScope, () => gridActions.createSheetVersion(form));
    expect(created).toMatchObject({ ok: true, data: { version: 2 } });
    const v2Items = await testDb().gridItem.findMany({ where: { sheet: { key: "tvp-three-strands", version: 2 }, sectionKey: firstSection.key }, orderBy: { position: "asc" } });
    expect(v2Items.map((i) => [i.key, i.text])).toEqual([
      [kept[0]!.key, kept[0]!.text],
      ["une-question-nouvelle-sur-le", "Une question nouvelle sur le suivi ?"],
    ]);
    // Another section, not sent, is copied as it was.
    expect(await testDb().gridItem.count({ where: { sheet: { key: "tvp-three-strands", version: 2 }, sectionKey: v1.sections[1]!.key } })).toBe(
      v1.items.filter((i) => i.sectionKey === v1.sections[1]!.key).length,
    );
    // From an older version: refused.
    expect(await runAsScope(adminScope, () => gridActions.createSheetVersion(form))).toMatchObject({ ok: false, status: 409 });

    expect((await testDb().grid.findFirstOrThrow({ where: { id: gridId }, include: { sheet: true } })).sheet.version).toBe(1);
    const later = await newGrid(2053, "GUIDANCE");
    expect((await testDb().grid.findFirstOrThrow({ where: { id: later.gridId }, include: { sheet: true } })).sheet.version).toBe(2);
  });
});
