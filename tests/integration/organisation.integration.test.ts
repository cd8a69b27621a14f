import { beforeAll, describe, expect, it } from "vitest";
import * as hourActions from "@/features/hours/actions";
import { loadCompliance, loadSchoolsCompliance } from "@/features/hours/queries";
import { saveHours } from "@/features/hours/service";
import { createPeriod, updatePeriod } from "@/features/periods/service";
import { openSchemes, updateScheme } from "@/features/schemes/service";
import { runAsScope } from "@/server/action";
import { ConflictError, InvalidInputError } from "@/server/errors";
import { runInScope } from "@/server/scoped-transaction";
import { insertAcademy, insertEstablishment, insertOrganisation, insertUser, scopeOf } from "../factories";
import { appTestDb, testDb } from "../setup/database";
import { whileWrittenMeanwhile } from "../setup/meanwhile";

let school: string;
let actor: { userId: string };
const asSchool = <T>(work: Parameters<typeof runInScope<T>>[2]) =>
  runInScope(appTestDb(), { userId: actor.userId, isAdmin: false, readable: [school], writable: school }, work);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  const academy = await insertAcademy(testDb());
  school = (await insertEstablishment(testDb(), { academyId: academy.id })).id;
  actor = { userId: (await insertUser(testDb(), { memberships: [{ establishmentId: school, role: "COORDINATOR" }] })).id };
});

