import { describe, expect, it } from "vitest";
import { changeOwnPassword } from "@/features/identity/account";
import { hashPassword, verifyPassword } from "@/features/identity/passwords";
import { findSessionScope } from "@/features/access/scope";
import { openSession, revokeSession } from "@/features/identity/sessions";
import {
  BLOCK_MINUTES,
  MAX_FAILURES,
  clearFailures,
  recordFailure,
  secondsBlocked,
  throttleKey,
} from "@/features/identity/throttle";
import { InvalidInputError } from "@/server/errors";
import { runInScope } from "@/server/scoped-transaction";
import { insertAcademy, insertEstablishment, insertUser } from "../factories";
import { appTestDb, testDb } from "../setup/database";

describe("sign-in throttling, shared through PostgreSQL", () => {
  it(`blocks an account and address after ${MAX_FAILURES} failures, for ${BLOCK_MINUTES} minutes`, async () => {
    const key = throttleKey("cible@ac-test.example", "198.51.100.7");
    for (let i = 1; i < MAX_FAILURES; i++) expect(await recordFailure(appTestDb(), key)).toBe(0);
    expect(await secondsBlocked(appTestDb(), key)).toBe(0);
    const blocked = await recordFailure(appTestDb(), key);
    expect(blocked).toBeGreaterThan(BLOCK_MINUTES * 60 - 5);
    // The end of the block is stored to the millisecond and the wait rounded up: one second of slack.
    expect(blocked).toBeLessThanOrEqual(BLOCK_MINUTES * 60 + 1);
    expect(await secondsBlocked(appTestDb(), key)).toBeGreaterThan(0);
  });

  it("keeps other addresses and other accounts free", async () => {
    const key = throttleKey("autre@ac-test.example", "198.51.100.8");
    for (let i = 0; i < MAX_FAILURES; i++) await recordFailure(appTestDb(), key);
    expect(await secondsBlocked(appTestDb(), throttleKey("autre@ac-test.example", "198.51.100.9"))).toBe(0);
    expect(await secondsBlocked(appTestDb(), throttleKey("voisin@ac-test.example", "198.51.100.8"))).toBe(0);
  });

  it("starts counting again once the window has passed", async () => {
    const key = throttleKey("lent@ac-test.example", "direct");
    for (let i = 1; i < MAX_FAILURES; i++) await recordFailure(appTestDb(), key);
    await testDb().$executeRaw`UPDATE auth_throttles SET window_started_at = now() - interval '16 minutes' WHERE key = ${key}`;
    expect(await recordFailure(appTestDb(), key)).toBe(0);
    const [row] = await testDb().$queryRaw<{ failures: number }[]>`SELECT failures FROM auth_throttles WHERE key = ${key}`;
    expect(row?.failures).toBe(1);
  });

  it("forgets the failures after a successful sign-in", async () => {
    const key = throttleKey("oublie@ac-test.example", "direct");
    await recordFailure(appTestDb(), key);
    await clearFailures(appTestDb(), key);
    expect(await testDb().authThrottle.count({ where: { key } })).toBe(0);
  });

  it("counts concurrent failures without losing one", async () => {
    const key = throttleKey("rafale@ac-test.example", "direct");
    await Promise.all(Array.from({ length: 8 }, () => recordFailure(appTestDb(), key)));
    const [row] = await testDb().$queryRaw<{ failures: number }[]>`SELECT failures FROM auth_throttles WHERE key = ${key}`;
    expect(row?.failures).toBe(8);
  });
});

describe("sessions", () => {
  it("open a user's session, and revoking it closes it for good", async () => {
    const user = await insertUser(testDb());
    const session = await openSession(appTestDb(), { userId: user.id, method: "password" });
    expect((await findSessionScope(appTestDb(), session.id))?.user.id).toBe(user.id);
    await revokeSession(appTestDb(), session.id);
    expect(await findSessionScope(appTestDb(), session.id)).toBeNull();
  });

  it("close as soon as the account is disabled", async () => {
    const user = await insertUser(testDb());
    const session = await openSession(appTestDb(), { userId: user.id, method: "password" });
    await testDb().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await findSessionScope(appTestDb(), session.id)).toBeNull();
  });

  it("end at their expiry", async () => {
    const user = await insertUser(testDb());
    const session = await openSession(appTestDb(), { userId: user.id, method: "password" });
    await testDb().userSession.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findSessionScope(appTestDb(), session.id)).toBeNull();
  });
});

