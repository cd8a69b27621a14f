// The indicator summaries are kept current on write: every write to the data
// they count notes a change (by trigger, in the writing transaction); a view
// recomputes a summary only when such a change is newer than it, never a fresh
// one. A summary records the snapshot it was computed from: a write that was
// still running then counts as unseen, so no change is lost between the two,
// and a long transaction elsewhere (an import) does not make every summary stale.
import { beforeAll, describe, expect, it } from "vitest";
import { schoolDataScope, type RequestScope } from "@/features/access/scope";
import { ensureFreshSummaries } from "@/features/indicators/queries";
import { runInScope } from "@/server/scoped-transaction";
import type { Db } from "@/server/prisma-client";
import { insertAcademy, insertEstablishment, insertGrid, insertUser, scopeOf } from "../factories";
import { appTestDb, testDb } from "../setup/database";

let school: { id: string; academyId: string };
let coordinator: RequestScope;
let grid: Awaited<ReturnType<typeof insertGrid>>;
let year: number;

const inSchool = <T>(work: (tx: Db) => Promise<T>) => runInScope(appTestDb(), schoolDataScope(coordinator, school), work);
const refresh = () => inSchool((tx) => ensureFreshSummaries(tx, { establishmentIds: [school.id], schoolYears: [year] }));
const figure = (code: string) =>
  inSchool(async (tx) => {
    await ensureFreshSummaries(tx, { establishmentIds: [school.id], schoolYears: [year] });
    const row = await tx.indicatorSummary.findUnique({ where: { establishmentId_schoolYear_indicatorCode: { establishmentId: school.id, schoolYear: year, indicatorCode: code } } });
    return row?.value === null || row?.value === undefined ? null : Number(row.value);
  });
const addMeeting = (tx: Db) =>
  tx.meeting.create({ data: { establishmentId: school.id, schoolYear: year, heldOn: new Date("2026-10-01T00:00:00Z"), body: "TEACHING_TEAM" } });

beforeAll(async () => {
  const academy = await insertAcademy(testDb());
  const created = await insertEstablishment(testDb(), { academyId: academy.id });
  school = { id: created.id, academyId: academy.id };
  const user = await insertUser(testDb(), { memberships: [{ establishmentId: school.id, role: "COORDINATOR" }] });
  coordinator = await scopeOf(testDb(), user.id);
  grid = await insertGrid(testDb(), school.id);
  year = grid.scheme.schoolYear;
});

describe("a summary kept current on write", () => {
  it("is computed once, then read as stored while nothing changes", async () => {
    expect(await refresh()).toBeGreaterThan(0);
    expect(await refresh()).toBe(0);
    expect(await refresh()).toBe(0);
  });

  it("is recomputed after a write to what it counts, and holds the new figure", async () => {
    const before = await figure("CONCERTATION_MEETINGS");
    await inSchool(addMeeting);
    expect(await figure("CONCERTATION_MEETINGS")).toBe((before ?? 0) + 1);
    expect(await refresh()).toBe(0);
  });

  it("is not recomputed when a grid answer's text is saved, only when its status changes", async () => {
    await inSchool((tx) =>
      tx.gridAnswer.create({ data: { establishmentId: school.id, gridId: grid.grid.id, itemKey: grid.questionKey, body: "<p>Début</p>", status: "IN_PROGRESS" } }),
    );
    expect(await refresh()).toBeGreaterThan(0);
    const key = { establishmentId_gridId_itemKey: { establishmentId: school.id, gridId: grid.grid.id, itemKey: grid.questionKey } };
    await inSchool((tx) => tx.gridAnswer.update({ where: key, data: { body: "<p>Suite du texte</p>" } }));
    expect(await refresh()).toBe(0);
    const completion = await figure("GRID_COMPLETION");
    await inSchool((tx) => tx.gridAnswer.update({ where: key, data: { status: "ANSWERED" } }));
    expect(await figure("GRID_COMPLETION")).toBeGreaterThan(completion ?? 0);
  });

  it("counts a write that was still running while it was computed: the next view sees it", async () => {
    const before = (await figure("CONCERTATION_MEETINGS")) ?? 0;
    // The write starts, notes its change, and waits; meanwhile another meeting
    // is committed and a view recomputes the summary (it cannot see the
    // uncommitted meeting); then the write commits.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const noted = new Promise<void>((resolve) => (written = resolve));
    const write = inSchool(async (tx) => {
      await addMeeting(tx);
      written();
      await gate;
    });
    await noted;
    await inSchool(addMeeting);
    expect(await figure("CONCERTATION_MEETINGS")).toBe(before + 1);
    release();
    await write;
    expect(await figure("CONCERTATION_MEETINGS")).toBe(before + 2);
  });

  it("stays fresh while a long transaction runs elsewhere (an import in another school)", async () => {
    const elsewhere = await insertEstablishment(testDb(), { academyId: school.academyId });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const importing = testDb().$transaction(
      async (tx) => {
        await tx.meeting.create({ data: { establishmentId: elsewhere.id, schoolYear: year, heldOn: new Date("2026-10-01T00:00:00Z"), body: "TEACHING_TEAM" } });
        started();
        await gate;
      },
      { timeout: 30_000 },
    );
    await running;
    try {
      await inSchool(addMeeting);
      expect(await refresh()).toBeGreaterThan(0);
      expect(await refresh()).toBe(0);
    } finally {
      release();
      await importing;
    }
  });

  it("may be asked for by several views at once after a write: one recomputes, none fails", async () => {
    await inSchool(addMeeting);
    const before = await testDb().meeting.count({ where: { establishmentId: school.id, schoolYear: year } });
    const written = await Promise.all(Array.from({ length: 4 }, () => refresh()));
    expect(written.filter((n) => n > 0)).toHaveLength(1);
    expect(await figure("CONCERTATION_MEETINGS")).toBe(before);
  });

  it("is marked by a change of the school's team, which has no year, for every year summarised", async () => {
    await refresh();
    const teacher = await insertUser(testDb(), {});
    await testDb().membership.create({ data: { establishmentId: school.id, userId: teacher.id, role: "TEACHER" } });
    expect(await refresh()).toBeGreaterThan(0);
  });

  it("notes a statement of many rows once, and a deletion too: the meetings count follows both", async () => {
    await refresh();
    const before = (await figure("CONCERTATION_MEETINGS")) ?? 0;
    const added = await inSchool((tx) =>
      tx.meeting.createMany({
        data: Array.from({ length: 30 }, (_, i) => ({ establishmentId: school.id, schoolYear: year, heldOn: new Date(Date.UTC(2026, 10, 1 + (i % 28))), body: "TEACHING_TEAM" as const })),
      }),
    );
    expect(added.count).toBe(30);
    // One change noted for the school's year, not thirty.
    expect(await testDb().indicatorChange.count({ where: { establishmentId: school.id, schoolYear: year } })).toBe(1);
    expect(await figure("CONCERTATION_MEETINGS")).toBe(before + 30);
    await inSchool((tx) => tx.meeting.deleteMany({ where: { establishmentId: school.id, heldOn: { gte: new Date(Date.UTC(2026, 10, 1)) } } }));
    expect(await figure("CONCERTATION_MEETINGS")).toBe(before);
  });

  it("leaves no change noted once every summary has seen it", async () => {
    await refresh();
    expect(await testDb().indicatorChange.count({ where: { establishmentId: school.id, schoolYear: year } })).toBe(0);
  });
});
