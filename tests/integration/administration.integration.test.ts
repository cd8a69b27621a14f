// The platform administration against the real database: each change writes
// its one audit row, refusals write nothing, and only administrators get in.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { RequestScope } from "@/features/access/scope";
import * as actions from "@/features/administration/actions";
import {
  addMembershipSchema,
  createAcademySchema,
  createEstablishmentSchema,
  createUserSchema,
  inspectorAssignmentSchema,
  removeMembershipSchema,
  setUserPasswordSchema,
  updateAcademySchema,
  updateEstablishmentSchema,
  updateUserSchema,
  userRefSchema,
} from "@/features/administration/schemas";
import * as administration from "@/features/administration/service";
import { verifyPassword } from "@/features/identity/passwords";
import { openSession } from "@/features/identity/sessions";
import { findSessionScope } from "@/features/access/scope";
import { runAsScope, type ActionResult } from "@/server/action";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import { runInScope } from "@/server/scoped-transaction";
import { buildEstablishment, insertAcademy, insertEstablishment, nextSequence, validUai } from "../factories";
import { testDb } from "../setup/database";

type Actor = administration.Actor;

/** Runs service work the way the app does: in the administrator's data scope. */
function asAdmin<T>(actor: Actor, work: (tx: Db) => Promise<T>): Promise<T> {
  return runInScope(testDb(), { userId: actor.userId, isAdmin: actor.isAdmin, readable: [], writable: null }, work);
}

async function newUser(overrides: { isAdmin?: boolean; email?: string; name?: string } = {}) {
  const n = nextSequence();
  return testDb().user.create({
    data: { email: `compte.${n}@ac-test.example`, name: `Compte ${n}`, isAdmin: false, ...overrides },
  });
}

async function newAdmin(): Promise<Actor> {
  const user = await newUser({ isAdmin: true });
  return { userId: user.id, isAdmin: true };
}

function auditOf(entityId: string) {
  return testDb().auditEvent.findMany({ where: { entityId }, orderBy: { at: "asc" } });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error,
  );
}

let codes = 0;

/** A fresh académie code of 3 characters that no other test of this file uses. */
function academyCode(): string {
  codes += 1;
  return `Y${codes.toString(36).toUpperCase().padStart(2, "0")}`;
}

describe("académies", () => {
  it("creates an académie, normalising its code, with one audit row", async () => {
    const actor = await newAdmin();
    const code = academyCode();
    const input = createAcademySchema.parse({ code: ` ${code.toLowerCase()} `, name: " Académie Créée " });
    const academy = await asAdmin(actor, (tx) => administration.createAcademy(tx, actor, input));
    expect(await testDb().academy.findUniqueOrThrow({ where: { id: academy.id } })).toMatchObject({ code, name: "Académie Créée" });
    const events = await auditOf(academy.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "academy.create",
      actorId: actor.userId,
      establishmentId: null,
      summary: { code, name: "Académie Créée" },
    });
  });

  it("refuses a code in use, naming the académie that has it, and writes nothing", async () => {
    const actor = await newAdmin();
    const existing = await insertAcademy(testDb(), { code: academyCode() });
    const [academies, events] = [await testDb().academy.count(), await testDb().auditEvent.count()];
    const error = await failure(
      asAdmin(actor, (tx) => administration.createAcademy(tx, actor, { code: existing.code, name: `Autre ${nextSequence()}` })),
    );
    expect(error).toEqual(new ConflictError(`Le code ${existing.code} est déjà celui de l'académie de ${existing.name}.`));
    expect(await testDb().academy.count()).toBe(academies);
    expect(await testDb().auditEvent.count()).toBe(events);
  });

  it("refuses codes that are not 1 to 3 digits or letters", () => {
    for (const code of ["", "ABCD", "0-7", "é1"]) {
      const result = createAcademySchema.safeParse({ code, name: "Nom" });
      expect(result.success, code).toBe(false);
    }
    expect(createAcademySchema.parse({ code: "a1", name: "Nom" }).code).toBe("A1");
  });

  it("renames an académie and changes its code, recording before and after", async () => {
    const actor = await newAdmin();
    const academy = await insertAcademy(testDb(), { code: academyCode() });
    const code = academyCode();
    const input = updateAcademySchema.parse({ academyId: academy.id, code, name: `Renommée ${nextSequence()}` });
    await asAdmin(actor, (tx) => administration.updateAcademy(tx, actor, input));
    expect(await testDb().academy.findUniqueOrThrow({ where: { id: academy.id } })).toMatchObject({ code, name: input.name });
    const events = await auditOf(academy.id);
    expect(events.map((e) => e.action)).toEqual(["academy.update"]);
    expect(events[0]!.summary).toEqual({
      before: { code: academy.code, name: academy.name },
      after: { code, name: input.name },
    });
  });
});

