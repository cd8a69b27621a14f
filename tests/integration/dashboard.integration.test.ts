// The dashboard's one statement (loadDashboard) against the real database,
// on rows written as the owner: figures of the year and the two before as JS
// numbers to the cent (66.67, 0.01, the largest numeric(12,2)), targets, the
// trend in the periods' order with small counts hidden from inspectors there
// too, late actions with their due date as a Date, an empty school, and
// nothing at all for a reader of another school (row-level security).
import { beforeAll, describe, expect, it } from "vitest";
import type { DataScope } from "@/features/access/scope";
import { loadDashboard } from "@/features/indicators/queries";
import { runInScope } from "@/server/scoped-transaction";
import { insertAcademy, insertEstablishment, insertGrid, insertOrganisation } from "../factories";
import { appTestDb, testDb } from "../setup/database";

const YEAR = 2026;
const TODAY = new Date("2027-01-15T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let school: { id: string; academyId: string };
let empty: { id: string };
let periods: { id: string; name: string }[];

const principalOf = (id: string): DataScope => ({ userId: null, isAdmin: false, readable: [id], writable: null, roles: [`${id}=PRINCIPAL`] });
const inspectorOf = (ids: string[]): DataScope => ({ userId: null, isAdmin: false, readable: ids, writable: null });

const load = (scope: DataScope, establishmentId: string, aggregateOnly: boolean) =>
  runInScope(appTestDb(), scope, (tx) => loadDashboard(tx, { establishmentId, schoolYear: YEAR, aggregateOnly, today: TODAY }));

beforeAll(async () => {
  const db = testDb();
  const academy = await insertAcademy(db);
  const created = await insertEstablishment(db, { academyId: academy.id });
  school = { id: created.id, academyId: academy.id };
  empty = await insertEstablishment(db, { academyId: academy.id });
  const est = school.id;
  const o = await insertOrganisation(db, est, YEAR);
  periods = o.periods;
  // A period of the year before: its figures are not in this year's trend.
  const before = await db.period.create({ data: { establishmentId: est, schoolYear: YEAR - 1, name: "Période 1 (avant)", startsOn: day("2025-09-01"), endsOn: day("2025-10-17") } });

  const summary = (schoolYear: number, indicatorCode: string, value: number | null, numerator: number | null = null, denominator: number | null = null, countsPupils = false) => ({
    establishmentId: est, schoolYear, indicatorCode, value, numerator, denominator, countsPupils,
  });
  await db.indicatorSummary.createMany({
    data: [
      summary(YEAR, "REFERENT_COVERAGE", 40, 4, 10, true), // 4 pupils: hidden from inspectors
      summary(YEAR, "PUPILS_IN_GROUP_SHARE", 66.67, 20, 30, true),
      summary(YEAR, "HOURS_PLANNED", 9999999999.99),
      summary(YEAR, "ATTENDANCE_RATE", null),
      summary(YEAR - 1, "PUPILS_IN_GROUP_SHARE", 33.33, 10, 30, true),
      summary(YEAR - 2, "HOURS_PLANNED", 0.01),
      summary(YEAR - 3, "HOURS_PLANNED", 12), // too old: not shown
      summary(YEAR + 1, "HOURS_PLANNED", 13), // the year after: not shown
    ],
  });
  await db.indicatorTarget.createMany({
    data: [
      { establishmentId: est, indicatorCode: "ABSENTEEISM_RATE", schoolYear: YEAR, baseline: 12.5, target: 9.99, comment: "Contrat d'objectifs" },
      { establishmentId: est, indicatorCode: "DROPOUT_RATE", schoolYear: YEAR, target: 3 },
      { establishmentId: est, indicatorCode: "DROPOUT_RATE", schoolYear: YEAR - 1, baseline: 5, target: 4 },
    ],
  });
  const [p1, p2] = [periods[0]!.id, periods[1]!.id];
  await db.indicatorPeriodSummary.createMany({
    data: [
      // Période 1: 3 pupils of 10 in a group (hidden from inspectors), hours; Période 2: 5 of 10 (5 left out: shown).
      { establishmentId: est, periodId: p1, indicatorCode: "PUPILS_IN_GROUP_SHARE", value: 30, numerator: 3, denominator: 10, countsPupils: true },
      { establishmentId: est, periodId: p1, indicatorCode: "HOURS_PLANNED", value: 70.5 },
      { establishmentId: est, periodId: p2, indicatorCode: "PUPILS_IN_GROUP_SHARE", value: 50, numerator: 5, denominator: 10, countsPupils: true },
      { establishmentId: est, periodId: before.id, indicatorCode: "HOURS_PLANNED", value: 50 },
    ],
  });
  await db.indicatorValue.createMany({
    data: [
      { establishmentId: est, indicatorCode: "ATTENDANCE_RATE", schoolYear: YEAR, periodId: p2, value: 93, comment: "Relevé de décembre" },
      { establishmentId: est, indicatorCode: "ATTENDANCE_RATE", schoolYear: YEAR, periodId: p1, value: 91.5 },
      { establishmentId: est, indicatorCode: "DROPOUT_RATE", schoolYear: YEAR, periodId: null, value: 4 }, // the year's own value: not a period's
      { establishmentId: est, indicatorCode: "ATTENDANCE_RATE", schoolYear: YEAR - 1, periodId: before.id, value: 88 },
    ],
  });
  // Actions: on this year's grid two late (the oldest first), one done, one not yet due; one late on a grid of another year.
  const sheet = await db.gridSheet.findUniqueOrThrow({ where: { key_version: { key: "tvp-three-strands", version: 1 } } });
  const grid = await db.grid.create({ data: { establishmentId: est, schemeId: o.schemes[1]!.id, sheetId: sheet.id } });
  const other = await insertGrid(db, est);
  const action = (gridId: string, title: string, dueOn: string, status: "PLANNED" | "IN_PROGRESS" | "DONE") => ({
    establishmentId: est, gridId, title, owner: "CPE", dueOn: day(dueOn), status,
  });
  await db.gridAction.createMany({
    data: [
      action(grid.id, "Relancer les familles", "2026-12-01", "PLANNED"),
      action(grid.id, "Bilan des groupes", "2026-11-15", "IN_PROGRESS"),
      action(grid.id, "Faite", "2026-10-01", "DONE"),
      action(grid.id, "Pas encore due", "2027-03-01", "PLANNED"),
      action(other.grid.id, "Une autre année", "2026-10-01", "PLANNED"),
    ],
  });
}, 60_000);

describe("the dashboard in one statement", () => {
  it("gives a principal every figure as a JS number, the targets, the trend in the periods' order and the late actions", async () => {
    const d = await load(principalOf(school.id), school.id, false);
    const figure = (schoolYear: number, indicatorCode: string, value: number | null, numerator: number | null = null, denominator: number | null = null, countsPupils = false) => ({
      schoolYear, indicatorCode, value, numerator, denominator, countsPupils, suppressed: false,
    });
    expect([...d.figures].sort((a, b) => a.schoolYear - b.schoolYear || a.indicatorCode.localeCompare(b.indicatorCode))).toEqual([
      figure(YEAR - 2, "HOURS_PLANNED", 0.01),
      figure(YEAR - 1, "PUPILS_IN_GROUP_SHARE", 33.33, 10, 30, true),
      figure(YEAR, "ATTENDANCE_RATE", null),
      figure(YEAR, "HOURS_PLANNED", 9999999999.99),
      figure(YEAR, "PUPILS_IN_GROUP_SHARE", 66.67, 20, 30, true),
      figure(YEAR, "REFERENT_COVERAGE", 40, 4, 10, true),
    ]);
    const share = d.figures.find((f) => f.schoolYear === YEAR && f.indicatorCode === "PUPILS_IN_GROUP_SHARE")!;
    expect(share.value).toBe(Number("66.67"));
    expect(typeof share.numerator).toBe("number");
    expect([...d.targets].sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode))).toEqual([
      { indicatorCode: "ABSENTEEISM_RATE", baseline: 12.5, target: 9.99, comment: "Contrat d'objectifs" },
      { indicatorCode: "DROPOUT_RATE", baseline: null, target: 3, comment: "" },
    ]);
    // By period start, then by indicator; the year's own value and last year's period left out.
    expect(d.periodValues).toEqual([
      { indicatorCode: "ATTENDANCE_RATE", period: "Période 1", value: 91.5, comment: "" },
      { indicatorCode: "HOURS_PLANNED", period: "Période 1", value: 70.5, comment: "" },
      { indicatorCode: "PUPILS_IN_GROUP_SHARE", period: "Période 1", value: 30, comment: "" },
      { indicatorCode: "ATTENDANCE_RATE", period: "Période 2", value: 93, comment: "Relevé de décembre" },
      { indicatorCode: "PUPILS_IN_GROUP_SHARE", period: "Période 2", value: 50, comment: "" },
    ]);
    expect(d.lateActions.map(({ id, ...a }) => ({ ...a, id: typeof id }))).toEqual([
      { id: "string", title: "Bilan des groupes", owner: "CPE", dueOn: day("2026-11-15"), status: "IN_PROGRESS", strand: "PERSONALISED_SUPPORT" },
      { id: "string", title: "Relancer les familles", owner: "CPE", dueOn: day("2026-12-01"), status: "PLANNED", strand: "PERSONALISED_SUPPORT" },
    ]);
    expect(d.lateActions[0]!.dueOn).toBeInstanceOf(Date);
  });

  it("hides small counts from an inspector, in the figures and in the trend", async () => {
    const d = await load(inspectorOf([school.id]), school.id, true);
    expect(d.figures.find((f) => f.schoolYear === YEAR && f.indicatorCode === "REFERENT_COVERAGE")).toEqual({
      schoolYear: YEAR, indicatorCode: "REFERENT_COVERAGE", value: null, numerator: null, denominator: null, countsPupils: true, suppressed: true,
    });
    expect(d.figures.find((f) => f.schoolYear === YEAR && f.indicatorCode === "PUPILS_IN_GROUP_SHARE")).toMatchObject({ value: 66.67, suppressed: false });
    // Période 1's 3 pupils of 10 are left out of the trend; the rest stays.
    expect(d.periodValues.map((v) => [v.period, v.indicatorCode, v.value])).toEqual([
      ["Période 1", "ATTENDANCE_RATE", 91.5],
      ["Période 1", "HOURS_PLANNED", 70.5],
      ["Période 2", "ATTENDANCE_RATE", 93],
      ["Période 2", "PUPILS_IN_GROUP_SHARE", 50],
    ]);
  });

  it("is empty arrays for a school with nothing yet", async () => {
    expect(await load(principalOf(empty.id), empty.id, false)).toEqual({ figures: [], targets: [], periodValues: [], lateActions: [] });
  });

  it("is empty for a reader of another school, even when asked for this one", async () => {
    expect(await load(principalOf(empty.id), school.id, false)).toEqual({ figures: [], targets: [], periodValues: [], lateActions: [] });
    expect(await load(inspectorOf([]), school.id, true)).toEqual({ figures: [], targets: [], periodValues: [], lateActions: [] });
  });
});
