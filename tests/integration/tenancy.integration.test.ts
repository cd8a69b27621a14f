// The spine of multi-tenancy: what PostgreSQL itself enforces, whatever the app's code does.
import { beforeAll, describe, expect, it } from "vitest";
import { APP_ROLE, appConnection, appRoleProblem, createPool } from "@/server/prisma-client";
import { runInScope } from "@/server/scoped-transaction";
import { insertAcademy, insertEstablishment, insertUser } from "../factories";
import { appTestDb, testDatabaseUrl, testDb } from "../setup/database";

describe("the database catalogue", () => {
  it("enables and forces row-level security on every table that carries an establishment_id", async () => {
    const tables = await testDb().$queryRaw<{ table: string; enabled: boolean; forced: boolean }[]>`
      SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
      FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
        AND a.attname = 'establishment_id' AND NOT a.attisdropped
      ORDER BY 1`;
    expect(tables.map((t) => t.table)).toEqual(expect.arrayContaining(["audit_events", "memberships"]));
    expect(tables.filter((t) => !t.enabled || !t.forced)).toEqual([]);
  });

  it("gives every tenant table at least one policy", async () => {
    const unguarded = await testDb().$queryRaw<{ table: string }[]>`
      SELECT c.relname AS table FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relrowsecurity
        AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid)`;
    expect(unguarded).toEqual([]);
  });

  it("makes the app role a plain login: not superuser, no BYPASSRLS, owner of nothing", async () => {
    const [role] = await testDb().$queryRaw<{ rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean; owned: number }[]>`
      SELECT r.rolsuper, r.rolbypassrls, r.rolcanlogin,
        (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned
      FROM pg_roles r WHERE r.rolname = ${APP_ROLE}`;
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: true, owned: 0 });
  });

  it("grants the app role every application table, and the append-only trails (audit, answer history, grid workflow) for insert and read only, the indicators' catalogue and summaries for read only", async () => {
    const privileges = await testDb().$queryRaw<{ table: string; select: boolean; insert: boolean; update: boolean; delete: boolean }[]>`
      SELECT c.relname AS table,
        has_table_privilege(${APP_ROLE}, c.oid, 'SELECT') AS select,
        has_table_privilege(${APP_ROLE}, c.oid, 'INSERT') AS insert,
        has_table_privilege(${APP_ROLE}, c.oid, 'UPDATE') AS update,
        has_table_privilege(${APP_ROLE}, c.oid, 'DELETE') AS delete
      FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
        AND c.relname <> '_prisma_migrations' ORDER BY 1`;
    const appendOnly = ["audit_events", "grid_answer_revisions", "grid_events"];
    for (const table of appendOnly) {
      expect(privileges.find((p) => p.table === table)).toEqual({ table, select: true, insert: true, update: false, delete: false });
    }
    // Read-only: the indicator catalogue (written by migrations) and the indicators' summaries
    // (written by app_refresh_indicator_summary only).
    const readOnly = ["indicators", "indicator_summaries", "indicator_period_summaries", "indicator_summary_states"];
    for (const table of readOnly) {
      expect(privileges.find((p) => p.table === table)).toEqual({ table, select: true, insert: false, update: false, delete: false });
    }
    // No right at all: the changes noted by the summaries' triggers (their function writes them).
    const internal = ["indicator_changes"];
    for (const table of internal) {
      expect(privileges.find((p) => p.table === table)).toEqual({ table, select: false, insert: false, update: false, delete: false });
    }
    expect(privileges.filter((p) => ![...appendOnly, ...readOnly, ...internal].includes(p.table) && !(p.select && p.insert && p.update && p.delete))).toEqual([]);
  });

  it("has the app refuse the owner's connection and accept the app role's", async () => {
    const owner = createPool({ connectionString: testDatabaseUrl(), poolMax: 1 });
    const app = createPool({ ...appConnection({ DATABASE_URL: testDatabaseUrl() }), poolMax: 1 });
    try {
      expect(await appRoleProblem(owner, { roleSwitch: false })).toMatch(/superutilisateur/);
      expect(await appRoleProblem(app, { roleSwitch: false })).toBeNull();
    } finally {
      await Promise.all([owner.end(), app.end()]);
    }
  });
});

