// The regulatory frameworks against the real database: the seeded figures, a
// new framework entered as data, the freeze of a version schemes use, new
// versions taking over, and administrators alone getting in.
import { beforeAll, describe, expect, it } from "vitest";
import type { RequestScope } from "@/features/access/scope";
import * as actions from "@/features/frameworks/actions";
import { frameworksInForce, getFramework, listFrameworks, type FrameworkView } from "@/features/frameworks/queries";
import { createFrameworkSchema, createFrameworkVersionSchema, updateFrameworkSchema } from "@/features/frameworks/schemas";
import * as frameworks from "@/features/frameworks/service";
import { runAsScope } from "@/server/action";
import { ConflictError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import { runInScope } from "@/server/scoped-transaction";
import { insertAcademy, insertEstablishment, insertUser, nextSequence, scopeOf } from "../factories";
import { testDb } from "../setup/database";

type Actor = frameworks.Actor;

let admin: Actor;
let adminScope: RequestScope;
let principalScope: RequestScope;
let academyId: string;

/** Runs work the way the app does: in the administrator's data scope. */
function asAdmin<T>(work: (tx: Db) => Promise<T>): Promise<T> {
  return runInScope(testDb(), { userId: admin.userId, isAdmin: true, readable: [], writable: null }, work);
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error,
  );
}

function auditOf(entityId: string) {
  return testDb().auditEvent.findMany({ where: { entityId }, orderBy: { at: "asc" } });
}

/** A unique framework code for one test. */
function newCode(prefix = "TEST"): string {
  return `${prefix}-${nextSequence()}`;
}

/** The input of a Bac Pro framework with the given yearly hours, as a form sends it (flat fields, French decimals). */
function bacProForm(code: string, hours: [string, string, string], years: { first: string; last?: string } = { first: "2024" }) {
  return {
    code,
    name: `Soutien au parcours ${code}`,
    firstSchoolYear: years.first,
    lastSchoolYear: years.last ?? "",
    source: "Arrêté du 3 avril 2024 (test)",
    "strands.0.kind": "CONSOLIDATION",
    "strands.0.label": "Consolidation des acquis",
    "strands.1.kind": "GUIDANCE",
    "strands.1.label": "Aide à l'orientation",
    ...Object.fromEntries(
      hours.flatMap((h, i) => [
        [`volumes.${i}.diploma`, "BAC_PRO"],
        [`volumes.${i}.yearOfStudy`, String(i + 1)],
        [`volumes.${i}.hours`, h],
        [`volumes.${i}.weeklyHours`, "1"],
      ]),
    ),
  };
}

/** The same fields for an update: a framework's code never changes. */
function bacProUpdate(frameworkId: string, revision: string, hours: [string, string, string], years?: { first: string; last?: string }) {
  const fields: Partial<ReturnType<typeof bacProForm>> = bacProForm("UNUSED", hours, years);
  delete fields.code;
  return { ...(fields as Omit<ReturnType<typeof bacProForm>, "code">), frameworkId, revision };
}

async function createBacPro(hours: [string, string, string], years?: { first: string; last?: string }) {
  const input = createFrameworkSchema.parse(bacProForm(newCode(), hours, years));
  const created = await asAdmin((tx) => frameworks.createFramework(tx, admin, input));
  return { ...created, input };
}

async function view(id: string) {
  const found = await asAdmin((tx) => getFramework(tx, id));
  if (!found) throw new Error(`framework ${id} not found`);
  return found;
}

function totalsOf(framework: Pick<FrameworkView, "totals">) {
  return Object.fromEntries(framework.totals.map((t) => [t.diploma, t.total]));
}

/** A school's scheme on the framework: each in a school of its own, as a school has one scheme per strand and year. */
async function insertScheme(frameworkId: string, schoolYear: number) {
  const school = await insertEstablishment(testDb(), { academyId });
  return testDb().scheme.create({ data: { establishmentId: school.id, schoolYear, frameworkId, strand: "CONSOLIDATION" } });
}