describe("establishments", () => {
  it("creates a school through the establishments' own rules, with one audit row in its log", async () => {
    const actor = await newAdmin();
    const academy = await insertAcademy(testDb(), { code: academyCode() });
    const uai = validUai();
    const input = createEstablishmentSchema.parse({ ...buildEstablishment({ academyId: academy.id }), uai: uai.toLowerCase() });
    const created = await asAdmin(actor, (tx) => administration.createEstablishment(tx, actor, input));
    expect(created.uai).toBe(uai);
    const events = await auditOf(created.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "establishment.create",
      actorId: actor.userId,
      establishmentId: created.id,
      summary: { uai, academy: academy.code, kind: "LP" },
    });
  });

  it("refuses a UAI whose check letter is wrong, in the schema and in the service, and stores nothing", async () => {
    const actor = await newAdmin();
    const academy = await insertAcademy(testDb(), { code: academyCode() });
    const good = validUai();
    const wrongLetter = good.slice(0, 7) + (good[7] === "A" ? "B" : "A");
    const input = { ...buildEstablishment({ academyId: academy.id }), uai: wrongLetter };
    const parsed = createEstablishmentSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(`La lettre de contrôle de l'UAI ${wrongLetter} est incorrecte.`);
    const [schools, events] = [await testDb().establishment.count(), await testDb().auditEvent.count()];
    const error = await failure(asAdmin(actor, (tx) => administration.createEstablishment(tx, actor, input)));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).fieldErrors.uai).toEqual([`La lettre de contrôle de l'UAI ${wrongLetter} est incorrecte.`]);
    expect(await testDb().establishment.count()).toBe(schools);
    expect(await testDb().auditEvent.count()).toBe(events);
  });

  it("edits name, city, kind and académie but never the UAI", async () => {
    const actor = await newAdmin();
    const [from, to] = [await insertAcademy(testDb(), { code: academyCode() }), await insertAcademy(testDb(), { code: academyCode() })];
    const school = await insertEstablishment(testDb(), { academyId: from.id });
    expect(
      updateEstablishmentSchema.safeParse({ establishmentId: school.id, uai: validUai(), name: "X", city: "Y", kind: "LP", academyId: to.id })
        .success,
    ).toBe(false);
    const input = updateEstablishmentSchema.parse({
      establishmentId: school.id,
      name: "Lycée renommé",
      city: "Beaune",
      kind: "LPO",
      academyId: to.id,
    });
    await asAdmin(actor, (tx) => administration.updateEstablishment(tx, actor, input));
    expect(await testDb().establishment.findUniqueOrThrow({ where: { id: school.id } })).toMatchObject({
      uai: school.uai,
      name: "Lycée renommé",
      city: "Beaune",
      kind: "LPO",
      academyId: to.id,
    });
    const [event] = await auditOf(school.id);
    expect(event).toMatchObject({
      action: "establishment.update",
      establishmentId: school.id,
      summary: { uai: school.uai, before: { city: "Dijon", academy: from.code }, after: { city: "Beaune", academy: to.code } },
    });
  });
});

