// A save whose database session is killed half-way leaves nothing behind, and the app's
// pool carries on; the app's connections run with explicit server-side timeouts.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/features/pdca/answers";
import { startGrid } from "@/features/pdca/service";
import { DatabaseUnavailableError, isDatabaseUnavailableError } from "@/server/database-availability";
import { db } from "@/server/db";
import { runInScope } from "@/server/scoped-transaction";
import { withScope } from "@/server/tenant";
import { insertAcademy, insertEstablishment, insertOrganisation, insertUser } from "../factories";
import { appTestDb, testDatabaseUrl, testDb } from "../setup/database";

let school: string;
let userId: string;
let gridId: string;
let itemKey: string;

const scope = () => ({ userId, isAdmin: false, readable: [school], writable: school });

beforeAll(async () => {
  const academy = await insertAcademy(testDb());
  school = (await insertEstablishment(testDb(), { academyId: academy.id })).id;
  userId = (await insertUser(testDb(), { memberships: [{ establishmentId: school, role: "COORDINATOR" }] })).id;
  const o = await insertOrganisation(testDb(), school, 2061);
  ({ gridId } = await runInScope(appTestDb(), scope(), (tx) =>
    startGrid(tx, { userId }, { establishmentId: school, schemeId: o.schemes[0]!.id, carryOver: "non" }),
  ));
  itemKey = (await testDb().gridItem.findFirstOrThrow({ where: { sheet: { grids: { some: { id: gridId } } }, kind: "QUESTION" } })).key;
});

async function state() {
  const answer = await testDb().gridAnswer.findFirst({ where: { establishmentId: school, gridId, itemKey }, select: { body: true, version: true } });
  const revisions = await testDb().gridAnswerRevision.count({ where: { establishmentId: school, gridId, itemKey } });
  const audits = await testDb().auditEvent.count({ where: { establishmentId: school, action: "grid.answer", entityId: gridId } });
  return { answer, revisions, audits };
}

const save = (body: string, version: number) =>
  withScope(scope(), (tx) => saveAnswer(tx, { userId }, { establishmentId: school, gridId, itemKey, body, status: "IN_PROGRESS", version }));

describe("a save whose backend is terminated half-way", () => {
  it("is rolled back whole (answer, version, revision, audit), reported as unavailability, and the next save works", async () => {
    await save("<p>Première version</p>", 0);
    const before = await state();
    expect(before.answer?.version).toBe(1);

    // Hold the audit table: the save updates its answer and writes its revision, then waits on its audit row.
    const blocker = new pg.Client({ connectionString: testDatabaseUrl() });
    await blocker.connect();
    await blocker.query("BEGIN");
    await blocker.query("LOCK TABLE audit_events IN EXCLUSIVE MODE");
    const pending = save("<p>Deuxième version, jamais enregistrée</p>", 1).then(
      () => "saved" as const,
      (error: unknown) => error,
    );
    let terminated = false;
    try {
      for (let i = 0; i < 100 && !terminated; i++) {
        const { rows } = await blocker.query<{ pid: number; written: boolean }>(
          // Waiting on a lock, having written its revision row (the save writes the answer, its revision, then its audit row).
          `SELECT a.pid, EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.relation = 'grid_answer_revisions'::regclass
                                  AND l.mode = 'RowExclusiveLock') AS written
           FROM pg_stat_activity a WHERE a.usename = 'boussole_app' AND a.wait_event_type = 'Lock' AND a.datname = current_database()`,
        );
        if (rows[0]?.written) {
          const { rows: [killed] } = await blocker.query<{ ok: boolean }>("SELECT pg_terminate_backend($1) AS ok", [rows[0].pid]);
          terminated = killed!.ok;
        } else {
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    } finally {
      await blocker.query("COMMIT");
      await blocker.end();
    }
    expect(terminated).toBe(true);
    const outcome = await pending;
    expect(outcome).toBeInstanceOf(DatabaseUnavailableError);
    expect(isDatabaseUnavailableError((outcome as DatabaseUnavailableError).cause)).toBe(true);
    expect((outcome as DatabaseUnavailableError).message).toMatch(/^Service momentanément indisponible/);

    expect(await state()).toEqual(before);

    // The pool replaced the killed connection: the same save, retried, goes through whole.
    const saved = await save("<p>Deuxième version</p>", 1);
    expect(saved.version).toBe(2);
    const after = await state();
    expect(after).toEqual({ answer: { body: "<p>Deuxième version</p>", version: 2 }, revisions: before.revisions + 1, audits: before.audits + 1 });
  });
});

describe("the app's connections", () => {
  it("run with the statement, lock and idle-in-transaction timeouts set explicitly", async () => {
    const rows = await db().$queryRaw<{ statement: string; lock: string; idle: string }[]>`
      SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock,
             current_setting('idle_in_transaction_session_timeout') AS idle`;
    expect(rows[0]).toEqual({ statement: "15s", lock: "5s", idle: "20s" });
  });

  it("give up waiting for a lock after lock_timeout instead of queueing forever", async () => {
    const blocker = new pg.Client({ connectionString: testDatabaseUrl() });
    await blocker.connect();
    await blocker.query("BEGIN");
    await blocker.query("LOCK TABLE audit_events IN EXCLUSIVE MODE");
    const started = Date.now();
    try {
      await expect(save("<p>Bloquée</p>", 2)).rejects.toMatchObject({ message: expect.stringMatching(/lock timeout/i) });
    } finally {
      await blocker.query("COMMIT");
      await blocker.end();
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
    expect((await state()).answer?.version).toBe(2);
  });
});