/** The fields as the browser posts them. */
function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

beforeAll(async () => {
  const academy = await insertAcademy(testDb());
  academyId = academy.id;
  const school = await insertEstablishment(testDb(), { academyId });
  const adminUser = await insertUser(testDb(), { isAdmin: true });
  admin = { userId: adminUser.id, isAdmin: true };
  adminScope = await scopeOf(testDb(), adminUser.id);
  const principal = await insertUser(testDb(), { memberships: [{ establishmentId: school.id, role: "PRINCIPAL" }] });
  principalScope = await scopeOf(testDb(), principal.id);
});

describe("seeded frameworks", () => {
  it("hold the regulatory figures of DOMAIN.md", async () => {
    const all = await asAdmin(listFrameworks);
    const byCode = (code: string) => all.find((f) => f.code === code && f.version === 1)!;

    const tvp = byCode("TVP-2019");
    expect(tvp).toMatchObject({ firstSchoolYear: 2019, lastSchoolYear: null, schemes: 0 });
    expect(tvp.strands.map((s) => s.kind)).toEqual(["CONSOLIDATION", "PERSONALISED_SUPPORT", "GUIDANCE"]);
    expect(tvp.volumes.map((v) => [v.diploma, v.yearOfStudy, v.hours, v.weeklyHours])).toEqual([
      ["CAP", 1, 101.5, 3.5],
      ["CAP", 2, 91, 3.5],
      ["BAC_PRO", 1, 90, 3],
      ["BAC_PRO", 2, 84, 3],
      ["BAC_PRO", 3, 91, 3.5],
    ]);
    expect(totalsOf(tvp)).toEqual({ CAP: 192.5, BAC_PRO: 265 });

    const ap = byCode("AP-2009");
    expect(ap).toMatchObject({ firstSchoolYear: 2009, lastSchoolYear: 2018 });
    expect(ap.volumes.map((v) => v.hours)).toEqual([70, 70, 70]);
    expect(totalsOf(ap)).toEqual({ BAC_PRO: 210 });

    const college = byCode("COLLEGE-AP-2016");
    expect(college.volumes.map((v) => [v.yearOfStudy, v.hours])).toEqual([
      [6, 108],
      [5, null],
      [4, null],
      [3, null],
    ]);
    expect(totalsOf(college)).toEqual({ COLLEGE: null });
  });

  it("are in force for the school years they cover", async () => {
    const codes = async (year: number) => (await asAdmin((tx) => frameworksInForce(tx, year))).map((f) => f.code);
    expect(await codes(2018)).toEqual(expect.arrayContaining(["AP-2009", "COLLEGE-AP-2016"]));
    expect(await codes(2018)).not.toContain("TVP-2019");
    expect(await codes(2019)).toEqual(expect.arrayContaining(["TVP-2019", "COLLEGE-AP-2016"]));
    expect(await codes(2019)).not.toContain("AP-2009");
  });
});

