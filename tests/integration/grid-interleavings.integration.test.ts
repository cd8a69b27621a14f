// No lost update, whatever the interleaving: clients each read an answer, add
// their own sentence to what they read and save on the version they read; a
// refused save reads again and retries (what the editor's "merge" does).
// fast-check's scheduler releases the clients' reads and saves in random
// orders, against the real database; whatever the order, the final answer
// holds every client's sentence, and the history is one unbroken chain.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { saveAnswer } from "@/features/pdca/answers";
import { startGrid } from "@/features/pdca/service";
import { ConflictError } from "@/server/errors";
import { runInScope } from "@/server/scoped-transaction";
import { insertAcademy, insertEstablishment, insertOrganisation, insertUser } from "../factories";
import { appTestDb, testDb } from "../setup/database";

let school: string;
let userId: string;
let gridId: string;
let itemKey: string;

const inSchool = <T>(work: Parameters<typeof runInScope<T>>[2]) => runInScope(appTestDb(), { userId, isAdmin: false, readable: [school], writable: school }, work);

beforeAll(async () => {
  const academy = await insertAcademy(testDb());
  school = (await insertEstablishment(testDb(), { academyId: academy.id })).id;
  userId = (await insertUser(testDb(), { memberships: [{ establishmentId: school, role: "COORDINATOR" }] })).id;
  const o = await insertOrganisation(testDb(), school, 2060);
  ({ gridId } = await inSchool((tx) => startGrid(tx, { userId }, { establishmentId: school, schemeId: o.schemes[0]!.id, carryOver: "non" })));
  itemKey = (await testDb().gridItem.findFirstOrThrow({ where: { sheet: { grids: { some: { id: gridId } } }, kind: "QUESTION" } })).key;
});

async function read() {
  const answer = await inSchool((tx) => tx.gridAnswer.findFirst({ where: { establishmentId: school, gridId, itemKey }, select: { body: true, version: true } }));
  return answer ?? { body: "", version: 0 };
}

describe("saves of one answer in any interleaving", () => {
  it("lose no client's text and keep one unbroken chain of versions", async () => {
    let totalConflicts = 0;
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 2, max: 5 }), async (s, clients) => {
        await testDb().gridAnswerRevision.deleteMany({ where: { gridId, itemKey } });
        await testDb().gridAnswer.deleteMany({ where: { gridId, itemKey } });
        let conflicts = 0;
        const scheduledRead = s.scheduleFunction(read);
        // Settled into a value: the scheduler's own promises must not reject.
        const scheduledSave = s.scheduleFunction((body: string, version: number) =>
          inSchool((tx) => saveAnswer(tx, { userId }, { establishmentId: school, gridId, itemKey, body, status: "IN_PROGRESS", version })).then(
            () => "saved" as const,
            (error: unknown) => (error instanceof ConflictError ? ("conflict" as const) : Promise.reject(error)),
          ),
        );
        const client = async (n: number) => {
          for (let attempt = 0; attempt < clients + 1; attempt++) {
            const current = await scheduledRead();
            if ((await scheduledSave(`${current.body}<p>Phrase ${n}</p>`, current.version)) === "saved") return;
            conflicts++;
          }
          throw new Error(`client ${n} never saved`);
        };
        const all = Promise.all(Array.from({ length: clients }, (_, n) => client(n)));
        await s.waitFor(all);
        await all;

        const final = await testDb().gridAnswer.findFirstOrThrow({ where: { gridId, itemKey } });
        for (let n = 0; n < clients; n++) expect(final.body).toContain(`<p>Phrase ${n}</p>`);
        const revisions = await testDb().gridAnswerRevision.findMany({ where: { gridId, itemKey }, orderBy: { version: "asc" } });
        expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: clients }, (_, i) => i + 1));
        for (let i = 1; i < revisions.length; i++) expect(revisions[i]!.body.startsWith(revisions[i - 1]!.body)).toBe(true);
        expect(final.version).toBe(clients);
        totalConflicts += conflicts;
      }),
      { numRuns: 40 },
    );
    // The interleavings did make saves clash (else the property would prove nothing).
    expect(totalConflicts).toBeGreaterThan(0);
  }, 120_000);
});