describe("accounts", () => {
  it("creates an account with a lower-cased email and one audit row that holds no password", async () => {
    const actor = await newAdmin();
    const n = nextSequence();
    const input = createUserSchema.parse({
      email: ` Nouvelle.${n}@AC-Test.example `,
      name: "Nouvelle Personne",
      password: "une phrase assez longue",
      isAdmin: "on",
    });
    const user = await asAdmin(actor, (tx) => administration.createUser(tx, actor, input));
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ email: `nouvelle.${n}@ac-test.example`, name: "Nouvelle Personne", isAdmin: true });
    expect(await verifyPassword(stored.passwordHash, "une phrase assez longue")).toBe(true);
    const events = await auditOf(user.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "user.create", actorId: actor.userId, summary: { isAdmin: true, password: true } });
    expect(JSON.stringify(events[0]!.summary)).not.toContain(stored.passwordHash!);
    expect(JSON.stringify(events[0]!.summary)).not.toContain("phrase");
  });

  it("creates an account without password when none is typed", async () => {
    const actor = await newAdmin();
    const input = createUserSchema.parse({ email: `sso.${nextSequence()}@ac-test.example`, name: "Par le guichet", password: "" });
    expect(input).toMatchObject({ password: undefined, isAdmin: false });
    const user = await asAdmin(actor, (tx) => administration.createUser(tx, actor, input));
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
  });

  it("refuses a second account with the same email as a conflict, and writes nothing", async () => {
    const actor = await newAdmin();
    const existing = await newUser();
    const [users, events] = [await testDb().user.count(), await testDb().auditEvent.count()];
    const input = createUserSchema.parse({ email: existing.email.toUpperCase(), name: "Doublon" });
    const error = await failure(asAdmin(actor, (tx) => administration.createUser(tx, actor, input)));
    expect(error).toEqual(new ConflictError("Un compte utilise déjà cette adresse."));
    expect(await testDb().user.count()).toBe(users);
    expect(await testDb().auditEvent.count()).toBe(events);
  });

  it("refuses a weak initial password with the policy's message, and writes nothing", async () => {
    const actor = await newAdmin();
    const users = await testDb().user.count();
    const input = createUserSchema.parse({ email: `faible.${nextSequence()}@ac-test.example`, name: "Faible", password: "court" });
    const error = (await failure(asAdmin(actor, (tx) => administration.createUser(tx, actor, input)))) as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.fieldErrors.password).toEqual(["Le mot de passe doit comporter au moins 12 caractères."]);
    expect(await testDb().user.count()).toBe(users);
  });

  it("edits name, email and admin flag, recording before and after", async () => {
    const actor = await newAdmin();
    const user = await newUser();
    const email = `modifie.${nextSequence()}@ac-test.example`;
    const input = updateUserSchema.parse({
      userId: user.id,
      version: user.updatedAt.toISOString(),
      email,
      name: "Nom modifié",
      isAdmin: true,
    });
    await asAdmin(actor, (tx) => administration.updateUser(tx, actor, input));
    expect(await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email, name: "Nom modifié", isAdmin: true });
    const events = await auditOf(user.id);
    expect(events.map((e) => e.action)).toEqual(["user.update"]);
    expect(events[0]!.summary).toEqual({
      before: { email: user.email, name: user.name, isAdmin: false },
      after: { email, name: "Nom modifié", isAdmin: true },
    });
  });

  it("refuses a stale save, another account's email, and removing one's own admin flag", async () => {
    const actor = await newAdmin();
    const self = await testDb().user.findUniqueOrThrow({ where: { id: actor.userId } });
    const user = await newUser();
    const other = await newUser();
    const base = { userId: user.id, version: user.updatedAt.toISOString(), email: user.email, name: user.name };

    const stale = updateUserSchema.parse({ ...base, version: new Date(user.updatedAt.getTime() - 1000).toISOString() });
    const staleError = await failure(asAdmin(actor, (tx) => administration.updateUser(tx, actor, stale)));
    expect(staleError).toBeInstanceOf(ConflictError);
    expect((staleError as Error).message).toMatch(/modifié entre-temps/);

    const taken = updateUserSchema.parse({ ...base, email: other.email });
    expect(await failure(asAdmin(actor, (tx) => administration.updateUser(tx, actor, taken)))).toEqual(
      new ConflictError("Un compte utilise déjà cette adresse."),
    );

    const demotion = updateUserSchema.parse({
      userId: self.id,
      version: self.updatedAt.toISOString(),
      email: self.email,
      name: self.name,
      isAdmin: false,
    });
    expect(await failure(asAdmin(actor, (tx) => administration.updateUser(tx, actor, demotion)))).toEqual(
      new ConflictError("Vous ne pouvez pas retirer votre propre droit d'administration."),
    );
    expect((await testDb().user.findUniqueOrThrow({ where: { id: self.id } })).isAdmin).toBe(true);
    expect(await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: user.email, name: user.name });
    expect(await auditOf(user.id)).toEqual([]);
    expect(await auditOf(self.id)).toEqual([]);
  });

  it("disabling an account revokes every open session of it, and only of it", async () => {
    const actor = await newAdmin();
    const user = await newUser();
    const bystander = await newUser();
    const open = [await openSession(testDb(), { userId: user.id, method: "password" }), await openSession(testDb(), { userId: user.id, method: "oidc" })];
    const earlier = new Date(Date.now() - 60_000);
    const closed = await testDb().userSession.create({
      data: { userId: user.id, method: "password", expiresAt: new Date(Date.now() + 3_600_000), revokedAt: earlier },
    });
    const theirs = await openSession(testDb(), { userId: bystander.id, method: "password" });
    expect(await findSessionScope(testDb(), open[0]!.id)).not.toBeNull();

    const outcome = await asAdmin(actor, (tx) => administration.disableUser(tx, actor, userRefSchema.parse({ userId: user.id })));

    expect(outcome).toEqual({ revokedSessions: 2 });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).not.toBeNull();
    const sessions = await testDb().userSession.findMany({ where: { userId: user.id } });
    expect(sessions.every((s) => s.revokedAt !== null)).toBe(true);
    expect(sessions.find((s) => s.id === closed.id)!.revokedAt).toEqual(earlier);
    expect(await findSessionScope(testDb(), open[0]!.id)).toBeNull();
    expect(await findSessionScope(testDb(), theirs.id)).not.toBeNull();
    const events = await auditOf(user.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "user.disable", summary: { email: user.email, revokedSessions: 2 } });

    await asAdmin(actor, (tx) => administration.enableUser(tx, actor, { userId: user.id }));
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
    expect((await auditOf(user.id)).map((e) => e.action)).toEqual(["user.disable", "user.enable"]);
  });

  it("does not let an administrator disable their own account", async () => {
    const actor = await newAdmin();
    const session = await openSession(testDb(), { userId: actor.userId, method: "password" });
    const error = await failure(asAdmin(actor, (tx) => administration.disableUser(tx, actor, { userId: actor.userId })));
    expect(error).toEqual(new ConflictError("Vous ne pouvez pas désactiver votre propre compte."));
    expect((await testDb().user.findUniqueOrThrow({ where: { id: actor.userId } })).disabledAt).toBeNull();
    expect(await findSessionScope(testDb(), session.id)).not.toBeNull();
    expect(await auditOf(actor.userId)).toEqual([]);
  });

  it("sets a new password after the policy, and the audit row never holds it", async () => {
    const actor = await newAdmin();
    const user = await newUser();
    const weak = setUserPasswordSchema.parse({ userId: user.id, password: "azertyuiop123", confirmation: "azertyuiop123" });
    const weakError = (await failure(asAdmin(actor, (tx) => administration.setUserPassword(tx, actor, weak)))) as InvalidInputError;
    expect(weakError.fieldErrors.password?.[0]).toMatch(/trop courant/);
    const mismatch = setUserPasswordSchema.parse({ userId: user.id, password: "une phrase assez longue", confirmation: "autre chose" });
    const mismatchError = (await failure(asAdmin(actor, (tx) => administration.setUserPassword(tx, actor, mismatch)))) as InvalidInputError;
    expect(mismatchError.fieldErrors.confirmation).toEqual(["La confirmation ne correspond pas au mot de passe."]);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();

    const good = setUserPasswordSchema.parse({ userId: user.id, password: "une phrase assez longue", confirmation: "une phrase assez longue" });
    await asAdmin(actor, (tx) => administration.setUserPassword(tx, actor, good));
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, "une phrase assez longue")).toBe(true);
    const events = await auditOf(user.id);
    expect(events.map((e) => e.action)).toEqual(["user.password"]);
    expect(JSON.stringify(events[0]!.summary)).not.toContain(stored.passwordHash!);
  });

  it("answers NotFound for an account that does not exist", async () => {
    const actor = await newAdmin();
    const error = await failure(asAdmin(actor, (tx) => administration.disableUser(tx, actor, { userId: randomUUID() })));
    expect(error).toBeInstanceOf(NotFoundError);
  });
});