describe("createFramework", () => {
  it("enters a 2024 reform as data: SOUTIEN-PARCOURS-2024, 91 h in Bac Pro, in force from 2024 and not before", async () => {
    const input = createFrameworkSchema.parse({
      ...bacProForm(" soutien-parcours-2024 ", ["30,5", "29.5", " 31 "]),
      name: "Soutien au parcours (réforme de 2024)",
    });
    expect(input.code).toBe("SOUTIEN-PARCOURS-2024");
    const created = await asAdmin((tx) => frameworks.createFramework(tx, admin, input));
    expect(created).toMatchObject({ code: "SOUTIEN-PARCOURS-2024", version: 1 });

    const in2024 = (await asAdmin((tx) => frameworksInForce(tx, 2024))).find((f) => f.code === "SOUTIEN-PARCOURS-2024");
    expect(in2024).toMatchObject({ id: created.id, version: 1, name: "Soutien au parcours (réforme de 2024)" });
    expect(in2024!.volumes.map((v) => v.hours)).toEqual([30.5, 29.5, 31]);
    expect(totalsOf(in2024!)).toEqual({ BAC_PRO: 91 });
    expect(in2024!.strands).toEqual([
      { kind: "CONSOLIDATION", label: "Consolidation des acquis", position: 1 },
      { kind: "GUIDANCE", label: "Aide à l'orientation", position: 2 },
    ]);
    const in2023 = await asAdmin((tx) => frameworksInForce(tx, 2023));
    expect(in2023.map((f) => f.code)).not.toContain("SOUTIEN-PARCOURS-2024");

    const events = await auditOf(created.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "framework.create", entity: "framework", actorId: admin.userId });

    const again = await failure(asAdmin((tx) => frameworks.createFramework(tx, admin, input)));
    expect(again).toBeInstanceOf(ConflictError);
    expect(await testDb().framework.count({ where: { code: "SOUTIEN-PARCOURS-2024" } })).toBe(1);
  });

  it("keeps a year left to the school as no volume, and its cycle total unknown", async () => {
    const { id } = await createBacPro(["30", "", "31"]);
    const framework = await view(id);
    expect(framework.volumes.map((v) => v.hours)).toEqual([30, null, 31]);
    expect(totalsOf(framework)).toEqual({ BAC_PRO: null });
  });

  it("answers a wrong number next to its field, and writes nothing", async () => {
    const count = await testDb().framework.count();
    const code = newCode();
    const result = await runAsScope(adminScope, () => actions.createFramework(formData(bacProForm(code, ["-1", "abc", "1001"]))));
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: {
        "volumes.0.hours": ["Saisissez un nombre positif ou nul."],
        "volumes.1.hours": ["Saisissez un nombre, par exemple 12,5."],
        "volumes.2.hours": ["Saisissez un nombre inférieur ou égal à 1\u202F000."],
      },
    });
    const decimals = await runAsScope(adminScope, () => actions.createFramework(formData(bacProForm(code, ["12,345", "1", "1"]))));
    expect(decimals).toMatchObject({ ok: false, status: 400, fieldErrors: { "volumes.0.hours": ["Saisissez au plus 2 décimales."] } });
    expect(await testDb().framework.count()).toBe(count);
  });

  it("refuses a bad code, years out of order, a missing year of study and an unknown field", async () => {
    const refused = createFrameworkSchema.safeParse({
      ...bacProForm("SOUTIEN PARCOURS", ["1", "2", "3"], { first: "2025", last: "2024" }),
      "volumes.2.diploma": "CAP",
    });
    expect(refused.success).toBe(false);
    const paths = refused.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["code", "lastSchoolYear", "volumes.2.yearOfStudy", "volumes"]));
    expect(createFrameworkSchema.safeParse({ ...bacProForm(newCode(), ["1", "2", "3"]), extra: "x" }).success).toBe(false);
  });
});

