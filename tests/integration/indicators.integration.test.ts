// Indicators against the real database: the catalogue the migration seeds is
// the one in the code; every computed indicator on a fixed data set (golden
// figures worked out by hand below); entered values with French numbers,
// ranges and versions; targets by the principal; small counts hidden from
// inspectors; the summary refreshed for an inspector who may not read pupils.
import { beforeAll, describe, expect, it } from "vitest";
import { academyDataScope, schoolDataScope, type RequestScope } from "@/features/access/scope";
import * as actions from "@/features/indicators/actions";
import { indicatorCatalogue } from "@/features/indicators/catalogue";
import { isSuppressed } from "@/features/indicators/privacy";
import { loadComparison, loadDashboard } from "@/features/indicators/queries";
import { refreshSummary } from "@/features/indicators/service";
import { runAsScope } from "@/server/action";
import { runInScope } from "@/server/scoped-transaction";
import { insertAcademy, insertEstablishment, insertOrganisation, insertUser, scopeOf } from "../factories";
import { competencyByLabel, insertDiagnostic, insertNeedGroup, insertPupils } from "../factories/needs";
import { appTestDb, testDb } from "../setup/database";

const YEAR = 2026;
const TODAY = new Date("2027-01-15T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let school: { id: string; academyId: string };
let periods: { id: string }[];
let coordinator: RequestScope;
let principal: RequestScope;
let teacher: RequestScope;
let inspector: RequestScope;

beforeAll(async () => {
  const academy = await insertAcademy(testDb());
  const created = await insertEstablishment(testDb(), { academyId: academy.id });
  school = { id: created.id, academyId: academy.id };
  const db = testDb();
  const est = school.id;
  const o = await insertOrganisation(db, est, YEAR);
  periods = o.periods;
  const member = async (role: "COORDINATOR" | "TEACHER" | "PRINCIPAL") => insertUser(db, { memberships: [{ establishmentId: est, role }] });
  const [t1, t2, , c] = [await member("TEACHER"), await member("TEACHER"), await member("TEACHER"), await member("COORDINATOR")];
  const p = await member("PRINCIPAL");
  coordinator = await scopeOf(db, c.id);
  principal = await scopeOf(db, p.id);
  teacher = await scopeOf(db, t1.id);
  inspector = await scopeOf(db, (await insertUser(db, { inspects: [academy.id] })).id);

  // Hours: Bac Pro Seconde (90 h regulatory) and CAP 1 (101,5 h): planned 90, delivered 65.
  const cap = await db.division.create({ data: { establishmentId: est, schoolYear: YEAR, name: "CAP1", diploma: "CAP", yearOfStudy: 1 } });
  const [s0, s1] = o.schemes;
  await db.hourPlanEntry.createMany({
    data: [
      { establishmentId: est, divisionId: o.division.id, schemeId: s0!.id, periodId: periods[0]!.id, plannedHours: 30, deliveredHours: 20 },
      { establishmentId: est, divisionId: o.division.id, schemeId: s1!.id, periodId: periods[1]!.id, plannedHours: 20, deliveredHours: 10 },
      { establishmentId: est, divisionId: cap.id, schemeId: s0!.id, periodId: periods[0]!.id, plannedHours: 40, deliveredHours: 35 },
    ],
  });
  // Ten pupils; groups: 6 then 3 members (7 distinct pupils).
  const pupils = await insertPupils(db, { establishmentId: est, divisionId: o.division.id, schoolYear: YEAR }, 10);
  const id = (i: number) => pupils[i]!.id;
  await insertNeedGroup(db, { establishmentId: est, periodId: periods[0]!.id, schemeId: s0!.id, teacherIds: [t1.id], pupilIds: [0, 1, 2, 3, 4, 5].map(id) });
  await insertNeedGroup(db, { establishmentId: est, periodId: periods[1]!.id, schemeId: s1!.id, teacherIds: [t2.id, c.id], pupilIds: [0, 1, 6].map(id) });
  // Referents: four pupils followed by the first teacher.
  await db.pupilReferent.createMany({ data: [0, 1, 2, 3].map((i) => ({ establishmentId: est, pupilId: id(i), userId: t1.id })) });
  // Meetings: three this year, one the year before.
  await db.meeting.createMany({
    data: [
      ...["2026-09-10", "2026-10-12", "2026-12-01"].map((d) => ({ establishmentId: est, schoolYear: YEAR, heldOn: day(d), body: "TEACHING_TEAM" as const })),
      { establishmentId: est, schoolYear: YEAR - 1, heldOn: day("2026-03-01"), body: "TEACHING_TEAM" as const },
    ],
  });
  // Diagnostics: two periods, two tools.
  const c1 = (await competencyByLabel(db, "Lire et comprendre un texte")).id;
  const c2 = (await competencyByLabel(db, "Nombres et calcul")).id;
  const [toolA, toolB] = await db.positioningTool.findMany({ where: { establishmentId: null }, take: 2, orderBy: { label: "asc" } });
  const dx = (pupil: number, period: number, competencyId: string, level: "INSUFFICIENT" | "FRAGILE" | "SATISFACTORY" | "VERY_GOOD") =>
    insertDiagnostic(db, { establishmentId: est, pupilId: id(pupil), periodId: periods[period]!.id, competencyId, level, toolId: period === 0 ? toolA!.id : toolB!.id });
  // Pupil 0 rises (mean 2 → 2,5); pupil 1 falls; pupil 4 stays; pupil 2 has no competency in common; pupil 3 one period only.
  await dx(0, 0, c1, "FRAGILE"); await dx(0, 0, c2, "FRAGILE"); await dx(0, 1, c1, "SATISFACTORY"); await dx(0, 1, c2, "FRAGILE");
  await dx(1, 0, c1, "SATISFACTORY"); await dx(1, 1, c1, "FRAGILE");
  await dx(2, 0, c1, "INSUFFICIENT"); await dx(2, 1, c2, "VERY_GOOD");
  await dx(3, 0, c1, "FRAGILE");
  await dx(4, 0, c1, "FRAGILE"); await dx(4, 1, c1, "FRAGILE");
  // The personalised support grid: 3 items answered of 31, one in progress; six actions.
  const sheet = await db.gridSheet.findUniqueOrThrow({ where: { key_version: { key: "tvp-three-strands", version: 1 } } });
  const grid = await db.grid.create({ data: { establishmentId: est, schemeId: s1!.id, sheetId: sheet.id } });
  const items = await db.gridItem.findMany({ where: { sheetId: sheet.id }, orderBy: { position: "asc" }, take: 4 });
  await db.gridAnswer.createMany({
    data: items.map((item, i) => ({ establishmentId: est, gridId: grid.id, itemKey: item.key, body: "<p>R</p>", status: i < 3 ? ("ANSWERED" as const) : ("IN_PROGRESS" as const) })),
  });
  const action = (title: string, dueOn: string | null, status: "PLANNED" | "IN_PROGRESS" | "DONE" | "ABANDONED", doneOn: string | null = null) => ({
    establishmentId: est, gridId: grid.id, title, dueOn: dueOn ? day(dueOn) : null, status, doneOn: doneOn ? day(doneOn) : null,
  });
  await db.gridAction.createMany({
    data: [
      action("À temps", "2026-12-01", "DONE", "2026-11-30"),
      action("Faite en retard", "2026-12-01", "DONE", "2026-12-05"),
      action("En retard", "2026-12-01", "PLANNED"),
      action("Pas encore due", "2027-03-01", "IN_PROGRESS"),
      action("Abandonnée", "2026-12-01", "ABANDONED"),
      action("Sans échéance", null, "DONE", "2026-10-01"),
    ],
  });
  // Entered values: attendance per period, drop-out for the year and for a period.
  await db.indicatorValue.createMany({
    data: [
      { establishmentId: est, indicatorCode: "ATTENDANCE_RATE", schoolYear: YEAR, periodId: periods[0]!.id, value: 91.5 },
      { establishmentId: est, indicatorCode: "ATTENDANCE_RATE", schoolYear: YEAR, periodId: periods[1]!.id, value: 93 },
      { establishmentId: est, indicatorCode: "DROPOUT_RATE", schoolYear: YEAR, periodId: null, value: 4 },
      { establishmentId: est, indicatorCode: "DROPOUT_RATE", schoolYear: YEAR, periodId: periods[0]!.id, value: 6 },
    ],
  });
}, 60_000);

async function summaryOf(scope: RequestScope) {
  const data = schoolDataScope(scope, school);
  return runInScope(appTestDb(), data, async (tx) => {
    await refreshSummary(tx, { establishmentIds: [school.id], schoolYear: YEAR, today: TODAY });
    const rows = await tx.indicatorSummary.findMany({ where: { establishmentId: school.id, schoolYear: YEAR } });
    return new Map(rows.map((r) => [r.indicatorCode, { value: r.value === null ? null : Number(r.value), numerator: r.numerator === null ? null : Number(r.numerator), denominator: r.denominator === null ? null : Number(r.denominator) }]));
  });
}

describe("the catalogue", () => {
  it("in the database is the catalogue of the code, row for row", async () => {
    const rows = await testDb().indicator.findMany({ orderBy: { position: "asc" } });
    expect(rows.map((r) => ({ code: r.code, family: r.family, label: r.label, description: r.description, unit: r.unit, direction: r.direction, source: r.source, level: r.level, minValue: Number(r.minValue), maxValue: Number(r.maxValue) }))).toEqual(indicatorCatalogue);
  });

  it("names every indicator of the seeds' and the domain's lists, with a rate from 0 to 100", () => {
    const codes = new Set(indicatorCatalogue.map((i) => i.code));
    for (const code of ["CONCERTATION_MEETINGS", "TEACHERS_INVOLVED_SHARE", "ATTENDANCE_RATE", "ABSENTEEISM_RATE", "DROPOUT_RATE", "REORIENTED_PUPILS", "FURTHER_STUDIES_RATE", "EXAM_SUCCESS_RATE", "PUPIL_SATISFACTION", "PARENT_SATISFACTION", "STAFF_SATISFACTION", "SCHOOL_CLIMATE", "HOURS_DELIVERED", "PUPILS_IN_GROUP_SHARE", "MEAN_GROUP_SIZE", "REFERENT_COVERAGE"]) {
      expect(codes.has(code), code).toBe(true);
    }
    for (const i of indicatorCatalogue.filter((i) => i.unit === "PERCENT" && i.source !== "COMPUTED")) expect([i.minValue, i.maxValue]).toEqual([0, 100]);
  });
});

describe("computed indicators (golden figures)", () => {
  let figures: Awaited<ReturnType<typeof summaryOf>>;
  beforeAll(async () => {
    figures = await summaryOf(coordinator);
  });
  const cases: [string, number | null, number | null, number | null][] = [
    // code, value, numerator, denominator
    ["HOURS_REGULATORY", 191.5, null, null], // 90 + 101,5
    ["HOURS_PLANNED", 90, null, null],
    ["HOURS_DELIVERED", 65, null, null],
    ["HOURS_DELIVERED_RATE", 33.9, 65, 191.5],
    ["PUPILS_IN_GROUP_SHARE", 70, 7, 10],
    ["MEAN_GROUP_SIZE", 4.5, 9, 2],
    ["TEACHERS_INVOLVED_SHARE", 75, 3, 4], // two group teachers + the coordinator (co-animation), of 3 teachers + 1 coordinator
    ["CONCERTATION_MEETINGS", 3, null, null],
    ["REFERENT_COVERAGE", 40, 4, 10],
    ["DIAGNOSTIC_COVERAGE", 50, 5, 10],
    ["POSITIONING_TOOLS_USED", 2, null, null],
    ["LEVEL_RISE_SHARE", 33.3, 1, 3],
    ["GRID_COMPLETION", 9.7, 3, 31],
    ["ACTIONS_ON_TIME", 33.3, 1, 3],
    ["LATE_ACTIONS", 1, null, null],
    // Entered: the latest period's value, unless the year has its own.
    ["ATTENDANCE_RATE", 93, null, null],
    ["DROPOUT_RATE", 4, null, null],
  ];
  for (const [code, value, numerator, denominator] of cases) {
    it(`${code} = ${value}`, () => {
      expect(figures.get(code)).toEqual({ value, numerator, denominator });
    });
  }

  it("per teaching period too: hours, groups, diagnostics and meetings of each period", async () => {
    const rows = await runInScope(appTestDb(), schoolDataScope(coordinator, school), (tx) =>
      tx.indicatorPeriodSummary.findMany({ where: { establishmentId: school.id }, select: { periodId: true, indicatorCode: true, value: true } }),
    );
    const byPeriod = (i: number) =>
      Object.fromEntries(rows.filter((r) => r.periodId === periods[i]!.id).map((r) => [r.indicatorCode, r.value === null ? null : Number(r.value)]));
    // Période 1: 30 + 40 h planned, 20 + 35 delivered; one group of 6; pupils 0 to 4 assessed; meetings of 10 September and 12 October.
    expect(byPeriod(0)).toEqual({ HOURS_PLANNED: 70, HOURS_DELIVERED: 55, PUPILS_IN_GROUP_SHARE: 60, MEAN_GROUP_SIZE: 6, DIAGNOSTIC_COVERAGE: 50, CONCERTATION_MEETINGS: 2 });
    // Période 2: 20 h planned, 10 delivered; one group of 3; pupils 0, 1, 2 and 4 assessed; the meeting of 1 December.
    expect(byPeriod(1)).toEqual({ HOURS_PLANNED: 20, HOURS_DELIVERED: 10, PUPILS_IN_GROUP_SHARE: 30, MEAN_GROUP_SIZE: 3, DIAGNOSTIC_COVERAGE: 40, CONCERTATION_MEETINGS: 1 });
  });

  it("are the same when an inspector, who may not read pupils, refreshes them", async () => {
    const asInspector = await runInScope(appTestDb(), academyDataScope(inspector, { id: school.academyId }, [school.id]), async (tx) => {
      expect(await tx.pupil.count()).toBe(0);
      await refreshSummary(tx, { establishmentIds: [school.id], schoolYear: YEAR, today: TODAY });
      return tx.indicatorSummary.findMany({ where: { establishmentId: school.id, schoolYear: YEAR }, orderBy: { indicatorCode: "asc" } });
    });
    expect(new Map(asInspector.map((r) => [r.indicatorCode, r.value === null ? null : Number(r.value)]))).toEqual(new Map([...figures].map(([k, v]) => [k, v.value])));
  });

  it("refresh nothing for a school the caller may not read", async () => {
    const other = await insertEstablishment(testDb(), { academyId: (await insertAcademy(testDb())).id });
    const written = await runInScope(appTestDb(), schoolDataScope(coordinator, school), (tx) => refreshSummary(tx, { establishmentIds: [other.id], schoolYear: YEAR }));
    expect(written).toBe(0);
  });
});

describe("small counts for inspectors", () => {
  it("hide the shares made of fewer than 5 pupils (or leaving fewer than 5 out), keep the rest", async () => {
    const load = (scope: RequestScope, aggregateOnly: boolean, data = schoolDataScope(scope, school)) =>
      runInScope(appTestDb(), data, (tx) => loadDashboard(tx, { establishmentId: school.id, schoolYear: YEAR, aggregateOnly, today: TODAY }));
    const forInspector = await load(inspector, true, academyDataScope(inspector, { id: school.academyId }, [school.id]));
    const of = (d: typeof forInspector, code: string) => d.figures.find((f) => f.indicatorCode === code && f.schoolYear === YEAR)!;
    expect(of(forInspector, "REFERENT_COVERAGE")).toMatchObject({ value: null, numerator: null, suppressed: true }); // 4 pupils
    expect(of(forInspector, "PUPILS_IN_GROUP_SHARE")).toMatchObject({ value: null, suppressed: true }); // 3 left out
    expect(of(forInspector, "LEVEL_RISE_SHARE")).toMatchObject({ value: null, suppressed: true });
    expect(of(forInspector, "DIAGNOSTIC_COVERAGE")).toMatchObject({ value: 50, suppressed: false });
    expect(of(forInspector, "CONCERTATION_MEETINGS")).toMatchObject({ value: 3, suppressed: false });
    const forPrincipal = await load(principal, false);
    expect(of(forPrincipal, "REFERENT_COVERAGE")).toMatchObject({ value: 40, numerator: 4, suppressed: false });
    expect(forPrincipal.lateActions.map((a) => a.title)).toEqual(["En retard"]);

    const comparison = await runInScope(appTestDb(), academyDataScope(inspector, { id: school.academyId }, [school.id]), (tx) =>
      loadComparison(tx, { establishmentIds: [school.id], schoolYear: YEAR, codes: ["REFERENT_COVERAGE", "DIAGNOSTIC_COVERAGE"], kind: null, diploma: null }),
    );
    expect(comparison.map((r) => [r.indicatorCode, r.value, r.suppressed]).sort()).toEqual([["DIAGNOSTIC_COVERAGE", 50, false], ["REFERENT_COVERAGE", null, true]]);
    // The comparison hides them in the database: no count leaves it.
    expect(Object.keys(comparison[0]!).sort()).toEqual(["establishmentId", "indicatorCode", "previous", "suppressed", "value"]);
  });

  it("hide last year's figure in the comparison too, where no change is then shown", async () => {
    const other = await insertEstablishment(testDb(), { academyId: school.academyId });
    const figure = (schoolYear: number, indicatorCode: string, numerator: number) =>
      ({ establishmentId: other.id, schoolYear, indicatorCode, value: (100 * numerator) / 20, numerator, denominator: 20, countsPupils: true });
    await testDb().indicatorSummary.createMany({
      data: [figure(YEAR, "REFERENT_COVERAGE", 10), figure(YEAR - 1, "REFERENT_COVERAGE", 8), figure(YEAR, "DIAGNOSTIC_COVERAGE", 12), figure(YEAR - 1, "DIAGNOSTIC_COVERAGE", 3), figure(YEAR - 1, "LEVEL_RISE_SHARE", 10)],
    });
    const rows = await runInScope(appTestDb(), academyDataScope(inspector, { id: school.academyId }, [other.id]), (tx) =>
      loadComparison(tx, { establishmentIds: [other.id], schoolYear: YEAR, codes: ["REFERENT_COVERAGE", "DIAGNOSTIC_COVERAGE", "LEVEL_RISE_SHARE"], kind: null, diploma: null }),
    );
    // Last year alone gives no row; 3 pupils of 20 last year: hidden.
    expect(rows.map((r) => [r.indicatorCode, r.value, r.previous, r.suppressed]).sort()).toEqual([
      ["DIAGNOSTIC_COVERAGE", 60, null, false],
      ["REFERENT_COVERAGE", 50, 40, false],
    ]);
  });

  it("are hidden by the same rule in the database (the comparison) and in the app (the dashboard), on every edge", async () => {
    const cases = ["REFERENT_COVERAGE", "MEAN_GROUP_SIZE"].flatMap((indicatorCode) =>
      [true, false].flatMap((countsPupils) =>
        [null, 0, 1, 4, 5, 6, 95, 96, 99, 100].flatMap((numerator) =>
          [null, 0, 1, 4, 5, 6, 100].map((denominator) => ({ indicatorCode, countsPupils, numerator, denominator, value: null })),
        ),
      ),
    );
    const answers = await testDb().$queryRaw<{ hidden: boolean }[]>`
      SELECT app_counts_suppressed(c.code, c.counts, c.numerator, c.denominator) AS hidden
      FROM unnest(${cases.map((c) => c.indicatorCode)}::text[], ${cases.map((c) => c.countsPupils)}::boolean[],
        ${cases.map((c) => c.numerator)}::numeric[], ${cases.map((c) => c.denominator)}::numeric[])
        WITH ORDINALITY AS c(code, counts, numerator, denominator, n)
      ORDER BY c.n`;
    expect(answers.map((a) => a.hidden)).toEqual(cases.map(isSuppressed));
    // The edges reach both answers for each rule (a share, a mean group size), and a figure counting no pupil is never hidden.
    const answered = (code: string, countsPupils: boolean) => new Set(answers.filter((_, i) => cases[i]!.indicatorCode === code && cases[i]!.countsPupils === countsPupils).map((a) => a.hidden));
    for (const code of ["REFERENT_COVERAGE", "MEAN_GROUP_SIZE"]) {
      expect(answered(code, true)).toEqual(new Set([true, false]));
      expect(answered(code, false)).toEqual(new Set([false]));
    }
  });
});

describe("entered values", () => {
  const value = (fields: Partial<Record<string, string>>) => ({
    establishmentId: school.id,
    indicatorCode: "EXAM_SUCCESS_RATE",
    schoolYear: String(YEAR),
    periodId: "",
    value: "87,5",
    comment: "Session de juin",
    version: "",
    ...fields,
  });

  it("take French numbers, and refuse bad numbers, values off the range and decimals on a count", async () => {
    const save = (fields: Partial<Record<string, string>>) => runAsScope(coordinator, () => actions.saveIndicatorValue(value(fields)));
    for (const [typed, message] of [
      ["abc", "Saisissez un nombre"],
      ["101", "inférieur ou égal à 100"],
      ["-1", "positif ou nul"],
      ["12,345", "au plus 2 décimales"],
      ["1e3", "Saisissez un nombre"],
      ["", "Saisissez un nombre"],
    ] as const) {
      const result = await save({ value: typed });
      expect(result, typed).toMatchObject({ ok: false, status: 400 });
      if (!result.ok) expect(result.fieldErrors?.value?.join(" "), typed).toContain(message);
    }
    expect(await save({ indicatorCode: "REORIENTED_PUPILS", value: "2,5" })).toMatchObject({ ok: false, fieldErrors: { value: ["Saisissez un nombre entier."] } });
    expect(await save({ indicatorCode: "REORIENTED_PUPILS", value: "1 234" })).toMatchObject({ ok: true, data: { value: 1234 } });
    expect(await save({ indicatorCode: "HOURS_DELIVERED", value: "12" })).toMatchObject({ ok: false, status: 400 });
    expect(await save({ periodId: periods[0]!.id, value: " 88,25 " })).toMatchObject({ ok: true, data: { value: 88.25 } });
  });

  it("refuse a stale save with the stored value, and never overwrite it", async () => {
    const first = await runAsScope(coordinator, () => actions.saveIndicatorValue(value({ indicatorCode: "PUPIL_SATISFACTION", value: "70" })));
    expect(first).toMatchObject({ ok: true });
    const stale = await runAsScope(coordinator, () => actions.saveIndicatorValue(value({ indicatorCode: "PUPIL_SATISFACTION", value: "75" })));
    expect(stale).toMatchObject({ ok: false, status: 409, current: { value: 70 } });
    if (!stale.ok) expect(stale.message).toContain("70 %");
    const version = first.ok ? first.data.version : "";
    expect(await runAsScope(coordinator, () => actions.saveIndicatorValue(value({ indicatorCode: "PUPIL_SATISFACTION", value: "75", version })))).toMatchObject({ ok: true, data: { value: 75 } });
    const stored = await testDb().indicatorValue.findFirstOrThrow({ where: { establishmentId: school.id, indicatorCode: "PUPIL_SATISFACTION" } });
    expect(Number(stored.value)).toBe(75);
    // The summary follows at once.
    const summary = await testDb().indicatorSummary.findUniqueOrThrow({ where: { establishmentId_schoolYear_indicatorCode: { establishmentId: school.id, schoolYear: YEAR, indicatorCode: "PUPIL_SATISFACTION" } } });
    expect(Number(summary.value)).toBe(75);
  });

  it("are the coordinator's: a principal, a teacher or an inspector may not type them", async () => {
    for (const scope of [principal, teacher, inspector]) {
      expect(await runAsScope(scope, () => actions.saveIndicatorValue(value({ indicatorCode: "STAFF_SATISFACTION" })))).toMatchObject({ ok: false, status: 404 });
    }
  });
});

describe("baselines and targets", () => {
  const target = (fields: Partial<Record<string, string>>) => ({
    establishmentId: school.id,
    indicatorCode: "ABSENTEEISM_RATE",
    schoolYear: String(YEAR),
    baseline: "12,5",
    target: "9",
    comment: "Contrat d'objectifs",
    version: "",
    ...fields,
  });

  it("are set by the principal too (never a teacher), checked against the range, versioned", async () => {
    const saved = await runAsScope(principal, () => actions.saveIndicatorTarget(target({})));
    expect(saved).toMatchObject({ ok: true, data: { baseline: 12.5, target: 9 } });
    expect(await runAsScope(coordinator, () => actions.saveIndicatorTarget(target({ target: "8" })))).toMatchObject({ ok: false, status: 409 });
    expect(await runAsScope(coordinator, () => actions.saveIndicatorTarget(target({ target: "150", version: saved.ok ? saved.data.version : "" })))).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { target: ["Saisissez un nombre inférieur ou égal à 100."] },
    });
    expect(await runAsScope(teacher, () => actions.saveIndicatorTarget(target({ indicatorCode: "DROPOUT_RATE" })))).toMatchObject({ ok: false, status: 404 });
    expect(await runAsScope(inspector, () => actions.saveIndicatorTarget(target({ indicatorCode: "DROPOUT_RATE" })))).toMatchObject({ ok: false, status: 404 });
  });

  it("are refused by the database itself off the range", async () => {
    await expect(
      testDb().indicatorTarget.create({ data: { establishmentId: school.id, indicatorCode: "SCHOOL_CLIMATE", schoolYear: YEAR, target: 140 } }),
    ).rejects.toThrow();
  });
});