describe("rights: memberships and inspector assignments", () => {
  it("adds then removes a membership, each with an audit row in the school's log", async () => {
    const actor = await newAdmin();
    const academy = await insertAcademy(testDb(), { code: academyCode() });
    const school = await insertEstablishment(testDb(), { academyId: academy.id });
    const user = await newUser();
    const key = { establishmentId_userId: { establishmentId: school.id, userId: user.id } };

    const add = addMembershipSchema.parse({ userId: user.id, establishmentId: school.id, role: "COORDINATOR" });
    await asAdmin(actor, (tx) => administration.addMembership(tx, actor, add));
    expect(await testDb().membership.findUnique({ where: key })).toMatchObject({ role: "COORDINATOR" });
    expect(await failure(asAdmin(actor, (tx) => administration.addMembership(tx, actor, { ...add, role: "TEACHER" })))).toBeInstanceOf(
      ConflictError,
    );
    expect(await testDb().membership.findUnique({ where: key })).toMatchObject({ role: "COORDINATOR" });

    const remove = removeMembershipSchema.parse({ userId: user.id, establishmentId: school.id });
    await asAdmin(actor, (tx) => administration.removeMembership(tx, actor, remove));
    expect(await testDb().membership.findUnique({ where: key })).toBeNull();
    expect(await failure(asAdmin(actor, (tx) => administration.removeMembership(tx, actor, remove)))).toBeInstanceOf(NotFoundError);

    const events = await auditOf(user.id);
    expect(events.map((e) => [e.action, e.establishmentId])).toEqual([
      ["membership.create", school.id],
      ["membership.delete", school.id],
    ]);
    expect(events[0]!.summary).toEqual({ email: user.email, uai: school.uai, role: "COORDINATOR" });
  });

  it("assigns then unassigns an inspector, each with an audit row", async () => {
    const actor = await newAdmin();
    const academy = await insertAcademy(testDb(), { code: academyCode() });
    const user = await newUser();
    const input = inspectorAssignmentSchema.parse({ userId: user.id, academyId: academy.id });
    const key = { userId_academyId: { userId: user.id, academyId: academy.id } };

    await asAdmin(actor, (tx) => administration.assignInspector(tx, actor, input));
    expect(await testDb().inspectorAssignment.findUnique({ where: key })).not.toBeNull();
    expect(await failure(asAdmin(actor, (tx) => administration.assignInspector(tx, actor, input)))).toEqual(
      new ConflictError(`${user.name} est déjà inspecteur de l'académie de ${academy.name}.`),
    );

    await asAdmin(actor, (tx) => administration.unassignInspector(tx, actor, input));
    expect(await testDb().inspectorAssignment.findUnique({ where: key })).toBeNull();
    const events = await auditOf(user.id);
    expect(events.map((e) => e.action)).toEqual(["inspector.assign", "inspector.unassign"]);
    expect(events[0]!.summary).toEqual({ email: user.email, academy: academy.code });
  });

  it("refuses the services to a non-administrator actor, whatever the caller forgot", async () => {
    const user = await newUser();
    const actor = { userId: user.id, isAdmin: false };
    const academies = await testDb().academy.count();
    const error = await failure(
      asAdmin(actor, (tx) => administration.createAcademy(tx, actor, { code: academyCode(), name: `Refusée ${nextSequence()}` })),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(await testDb().academy.count()).toBe(academies);
  });
});

describe("the schemas", () => {
  const id = randomUUID();
  const cases: [string, z.ZodType, object][] = [
    ["createAcademy", createAcademySchema, { code: "07", name: "Dijon" }],
    ["updateAcademy", updateAcademySchema, { academyId: id, code: "07", name: "Dijon" }],
    ["createEstablishment", createEstablishmentSchema, { uai: validUai(), name: "L", city: "C", kind: "LP", academyId: id }],
    ["updateEstablishment", updateEstablishmentSchema, { establishmentId: id, name: "L", city: "C", kind: "LP", academyId: id }],
    ["createUser", createUserSchema, { email: "a@b.example", name: "A" }],
    ["updateUser", updateUserSchema, { userId: id, version: new Date().toISOString(), email: "a@b.example", name: "A" }],
    ["userRef", userRefSchema, { userId: id }],
    ["setUserPassword", setUserPasswordSchema, { userId: id, password: "p", confirmation: "p" }],
    ["addMembership", addMembershipSchema, { userId: id, establishmentId: id, role: "TEACHER" }],
    ["removeMembership", removeMembershipSchema, { userId: id, establishmentId: id }],
    ["inspectorAssignment", inspectorAssignmentSchema, { userId: id, academyId: id }],
  ];

  it.each(cases)("%s accepts its fields and refuses an unknown one", (_name, schema, valid) => {
    expect(schema.safeParse(valid).success).toBe(true);
    const refused = schema.safeParse({ ...valid, passwordHash: "x" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.code)).toEqual(["unrecognized_keys"]);
  });

  it("refuses a role that a school does not have", () => {
    expect(addMembershipSchema.safeParse({ userId: id, establishmentId: id, role: "ADMIN" }).success).toBe(false);
  });
});

describe("the actions, as the app calls them", () => {
  let admin: RequestScope;
  let principal: RequestScope;
  let academyId: string;
  let establishmentId: string;
  let target: { id: string; email: string; name: string };

  function scopeFor(user: { id: string; email: string; name: string; isAdmin: boolean }, memberships: RequestScope["memberships"] = []) {
    return { user: { sessionId: randomUUID(), ...user }, memberships, inspectedAcademies: [] } satisfies RequestScope;
  }

  beforeAll(async () => {
    const adminUser = await newUser({ isAdmin: true });
    admin = scopeFor(adminUser);
    const academy = await insertAcademy(testDb(), { code: academyCode() });
    academyId = academy.id;
    const school = await insertEstablishment(testDb(), { academyId });
    establishmentId = school.id;
    // A school's principal: rights on a school give no right on the platform.
    const principalUser = await newUser();
    await testDb().membership.create({ data: { establishmentId, userId: principalUser.id, role: "PRINCIPAL" } });
    principal = scopeFor(principalUser, [{ establishmentId, academyId, uai: school.uai, name: school.name, role: "PRINCIPAL" }]);
    target = await newUser();
  });

  /** The non-administrator gets a 404 and nothing is written; the administrator succeeds with one audit row. */
  async function adminOnly(action: (input: never) => Promise<ActionResult<unknown>>, input: object): Promise<unknown> {
    const events = await testDb().auditEvent.count();
    const refused = await runAsScope(principal, () => action(input as never));
    expect(refused).toEqual({ ok: false, status: 404, message: new NotFoundError().message });
    expect(await testDb().auditEvent.count()).toBe(events);
    const done = await runAsScope(admin, () => action(input as never));
    expect(done).toMatchObject({ ok: true });
    expect(await testDb().auditEvent.count()).toBe(events + 1);
    return done.ok ? done.data : undefined;
  }

  it("refuses everyone without a session", async () => {
    expect(await runAsScope(null, () => actions.createAcademy({ code: academyCode(), name: "Sans session" }))).toMatchObject({
      ok: false,
      status: 401,
    });
  });

  it("createAcademy and updateAcademy", async () => {
    const created = await adminOnly(actions.createAcademy, { code: academyCode(), name: `Par action ${nextSequence()}` });
    const { id } = created as { id: string };
    await adminOnly(actions.updateAcademy, { academyId: id, code: academyCode(), name: `Renommée par action ${nextSequence()}` });
  });

  it("createEstablishment and updateEstablishment", async () => {
    const created = await adminOnly(actions.createEstablishment, { ...buildEstablishment({ academyId }) });
    const { id, uai } = created as { id: string; uai: string };
    expect(await testDb().establishment.findUnique({ where: { uai } })).not.toBeNull();
    await adminOnly(actions.updateEstablishment, { establishmentId: id, name: "Renommé", city: "Auxerre", kind: "SEP", academyId });
  });

  it("createUser, from a form with its checkbox", async () => {
    const form = new FormData();
    form.set("email", `formulaire.${nextSequence()}@ac-test.example`);
    form.set("name", "Par formulaire");
    form.set("password", "");
    form.set("isAdmin", "on");
    const created = await adminOnly(actions.createUser, form);
    const { id } = created as { id: string };
    expect(await testDb().user.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Par formulaire", isAdmin: true, passwordHash: null });
  });

  it("createUser answers a duplicate email with a 409 and its French message", async () => {
    expect(await runAsScope(admin, () => actions.createUser({ email: target.email, name: "Doublon" }))).toEqual({
      ok: false,
      status: 409,
      message: "Un compte utilise déjà cette adresse.",
    });
  });

  it("updateUser", async () => {
    const current = await testDb().user.findUniqueOrThrow({ where: { id: target.id } });
    await adminOnly(actions.updateUser, {
      userId: target.id,
      version: current.updatedAt.toISOString(),
      email: current.email,
      name: "Nom changé par action",
    });
  });

  it("setUserPassword", async () => {
    await adminOnly(actions.setUserPassword, { userId: target.id, password: "une phrase assez longue", confirmation: "une phrase assez longue" });
  });

  it("disableUser and enableUser; an administrator disabling themselves gets a 409", async () => {
    await adminOnly(actions.disableUser, { userId: target.id });
    await adminOnly(actions.enableUser, { userId: target.id });
    expect(await runAsScope(admin, () => actions.disableUser({ userId: admin.user.id }))).toEqual({
      ok: false,
      status: 409,
      message: "Vous ne pouvez pas désactiver votre propre compte.",
    });
  });

  it("addMembership and removeMembership, through row-level security as the app role", async () => {
    await adminOnly(actions.addMembership, { userId: target.id, establishmentId, role: "TEACHER" });
    expect(await testDb().membership.count({ where: { userId: target.id, establishmentId } })).toBe(1);
    await adminOnly(actions.removeMembership, { userId: target.id, establishmentId });
    expect(await testDb().membership.count({ where: { userId: target.id, establishmentId } })).toBe(0);
  });

  it("assignInspector and unassignInspector", async () => {
    await adminOnly(actions.assignInspector, { userId: target.id, academyId });
    expect(await testDb().inspectorAssignment.count({ where: { userId: target.id, academyId } })).toBe(1);
    await adminOnly(actions.unassignInspector, { userId: target.id, academyId });
    expect(await testDb().inspectorAssignment.count({ where: { userId: target.id, academyId } })).toBe(0);
  });

  it("refuses unknown fields with a 400 before anything else", async () => {
    expect(await runAsScope(admin, () => actions.enableUser({ userId: target.id, isAdmin: true } as never))).toMatchObject({
      ok: false,
      status: 400,
    });
  });
});