describe("updateFramework", () => {
  it("changes an unused version, with one audit row", async () => {
    const { id } = await createBacPro(["30", "30", "31"]);
    const before = await view(id);
    const input = updateFrameworkSchema.parse({
      ...bacProUpdate(id, before.revision, ["33", "33", "33,5"], { first: "2025", last: "2030" }),
      name: "Nom corrigé",
    });
    await asAdmin((tx) => frameworks.updateFramework(tx, admin, input));
    const after = await view(id);
    expect(after).toMatchObject({ name: "Nom corrigé", firstSchoolYear: 2025, lastSchoolYear: 2030, version: 1 });
    expect(totalsOf(after)).toEqual({ BAC_PRO: 99.5 });
    expect(after.revision).not.toBe(before.revision);
    const events = await auditOf(id);
    expect(events.map((e) => e.action)).toEqual(["framework.create", "framework.update"]);

    // The form that still shows the old content cannot overwrite the new one.
    const stale = await failure(asAdmin((tx) => frameworks.updateFramework(tx, admin, { ...input, revision: before.revision })));
    expect(stale).toBeInstanceOf(ConflictError);
    expect((await view(id)).revision).toBe(after.revision);
  });

  it("refuses to change a version a scheme uses, and changes nothing", async () => {
    const { id } = await createBacPro(["30", "30", "31"]);
    await insertScheme(id, 2024);
    const before = await view(id);
    expect(before.schemes).toBe(1);
    const input = updateFrameworkSchema.parse(bacProUpdate(id, before.revision, ["1", "1", "1"]));
    const refused = await failure(asAdmin((tx) => frameworks.updateFramework(tx, admin, input)));
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as Error).message).toBe("Ce référentiel est utilisé par 1 dispositif : créez-en une nouvelle version.");
    const after = await view(id);
    expect(after.revision).toBe(before.revision);
    expect(totalsOf(after)).toEqual({ BAC_PRO: 91 });
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["framework.create"]);

    const deleting = await failure(asAdmin((tx) => frameworks.deleteFramework(tx, admin, { frameworkId: id })));
    expect(deleting).toBeInstanceOf(ConflictError);
    expect(await testDb().framework.count({ where: { id } })).toBe(1);
  });
});

describe("createFrameworkVersion", () => {
  it("copies a used version into the next one, closes the previous, and the new one is in force", async () => {
    const { id, code } = await createBacPro(["30", "30", "31"], { first: "2022" });
    await insertScheme(id, 2024);
    const input = createFrameworkVersionSchema.parse({ frameworkId: id, firstSchoolYear: "2026-2027", closePrevious: "on" });
    const created = await asAdmin((tx) => frameworks.createFrameworkVersion(tx, admin, input));
    expect(created).toMatchObject({ code, version: 2 });

    const previous = await view(id);
    expect(previous).toMatchObject({ version: 1, firstSchoolYear: 2022, lastSchoolYear: 2025, schemes: 1 });
    const next = await view(created.id);
    expect(next).toMatchObject({ code, version: 2, firstSchoolYear: 2026, lastSchoolYear: null, schemes: 0, name: previous.name });
    expect(next.volumes).toEqual(previous.volumes);
    expect(next.strands).toEqual(previous.strands);
    expect(next.versions.map((v) => v.version)).toEqual([2, 1]);

    const inForce = async (year: number) => (await asAdmin((tx) => frameworksInForce(tx, year))).find((f) => f.code === code);
    expect(await inForce(2025)).toMatchObject({ id, version: 1 });
    expect(await inForce(2026)).toMatchObject({ id: created.id, version: 2 });

    // The new version is unused: it can take the reform's hours.
    const update = updateFrameworkSchema.parse(bacProUpdate(created.id, next.revision, ["30", "30", "40"], { first: "2026" }));
    await asAdmin((tx) => frameworks.updateFramework(tx, admin, update));
    expect(totalsOf((await inForce(2026))!)).toEqual({ BAC_PRO: 100 });
    expect(totalsOf((await inForce(2025))!)).toEqual({ BAC_PRO: 91 });

    expect((await auditOf(created.id)).map((e) => e.action)).toEqual(["framework.version", "framework.update"]);
  });

  it("is the highest version that wins when the years of two versions overlap", async () => {
    const { id, code } = await createBacPro(["30", "30", "31"], { first: "2020" });
    const created = await asAdmin((tx) =>
      frameworks.createFrameworkVersion(tx, admin, createFrameworkVersionSchema.parse({ frameworkId: id, firstSchoolYear: 2021 })),
    );
    const in2022 = (await asAdmin((tx) => frameworksInForce(tx, 2022))).filter((f) => f.code === code);
    expect(in2022.map((f) => f.id)).toEqual([created.id]);
    expect((await view(id)).lastSchoolYear).toBeNull();
  });

  it("refuses to close a version that schemes of the later years still use", async () => {
    const { id, code } = await createBacPro(["30", "30", "31"], { first: "2022" });
    await insertScheme(id, 2026);
    const input = createFrameworkVersionSchema.parse({ frameworkId: id, firstSchoolYear: 2026, closePrevious: true });
    const refused = await failure(asAdmin((tx) => frameworks.createFrameworkVersion(tx, admin, input)));
    expect(refused).toBeInstanceOf(ConflictError);
    expect(await testDb().framework.count({ where: { code } })).toBe(1);
    expect((await view(id)).lastSchoolYear).toBeNull();
  });
});