describe("a year without organisation", () => {
  it("has no computed figure (rather than zeros), but keeps its entered values", async () => {
    await testDb().indicatorValue.create({ data: { establishmentId: school.id, indicatorCode: "ATTENDANCE_RATE", schoolYear: 2019, value: 90 } });
    const rows = await runInScope(appTestDb(), schoolDataScope(coordinator, school), async (tx) => {
      await refreshSummary(tx, { establishmentIds: [school.id], schoolYear: 2019 });
      return tx.indicatorSummary.findMany({ where: { establishmentId: school.id, schoolYear: 2019 } });
    });
    expect(rows.map((r) => [r.indicatorCode, Number(r.value)])).toEqual([["ATTENDANCE_RATE", 90]]);
  });
});

describe("the académie comparison", () => {
  it("answers nothing about a school the caller may not read, even when asked for it", async () => {
    const other = await insertAcademy(testDb());
    const stranger = await scopeOf(testDb(), (await insertUser(testDb(), { inspects: [other.id] })).id);
    const rows = await runInScope(appTestDb(), academyDataScope(stranger, { id: other.id }, []), (tx) =>
      loadComparison(tx, { establishmentIds: [school.id], schoolYear: YEAR, codes: ["DIAGNOSTIC_COVERAGE"], kind: null, diploma: null }),
    );
    expect(rows).toEqual([]);
  });

  it("filters by kind of school and by diploma prepared", async () => {
    const inspect = (kind: "LP" | "COLLEGE" | null, diploma: "CAP" | "COLLEGE" | null) =>
      runInScope(appTestDb(), academyDataScope(inspector, { id: school.academyId }, [school.id]), (tx) =>
        loadComparison(tx, { establishmentIds: [school.id], schoolYear: YEAR, codes: ["CONCERTATION_MEETINGS"], kind, diploma }),
      );
    const kind = (await testDb().establishment.findUniqueOrThrow({ where: { id: school.id } })).kind;
    expect(await inspect(kind === "COLLEGE" ? "LP" : "COLLEGE", null)).toEqual([]);
    expect((await inspect(null, "CAP")).map((r) => r.value)).toEqual([3]);
    expect(await inspect(null, "COLLEGE")).toEqual([]);
  });
});

describe("what an inspector gets", () => {
  it("never holds a pupil's name: neither the dashboard's data nor the comparison's", async () => {
    const pupils = await testDb().pupil.findMany({ where: { establishmentId: school.id }, select: { firstName: true, lastName: true } });
    expect(pupils.length).toBe(10);
    const scope = academyDataScope(inspector, { id: school.academyId }, [school.id]);
    const [dashboard, comparison] = await runInScope(appTestDb(), scope, async (tx) => [
      await loadDashboard(tx, { establishmentId: school.id, schoolYear: YEAR, aggregateOnly: true, today: TODAY }),
      await loadComparison(tx, { establishmentIds: [school.id], schoolYear: YEAR, codes: indicatorCatalogue.map((i) => i.code), kind: null, diploma: null }),
    ]);
    const everything = JSON.stringify([dashboard, comparison]);
    for (const p of pupils) expect(everything.includes(p.lastName), p.lastName).toBe(false);
  });
});