describe("periods", () => {
  it("refuse an overlap even when two saves race", async () => {
    const year = 2030;
    const save = (name: string, from: string, to: string) =>
      asSchool((tx) => createPeriod(tx, actor, { establishmentId: school, schoolYear: year, kind: "TEACHING", name, startsOn: day(from), endsOn: day(to) }));
    const results = await Promise.allSettled([save("A", "2030-09-01", "2030-10-10"), save("B", "2030-10-01", "2030-11-10")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(InvalidInputError);
    expect(await testDb().period.count({ where: { establishmentId: school, schoolYear: year } })).toBe(1);
  });

  it("cannot leave the school year, even past the service (database constraint)", async () => {
    await expect(
      testDb().period.create({ data: { establishmentId: school, schoolYear: 2031, name: "Hors année", startsOn: day("2032-08-20"), endsOn: day("2032-09-01") } }),
    ).rejects.toThrow(/periods_dates_check/);
  });
});

describe("schemes", () => {
  it("open one per strand of the framework in force, and refuse a framework out of force", async () => {
    const tvp = await testDb().framework.findFirstOrThrow({ where: { code: "TVP-2019" } });
    const ap2009 = await testDb().framework.findFirstOrThrow({ where: { code: "AP-2009" } });
    await expect(asSchool((tx) => openSchemes(tx, actor, { establishmentId: school, schoolYear: 2027, frameworkId: ap2009.id }))).rejects.toBeInstanceOf(InvalidInputError);
    expect(await asSchool((tx) => openSchemes(tx, actor, { establishmentId: school, schoolYear: 2027, frameworkId: tvp.id }))).toEqual({ opened: 3 });
    await expect(asSchool((tx) => openSchemes(tx, actor, { establishmentId: school, schoolYear: 2027, frameworkId: tvp.id }))).rejects.toBeInstanceOf(ConflictError);
    expect(await testDb().scheme.count({ where: { establishmentId: school, schoolYear: 2027 } })).toBe(3);
  });
});

describe("hours", () => {
  it("read '12,5' and '12.5' alike, refuse negative, absurd and non-numeric values, and never lose a concurrent edit", async () => {
    const o = await insertOrganisation(testDb(), school, 2026);
    const cell = { establishmentId: school, divisionId: o.division.id, schemeId: o.schemes[0]!.id, periodId: o.periods[0]!.id, discipline: "", kind: "planned" as const };
    const first = await asSchool((tx) => saveHours(tx, actor, { ...cell, hours: "12,5", version: "" }));
    expect(first.hours).toBe(12.5);
    const second = await asSchool((tx) => saveHours(tx, actor, { ...cell, hours: "12.75", version: first.version }));
    expect(second.hours).toBe(12.75);

    // Someone still holding the first version is refused, with the newer value, and nothing changes.
    const stale = await asSchool((tx) => saveHours(tx, actor, { ...cell, hours: "3", version: first.version })).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).message).toContain("12,75 h");

    for (const [hours, message] of [
      ["-2", /positif/],
      ["abc", /nombre/],
      ["1e3", /nombre/],
      ["91", /plus que l'année entière \(90 h\)/],
    ] as const) {
      const error = (await asSchool((tx) => saveHours(tx, actor, { ...cell, hours, version: second.version })).catch((e: unknown) => e)) as InvalidInputError;
      expect(error.fieldErrors.hours?.[0], hours).toMatch(message);
    }
    const stored = await testDb().hourPlanEntry.findFirstOrThrow({ where: { divisionId: o.division.id } });
    expect(Number(stored.plannedHours)).toBe(12.75);
    expect(await testDb().auditEvent.count({ where: { establishmentId: school, action: "hours.plan" } })).toBe(2);
  });

  it("tell in French, and write nothing, when a cell's first value is entered by someone else meanwhile", async () => {
    // Both read an empty cell (version ""): the other one's line, not committed yet, is what this save's insert meets.
    const o = await insertOrganisation(testDb(), school, 2033);
    const cell = { establishmentId: school, divisionId: o.division.id, schemeId: o.schemes[0]!.id, periodId: o.periods[0]!.id, discipline: "Français", kind: "planned" as const };
    const meanwhile = {
      sql: "INSERT INTO hour_plan_entries (establishment_id, division_id, scheme_id, period_id, discipline, planned_hours) VALUES ($1, $2, $3, $4, $5, 7)",
      values: [school, cell.divisionId, cell.schemeId, cell.periodId, cell.discipline],
    };
    const scope = await scopeOf(testDb(), actor.userId);
    const result = await whileWrittenMeanwhile(meanwhile, () => runAsScope(scope, () => hourActions.saveHours({ ...cell, hours: "12", version: "" })));
    expect(result).toEqual({
      ok: false,
      status: 409,
      message: "Quelqu'un a modifié ces données au même moment : rien n'a été enregistré. Rechargez la page, puis refaites votre saisie.",
    });
    const lines = await testDb().hourPlanEntry.findMany({ where: { establishmentId: school, periodId: cell.periodId, discipline: cell.discipline } });
    expect(lines.map((line) => Number(line.plannedHours))).toEqual([7]);
    expect(await testDb().auditEvent.count({ where: { establishmentId: school, action: "hours.plan", entityId: { in: lines.map((l) => l.id) } } })).toBe(0);
  });

  it("add up to the compliance of each class, with the gap to the regulatory hours and to the 265 h of the cycle", async () => {
    const o = await insertOrganisation(testDb(), school, 2028);
    let version = "";
    for (const period of o.periods) {
      for (const [j, scheme] of o.schemes.entries()) {
        // 2 periods × (15 + 20 + 7.5) = 85 h planned of 90 h.
        const hours = ["15", "20", "7,5"][j]!;
        const saved = await asSchool((tx) =>
          saveHours(tx, actor, { establishmentId: school, divisionId: o.division.id, schemeId: scheme.id, periodId: period.id, discipline: "", kind: "planned", hours, version: "" }),
        );
        version = saved.version;
      }
    }
    expect(version).not.toBe("");
    const [row] = await asSchool((tx) => loadCompliance(tx, { establishmentId: school, schoolYear: 2028, today: day("2028-09-15") }));
    expect(row).toMatchObject({ regulatory: 90, planned: 85, delivered: 0, cycleRegulatory: 265 });
    expect(row!.year).toMatchObject({ status: "AT_RISK", gap: 5 });
    expect(row!.cycle).toMatchObject({ remaining: 180 });
  });
});

describe("edits made on an older version", () => {
  it("are refused for periods and schemes, and change nothing", async () => {
    const o = await insertOrganisation(testDb(), school, 2029);
    const period = o.periods[0]!;
    const seen = period.updatedAt.toISOString();
    const edit = (name: string) =>
      asSchool((tx) =>
        updatePeriod(tx, actor, {
          establishmentId: school,
          periodId: period.id,
          version: seen,
          schoolYear: 2029,
          kind: "TEACHING",
          name,
          startsOn: period.startsOn,
          endsOn: period.endsOn,
        }),
      );
    await edit("Première modification");
    await expect(edit("Seconde modification, sur l'ancienne version")).rejects.toBeInstanceOf(ConflictError);
    expect((await testDb().period.findFirstOrThrow({ where: { id: period.id } })).name).toBe("Première modification");

    const scheme = o.schemes[0]!;
    const update = (pilot: string) =>
      asSchool((tx) => updateScheme(tx, actor, { establishmentId: school, schemeId: scheme.id, version: scheme.updatedAt.toISOString(), pilot, description: "" }));
    await update("Claire Martin");
    await expect(update("Karim Haddad")).rejects.toBeInstanceOf(ConflictError);
    expect((await testDb().scheme.findFirstOrThrow({ where: { id: scheme.id } })).pilot).toBe("Claire Martin");
  });
});

describe("compliance of several schools at once", () => {
  it("keeps each school's classes apart, in one pass", async () => {
    const academy = await insertAcademy(testDb());
    const other = (await insertEstablishment(testDb(), { academyId: academy.id })).id;
    const empty = (await insertEstablishment(testDb(), { academyId: academy.id })).id;
    const mine = await insertOrganisation(testDb(), school, 2032);
    const theirs = await insertOrganisation(testDb(), other, 2032);
    const bySchool = await runInScope(appTestDb(), { userId: actor.userId, isAdmin: false, readable: [school, other, empty], writable: null }, (tx) =>
      loadSchoolsCompliance(tx, { establishmentIds: [school, other, empty], schoolYear: 2032, today: day("2032-09-15") }),
    );
    expect(bySchool.get(school)?.map((c) => c.divisionId)).toEqual([mine.division.id]);
    expect(bySchool.get(other)?.map((c) => c.divisionId)).toEqual([theirs.division.id]);
    expect(bySchool.get(empty)).toEqual([]);
    expect(bySchool.get(other)?.[0]).toMatchObject({ regulatory: 90, planned: 0, year: { status: "SHORT" } });
    // One school is read with its own statement's shape (`=` rather than `= ANY`): the same classes.
    const alone = await runInScope(appTestDb(), { userId: actor.userId, isAdmin: false, readable: [school, other, empty], writable: null }, (tx) =>
      loadSchoolsCompliance(tx, { establishmentIds: [other], schoolYear: 2032, today: day("2032-09-15") }),
    );
    expect([...alone.keys()]).toEqual([other]);
    expect(alone.get(other)).toEqual(bySchool.get(other));
  });
});