describe("deleteFramework", () => {
  it("deletes an unused version with its strands and volumes, with one audit row", async () => {
    const { id } = await createBacPro(["30", "30", "31"]);
    await asAdmin((tx) => frameworks.deleteFramework(tx, admin, { frameworkId: id }));
    expect(await testDb().framework.count({ where: { id } })).toBe(0);
    expect(await testDb().frameworkVolume.count({ where: { frameworkId: id } })).toBe(0);
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["framework.create", "framework.delete"]);
  });

  it("answers an unknown framework as not found", async () => {
    const missing = await failure(
      asAdmin((tx) => frameworks.deleteFramework(tx, admin, { frameworkId: "00000000-0000-4000-8000-000000000000" })),
    );
    expect(missing).toBeInstanceOf(NotFoundError);
  });
});

describe("actions", () => {
  it("refuses a principal with a 404 and writes nothing; lets an administrator through", async () => {
    const events = await testDb().auditEvent.count();
    const code = newCode("ACTION");
    const form = bacProForm(code, ["30", "30", "31"]);
    expect(await runAsScope(principalScope, () => actions.createFramework(formData(form)))).toEqual({
      ok: false,
      status: 404,
      message: new NotFoundError().message,
    });
    expect(await testDb().framework.count({ where: { code } })).toBe(0);

    const created = await runAsScope(adminScope, () => actions.createFramework(formData(form)));
    expect(created).toMatchObject({ ok: true, data: { code, version: 1 } });
    const id = created.ok ? created.data.id : "";
    const revision = (await view(id)).revision;

    const update = { ...bacProUpdate(id, revision, ["30", "30", "31"]), name: "Renommé par action" };
    expect(await runAsScope(principalScope, () => actions.updateFramework(formData(update)))).toMatchObject({ ok: false, status: 404 });
    expect(await runAsScope(adminScope, () => actions.updateFramework(formData(update)))).toMatchObject({ ok: true });
    expect((await view(id)).name).toBe("Renommé par action");

    const version = { frameworkId: id, firstSchoolYear: "2027", closePrevious: "on" as const };
    expect(await runAsScope(principalScope, () => actions.createFrameworkVersion(version))).toMatchObject({ ok: false, status: 404 });
    const next = await runAsScope(adminScope, () => actions.createFrameworkVersion(version));
    expect(next).toMatchObject({ ok: true, data: { code, version: 2 } });

    const nextId = next.ok ? next.data.id : "";
    expect(await runAsScope(principalScope, () => actions.deleteFramework({ frameworkId: nextId }))).toMatchObject({ ok: false, status: 404 });
    expect(await runAsScope(adminScope, () => actions.deleteFramework({ frameworkId: nextId }))).toMatchObject({ ok: true });
    expect(await testDb().framework.count({ where: { code } })).toBe(1);

    // Four changes by the administrator, four audit rows; none from the principal.
    expect(await testDb().auditEvent.count()).toBe(events + 4);
  });

  it("answers a used framework's update with the conflict's French message", async () => {
    const { id } = await createBacPro(["30", "30", "31"]);
    await insertScheme(id, 2025);
    await insertScheme(id, 2026);
    const revision = (await view(id)).revision;
    const result = await runAsScope(adminScope, () => actions.updateFramework(formData(bacProUpdate(id, revision, ["1", "1", "1"]))));
    expect(result).toEqual({
      ok: false,
      status: 409,
      message: "Ce référentiel est utilisé par 2 dispositifs : créez-en une nouvelle version.",
    });
  });
});
