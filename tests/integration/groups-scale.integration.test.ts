// The time to compose the groups of a school of 600 pupils: the assistant
// alone (pure), reading the diagnostic, and saving every group with its
// pupils through the service (rules checked, one transaction). Figures are
// printed; the bounds only catch a gross regression.
import { performance } from "node:perf_hooks";
import { beforeAll, describe, expect, it } from "vitest";
import { proposeGroups } from "@/features/groups/assistant";
import { loadAssistantInput } from "@/features/groups/queries";
import { saveCompositionSchema } from "@/features/groups/schemas";
import { saveComposition } from "@/features/groups/service";
import type { MasteryLevel } from "@/generated/prisma/enums";
import { runInScope } from "@/server/scoped-transaction";
import { insertAcademy, insertEstablishment, insertOrganisation, insertUser, nextSequence } from "../factories";
import { appTestDb, testDb } from "../setup/database";

const PUPILS = 600;
const CLASSES = 20;
let school: string;
let coordinator: string;
let periodId: string;
let schemeId: string;

beforeAll(async () => {
  const academy = await insertAcademy(testDb());
  school = (await insertEstablishment(testDb(), { academyId: academy.id })).id;
  coordinator = (await insertUser(testDb(), { memberships: [{ establishmentId: school, role: "COORDINATOR" }] })).id;
  const o = await insertOrganisation(testDb(), school, 2026);
  periodId = o.periods[0]!.id;
  schemeId = o.schemes[0]!.id;
  const divisions = await testDb().division.createManyAndReturn({
    data: Array.from({ length: CLASSES }, (_, i) => ({ establishmentId: school, schoolYear: 2026, name: `C${i}-${nextSequence()}`, diploma: "BAC_PRO" as const, yearOfStudy: 1 + (i % 3) })),
  });
  const pupils = await testDb().pupil.createManyAndReturn({
    data: Array.from({ length: PUPILS }, (_, i) => ({ establishmentId: school, schoolYear: 2026, divisionId: divisions[i % CLASSES]!.id, firstName: `Prénom${i}`, lastName: `Nom${i}` })),
  });
  const competencies = await testDb().competency.findMany({ where: { establishmentId: null } });
  const tool = await testDb().positioningTool.findFirstOrThrow({ where: { establishmentId: null, kind: "DIAGNOSTIC_EVALUATION" } });
  const levels: MasteryLevel[] = ["INSUFFICIENT", "FRAGILE", "SATISFACTORY", "VERY_GOOD"];
  // A realistic spread: most pupils satisfactory, a fifth fragile somewhere, a few very good everywhere.
  const level = (p: number, c: number): MasteryLevel => {
    if (p % 25 === 0) return "VERY_GOOD";
    const x = (p * 7919 + c * 104729) % 100;
    return x < 3 ? levels[0]! : x < 12 ? levels[1]! : x < 85 ? levels[2]! : levels[3]!;
  };
  await testDb().diagnosticResult.createMany({
    data: pupils.flatMap((p, i) => competencies.map((c, j) => ({ establishmentId: school, pupilId: p.id, competencyId: c.id, periodId, level: level(i, j), toolId: tool.id }))),
  });
}, 120_000);

describe(`composing the groups of a school of ${PUPILS} pupils`, () => {
  it("takes well under a second for the assistant, and a few seconds at most to save", async () => {
    const scope = { userId: coordinator, isAdmin: false, readable: [school], writable: school, roles: [`${school}=COORDINATOR`] };
    const t0 = performance.now();
    const input = await runInScope(appTestDb(), scope, (tx) => loadAssistantInput(tx, { establishmentId: school, schoolYear: 2026, periodId }));
    const t1 = performance.now();
    const proposal = proposeGroups({ ...input, capacity: 15 });
    const t2 = performance.now();
    const parsed = saveCompositionSchema.parse({
      establishmentId: school,
      periodId,
      schemeId,
      weekday: "2",
      startTime: "10:00",
      endTime: "11:00",
      firstWeek: "",
      lastWeek: "",
      capacity: "15",
      plannedHours: "6",
      groups: proposal.groups.map((g) => ({ name: g.name, kind: g.kind, focus: g.focus, room: "", teacherIds: "", members: g.members })),
    });
    const t3 = performance.now();
    const saved = await runInScope(appTestDb(), scope, (tx) => saveComposition(tx, { userId: coordinator }, parsed));
    const t4 = performance.now();
    const placed = proposal.groups.reduce((n, g) => n + g.members.length, 0);
    const ms = (a: number, b: number) => `${Math.round(b - a)} ms`;
    console.log(
      `[groups scale] ${PUPILS} pupils, ${input.results.length} results, ${proposal.groups.length} groups, ${placed} placed, ${proposal.unplaced.length} unplaced: ` +
        `read diagnostic ${ms(t0, t1)}, assistant ${ms(t1, t2)}, validate ${ms(t2, t3)}, save ${ms(t3, t4)}, total ${ms(t0, t4)}`,
    );
    expect(input.pupils).toHaveLength(PUPILS);
    expect(placed + proposal.unplaced.length).toBe(PUPILS);
    expect(saved.groupIds).toHaveLength(proposal.groups.length);
    expect(await testDb().needGroupMember.count({ where: { establishmentId: school } })).toBe(placed);
    expect(t2 - t1).toBeLessThan(1_000);
    expect(t4 - t0).toBeLessThan(15_000);
  }, 60_000);
});