describe("a session's scope, read in one statement", () => {
  it("gives the user, their schools with the role held, and the académies they inspect, by name", async () => {
    const academy = await insertAcademy(testDb(), { name: "Académie Zéphyr" });
    const other = await insertAcademy(testDb(), { name: "Académie Alizé" });
    const lycee = await insertEstablishment(testDb(), { academyId: academy.id, name: "Lycée Beaulieu" });
    const college = await insertEstablishment(testDb(), { academyId: academy.id, name: "Collège Arago" });
    const user = await insertUser(testDb(), {
      memberships: [
        { establishmentId: lycee.id, role: "COORDINATOR" },
        { establishmentId: college.id, role: "PRINCIPAL" },
      ],
      inspects: [other.id],
    });
    const session = await openSession(appTestDb(), { userId: user.id, method: "password" });
    expect(await findSessionScope(appTestDb(), session.id)).toEqual({
      user: { sessionId: session.id, id: user.id, email: user.email, name: user.name, isAdmin: false },
      memberships: [
        { establishmentId: college.id, academyId: academy.id, uai: college.uai, name: "Collège Arago", role: "PRINCIPAL" },
        { establishmentId: lycee.id, academyId: academy.id, uai: lycee.uai, name: "Lycée Beaulieu", role: "COORDINATOR" },
      ],
      inspectedAcademies: [{ id: other.id, code: other.code, name: "Académie Alizé" }],
    });
  });

  it("gives a user with no school and no académie an empty scope, not none", async () => {
    const user = await insertUser(testDb(), { isAdmin: true });
    const session = await openSession(appTestDb(), { userId: user.id, method: "password" });
    const scope = await findSessionScope(appTestDb(), session.id);
    expect(scope?.user).toMatchObject({ id: user.id, isAdmin: true });
    expect(scope?.memberships).toEqual([]);
    expect(scope?.inspectedAcademies).toEqual([]);
  });

  it("knows no session that does not exist", async () => {
    expect(await findSessionScope(appTestDb(), "00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("reads only the user's own memberships, and leaves the caller's transaction scope as it was", async () => {
    const academy = await insertAcademy(testDb());
    const school = await insertEstablishment(testDb(), { academyId: academy.id });
    const user = await insertUser(testDb(), { memberships: [{ establishmentId: school.id, role: "TEACHER" }] });
    await insertUser(testDb(), { memberships: [{ establishmentId: school.id, role: "PRINCIPAL" }] });
    const session = await openSession(appTestDb(), { userId: user.id, method: "password" });
    const caller = "11111111-1111-4111-8111-111111111111";
    const { scope, after } = await runInScope(appTestDb(), { userId: caller, isAdmin: false, readable: [], writable: null }, async (tx) => ({
      scope: await findSessionScope(tx, session.id),
      after: (await tx.$queryRaw<{ user_id: string }[]>`SELECT current_setting('app.user_id') AS user_id`)[0]?.user_id,
    }));
    expect(scope?.memberships.map((m) => m.role)).toEqual(["TEACHER"]);
    expect(after).toBe(caller);
  });
});

describe("changing one's password", () => {
  const change = (userId: string, fields: { currentPassword: string; newPassword: string; confirmation: string }) =>
    runInScope(appTestDb(), { userId, isAdmin: false, readable: [], writable: null }, (tx) =>
      changeOwnPassword(tx, { userId, ...fields }),
    );

  it("requires the current password, then stores an argon2id hash and audits it", async () => {
    const user = await insertUser(testDb(), { passwordHash: await hashPassword("ancienne phrase de passe") });
    const wrong = await change(user.id, { currentPassword: "pas la bonne", newPassword: "une nouvelle phrase", confirmation: "une nouvelle phrase" }).catch((e: unknown) => e);
    expect((wrong as InvalidInputError).fieldErrors).toEqual({ currentPassword: ["Le mot de passe actuel est incorrect."] });

    await change(user.id, { currentPassword: "ancienne phrase de passe", newPassword: "une nouvelle phrase", confirmation: "une nouvelle phrase" });
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash, "une nouvelle phrase")).toBe(true);
    expect(await testDb().auditEvent.count({ where: { action: "user.password", entityId: user.id } })).toBe(1);
  });

  it("refuses a short password or a wrong confirmation, and changes nothing", async () => {
    const hash = await hashPassword("ancienne phrase de passe");
    const user = await insertUser(testDb(), { passwordHash: hash });
    const short = (await change(user.id, { currentPassword: "ancienne phrase de passe", newPassword: "court", confirmation: "court" }).catch((e: unknown) => e)) as InvalidInputError;
    expect(short.fieldErrors.newPassword?.[0]).toMatch(/au moins 12 caractères/);
    const mismatch = (await change(user.id, { currentPassword: "ancienne phrase de passe", newPassword: "une nouvelle phrase", confirmation: "une autre phrase" }).catch((e: unknown) => e)) as InvalidInputError;
    expect(mismatch.fieldErrors.confirmation).toBeDefined();
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(hash);
  });
});