describe("row-level security at work", () => {
  let schoolA: string;
  let schoolB: string;
  let principalA: string;

  beforeAll(async () => {
    const academy = await insertAcademy(testDb());
    schoolA = (await insertEstablishment(testDb(), { academyId: academy.id })).id;
    schoolB = (await insertEstablishment(testDb(), { academyId: academy.id })).id;
    principalA = (await insertUser(testDb(), { memberships: [{ establishmentId: schoolA, role: "PRINCIPAL" }] })).id;
    await insertUser(testDb(), { memberships: [{ establishmentId: schoolB, role: "COORDINATOR" }] });
    await testDb().auditEvent.create({
      data: { establishmentId: schoolB, action: "test", entity: "test", entityId: "1" },
    });
  });

  it("shows no tenant row and refuses any write when no scope is set", async () => {
    expect(await testDb().membership.count()).toBeGreaterThanOrEqual(2);
    expect(await appTestDb().membership.count()).toBe(0);
    expect(await appTestDb().auditEvent.count()).toBe(0);
    const someone = await insertUser(testDb());
    await expect(
      appTestDb().membership.create({ data: { establishmentId: schoolA, userId: someone.id, role: "TEACHER" } }),
    ).rejects.toThrow(/row-level security|42501/);
  });

  it("lets a school's scope read that school only", async () => {
    const seen = await runInScope(
      appTestDb(),
      { userId: principalA, isAdmin: false, readable: [schoolA], writable: schoolA },
      (tx) => tx.membership.findMany({ select: { establishmentId: true } }),
    );
    expect(new Set(seen.map((m) => m.establishmentId))).toEqual(new Set([schoolA]));
  });

  it("refuses to write another school's rows from a school's scope, and changes nothing", async () => {
    const someone = await insertUser(testDb());
    await expect(
      runInScope(appTestDb(), { userId: principalA, isAdmin: false, readable: [schoolA], writable: schoolA }, (tx) =>
        tx.membership.create({ data: { establishmentId: schoolB, userId: someone.id, role: "TEACHER" } }),
      ),
    ).rejects.toThrow(/row-level security|42501/);
    const deleted = await runInScope(
      appTestDb(),
      { userId: principalA, isAdmin: false, readable: [schoolA], writable: schoolA },
      (tx) => tx.membership.deleteMany({ where: { establishmentId: schoolB } }),
    );
    expect(deleted.count).toBe(0);
    expect(await testDb().membership.count({ where: { establishmentId: schoolB } })).toBe(1);
  });

  it("never lets the app update or delete an audit row, even as administrator", async () => {
    const admin = { userId: principalA, isAdmin: true, readable: [], writable: null };
    await expect(
      runInScope(appTestDb(), admin, (tx) => tx.auditEvent.updateMany({ data: { action: "forged" } })),
    ).rejects.toThrow(/permission denied|42501/);
    await expect(runInScope(appTestDb(), admin, (tx) => tx.auditEvent.deleteMany({}))).rejects.toThrow(
      /permission denied|42501/,
    );
    expect(await testDb().auditEvent.count({ where: { action: "forged" } })).toBe(0);
  });

  it("keeps the scope inside its transaction: the next transaction on the same connection sees nothing", async () => {
    const scoped = { userId: principalA, isAdmin: false, readable: [schoolA], writable: schoolA };
    expect(await runInScope(appTestDb(), scoped, (tx) => tx.membership.count())).toBeGreaterThan(0);
    const settings = await appTestDb().$queryRaw<{ readable: string | null }[]>`
      SELECT nullif(current_setting('app.readable', true), '') AS readable`;
    expect(settings[0]?.readable ?? null).toBeNull();
    expect(await appTestDb().membership.count()).toBe(0);
  });
});

describe("the two kinds of write", () => {
  it("keep a school's team out of the steering scope, and the steering work out of the team scope", async () => {
    const academy = await insertAcademy(testDb());
    const school = (await insertEstablishment(testDb(), { academyId: academy.id })).id;
    const someone = await insertUser(testDb());
    const steering = { userId: someone.id, isAdmin: false, readable: [school], writable: school, manageable: null };
    const team = { userId: someone.id, isAdmin: false, readable: [school], writable: null, manageable: school };
    await expect(
      runInScope(appTestDb(), steering, (tx) => tx.membership.create({ data: { establishmentId: school, userId: someone.id, role: "TEACHER" } })),
    ).rejects.toThrow(/row-level security|42501/);
    await runInScope(appTestDb(), team, (tx) =>
      tx.$executeRaw`INSERT INTO memberships (establishment_id, user_id, role) VALUES (${school}::uuid, ${someone.id}::uuid, 'TEACHER')`,
    );
    await expect(
      runInScope(appTestDb(), team, (tx) =>
        tx.$executeRaw`INSERT INTO periods (establishment_id, school_year, name, starts_on, ends_on) VALUES (${school}::uuid, 2026, 'P1', '2026-09-01', '2026-10-01')`,
      ),
    ).rejects.toThrow(/row-level security|42501/);
    expect(await testDb().membership.count({ where: { establishmentId: school } })).toBe(1);
    expect(await testDb().period.count({ where: { establishmentId: school } })).toBe(0);
  });
});
