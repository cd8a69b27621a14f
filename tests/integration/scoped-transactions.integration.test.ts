// How a scoped transaction reaches PostgreSQL: the driver adapter sets the
// request's scope as it opens the transaction (src/server/scope-setting-adapter.ts),
// once, and a client built without that adapter still gets it from runInScope.
// Prepared statements: each connection prepares the app's statements once.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { appConnection, createPrismaClient } from "@/server/prisma-client";
import { runInScope } from "@/server/scoped-transaction";
import { insertAcademy, insertEstablishment, insertUser } from "../factories";
import { appTestDb, testDatabaseUrl, testDb } from "../setup/database";

let schoolA: string;
let schoolB: string;
let principalA: string;
const scopeOfA = () => ({ userId: principalA, isAdmin: false, readable: [schoolA], writable: schoolA, roles: [`${schoolA}=PRINCIPAL`] });

beforeAll(async () => {
  const academy = await insertAcademy(testDb());
  schoolA = (await insertEstablishment(testDb(), { academyId: academy.id })).id;
  schoolB = (await insertEstablishment(testDb(), { academyId: academy.id })).id;
  principalA = (await insertUser(testDb(), { memberships: [{ establishmentId: schoolA, role: "PRINCIPAL" }] })).id;
  await insertUser(testDb(), { memberships: [{ establishmentId: schoolB, role: "TEACHER" }] });
});

type Settings = { user_id: string; admin: string; readable: string; writable: string; manageable: string; roles: string };
const readSettings = (tx: { $queryRaw: PrismaClient["$queryRaw"] }) =>
  tx.$queryRaw<Settings[]>`SELECT current_setting('app.user_id', true) AS user_id, current_setting('app.admin', true) AS admin,
    current_setting('app.readable', true) AS readable, current_setting('app.writable', true) AS writable,
    current_setting('app.manageable', true) AS manageable, current_setting('app.roles', true) AS roles`;

describe("a scoped transaction", () => {
  it("starts with every setting of the scope, set by the driver adapter before the work's first statement", async () => {
    const [settings] = await runInScope(appTestDb(), { ...scopeOfA(), manageable: schoolA }, (tx) => readSettings(tx));
    expect(settings).toEqual({ user_id: principalA, admin: "off", readable: schoolA, writable: schoolA, manageable: schoolA, roles: `${schoolA}=PRINCIPAL` });
    const members = await runInScope(appTestDb(), scopeOfA(), (tx) => tx.membership.findMany({ select: { establishmentId: true } }));
    expect(new Set(members.map((m) => m.establishmentId))).toEqual(new Set([schoolA]));
  });

  it("gives its scope to its own transaction only: one opened inside the work sees no tenant row", async () => {
    const seen = await runInScope(appTestDb(), scopeOfA(), async (tx) => ({
      outer: await tx.membership.count(),
      inner: await appTestDb().$transaction((other) => other.membership.count()),
    }));
    expect(seen.outer).toBeGreaterThan(0);
    expect(seen.inner).toBe(0);
  });

  it("gets its scope from runInScope itself on a client built without the scope-setting adapter", async () => {
    const plain = new PrismaClient({ adapter: new PrismaPg({ connectionString: appConnection({ DATABASE_URL: testDatabaseUrl() }).connectionString, max: 1 }) });
    try {
      const [settings] = await runInScope(plain, scopeOfA(), (tx) => readSettings(tx));
      expect(settings?.readable).toBe(schoolA);
      expect(await runInScope(plain, scopeOfA(), (tx) => tx.membership.count({ where: { establishmentId: schoolB } }))).toBe(0);
      expect(await runInScope(plain, scopeOfA(), (tx) => tx.membership.count({ where: { establishmentId: schoolA } }))).toBeGreaterThan(0);
    } finally {
      await plain.$disconnect();
    }
  });

  it("leaves nothing behind when its work fails: the connection's next transaction has no scope", async () => {
    const client = createPrismaClient({ connectionString: appConnection({ DATABASE_URL: testDatabaseUrl() }).connectionString, poolMax: 1 });
    try {
      await expect(runInScope(client, scopeOfA(), async (tx) => { await tx.$queryRaw`SELECT 1/0`; })).rejects.toThrow(/division by zero|22012/);
      const [settings] = await client.$transaction((tx) => readSettings(tx));
      expect(settings?.readable ?? "").toBe("");
      expect(await client.membership.count()).toBe(0);
    } finally {
      await client.$disconnect();
    }
  });
});

describe("prepared statements", () => {
  const url = () => appConnection({ DATABASE_URL: testDatabaseUrl() }).connectionString;
  let prepared: PrismaClient;
  let unprepared: PrismaClient;
  beforeAll(() => {
    // One connection each, so that pg_prepared_statements shows that connection's statements.
    prepared = createPrismaClient({ connectionString: url(), poolMax: 1, preparedStatements: true });
    unprepared = createPrismaClient({ connectionString: url(), poolMax: 1 });
  });
  afterAll(async () => {
    await Promise.all([prepared.$disconnect(), unprepared.$disconnect()]);
  });

  const statementsOf = async (client: PrismaClient) =>
    (await client.$queryRaw<{ statement: string }[]>`SELECT statement FROM pg_prepared_statements WHERE from_sql IS FALSE`).map((s) => s.statement);

  it("prepares a statement with parameters once per connection, and not one whose text varies with its values", async () => {
    for (let i = 0; i < 3; i++) {
      await runInScope(prepared, scopeOfA(), (tx) => tx.membership.count({ where: { establishmentId: schoolA } }));
      await runInScope(prepared, scopeOfA(), (tx) => tx.membership.count({ where: { role: { in: ["PRINCIPAL", "TEACHER"] } } }));
    }
    const statements = await statementsOf(prepared);
    expect(statements.some((s) => s.includes("set_config('app.readable'"))).toBe(true);
    expect(statements.filter((s) => /"memberships"\."establishment_id" = \$1/.test(s))).toHaveLength(1);
    expect(statements.some((s) => /IN \(\$1,\s*\$2\)/.test(s))).toBe(false);
  });

  it("are not made when turned off", async () => {
    await runInScope(unprepared, scopeOfA(), (tx) => tx.membership.count({ where: { establishmentId: schoolA } }));
    expect(await statementsOf(unprepared)).toEqual([]);
  });
});
