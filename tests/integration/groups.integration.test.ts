// Need groups: the rules of a period (double booking of a pupil, a teacher, a
// room; capacity) enforced inside the transaction, the assistant's proposal
// saved, sessions feeding the hour plan, and inspectors kept from pupils' rows.
import { beforeAll, describe, expect, it } from "vitest";
import { schoolDataScope } from "@/features/access/scope";
import { proposeGroups } from "@/features/groups/assistant";
import { GROUP_SESSIONS_DISCIPLINE } from "@/features/groups/labels";
import { createGroupSchema, recordSessionSchema, saveCompositionSchema } from "@/features/groups/schemas";
import { createGroup, deleteGroup, saveComposition, setGroupMembers, updateGroup } from "@/features/groups/service";
import { deleteSession, recordSession } from "@/features/groups/sessions";
import { loadCompliance } from "@/features/hours/queries";
import { saveHours } from "@/features/hours/service";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/errors";
import { runInScope } from "@/server/scoped-transaction";
import type { Db } from "@/server/prisma-client";
import { insertAcademy, insertEstablishment, insertOrganisation, insertUser, nextSequence, scopeOf } from "../factories";
import { insertNeedGroup, insertPupils } from "../factories/needs";
import { appTestDb, testDb } from "../setup/database";

let school: { id: string; academyId: string };
let coordinator: { userId: string };
let teacher: { id: string; name: string };
let otherTeacher: { id: string; name: string };
let inspectorId: string;
let org: Awaited<ReturnType<typeof insertOrganisation>>;
let pupils: { id: string; firstName: string; lastName: string }[];

const asCoordinator = <T>(work: (tx: Db) => Promise<T>) =>
  runInScope(appTestDb(), { userId: coordinator.userId, isAdmin: false, readable: [school.id], writable: school.id, roles: [`${school.id}=COORDINATOR`] }, work);
const asUser = async <T>(userId: string, work: (tx: Db) => Promise<T>) =>
  runInScope(appTestDb(), schoolDataScope(await scopeOf(testDb(), userId), school), work);

const groupInput = (overrides: Record<string, unknown> = {}) =>
  createGroupSchema.parse({
    establishmentId: school.id,
    periodId: org.periods[0]!.id,
    schemeId: org.schemes[0]!.id,
    name: `Groupe ${nextSequence()}`,
    kind: "REMEDIATION",
    focus: "",
    weekday: "1",
    startTime: "10:00",
    endTime: "11:00",
    firstWeek: "",
    lastWeek: "",
    room: "",
    capacity: "12",
    plannedHours: "6",
    teacherIds: "",
    ...overrides,
  });

beforeAll(async () => {
  const academy = await insertAcademy(testDb());
  school = await insertEstablishment(testDb(), { academyId: academy.id });
  coordinator = { userId: (await insertUser(testDb(), { memberships: [{ establishmentId: school.id, role: "COORDINATOR" }] })).id };
  teacher = await insertUser(testDb(), { name: "Claire Fontaine", memberships: [{ establishmentId: school.id, role: "TEACHER" }] });
  otherTeacher = await insertUser(testDb(), { name: "Marc Lenoir", memberships: [{ establishmentId: school.id, role: "TEACHER" }] });
  inspectorId = (await insertUser(testDb(), { inspects: [academy.id] })).id;
  org = await insertOrganisation(testDb(), school.id, 2026);
  pupils = await insertPupils(testDb(), { establishmentId: school.id, divisionId: org.division.id }, 8);
});

describe("the rules of a period's groups", () => {
  it("refuse a pupil in two groups whose slots meet, naming the pupil and the other group", async () => {
    const first = await asCoordinator((tx) => createGroup(tx, coordinator, groupInput({ name: "Lecture A", startTime: "08:00", endTime: "09:00", weekday: "2" })));
    const second = await asCoordinator((tx) => createGroup(tx, coordinator, groupInput({ name: "Calcul B", startTime: "08:30", endTime: "09:30", weekday: "2" })));
    const version = async (id: string) => (await testDb().needGroup.findFirstOrThrow({ where: { id } })).updatedAt.toISOString();
    const pupil = pupils[0]!;
    await asCoordinator(async (tx) =>
      setGroupMembers(tx, coordinator, { establishmentId: school.id, groupId: first.id, version: await version(first.id), members: [{ pupilId: pupil.id, reason: "Fragile en lecture" }] }),
    );
    const refusal = asCoordinator(async (tx) =>
      setGroupMembers(tx, coordinator, { establishmentId: school.id, groupId: second.id, version: await version(second.id), members: [{ pupilId: pupil.id, reason: "" }] }),
    );
    await expect(refusal).rejects.toBeInstanceOf(ConflictError);
    await expect(refusal).rejects.toThrow(`${pupil.firstName} ${pupil.lastName} est déjà dans le groupe « Lecture A » sur un créneau qui chevauche celui de « Calcul B » (mardi 8 h – 9 h, toute la période).`);
    expect(await testDb().needGroupMember.count({ where: { groupId: second.id } })).toBe(0);
    // The same pupil on another day is fine.
    const third = await asCoordinator((tx) => createGroup(tx, coordinator, groupInput({ name: "Méthodes C", weekday: "3" })));
    await asCoordinator(async (tx) =>
      setGroupMembers(tx, coordinator, { establishmentId: school.id, groupId: third.id, version: await version(third.id), members: [{ pupilId: pupil.id, reason: "" }] }),
    );
  });

  it("refuse a teacher, or a room, in two places at once; co-animation is allowed", async () => {
    const slot = { weekday: "4", startTime: "14:00", endTime: "15:00" };
    await asCoordinator((tx) => createGroup(tx, coordinator, groupInput({ ...slot, name: "Oral 1", teacherIds: `${teacher.id},${otherTeacher.id}`, room: "B12" })));
    await expect(asCoordinator((tx) => createGroup(tx, coordinator, groupInput({ ...slot, name: "Oral 2", teacherIds: teacher.id })))).rejects.toThrow(
      "Claire Fontaine intervient déjà dans le groupe « Oral 1 » au même moment (jeudi 14 h – 15 h, toute la période).",
    );
    await expect(asCoordinator((tx) => createGroup(tx, coordinator, groupInput({ ...slot, name: "Oral 3", room: " b12 " })))).rejects.toThrow(
      "La salle b12 est déjà occupée par le groupe « Oral 1 »",
    );
    // Weeks that do not meet: the same teacher and room are free.
    const later = { weekday: "4", startTime: "16:00", endTime: "17:00", teacherIds: teacher.id, room: "C3" };
    await asCoordinator((tx) => createGroup(tx, coordinator, groupInput({ ...later, name: "Atelier 1", firstWeek: "1", lastWeek: "2" })));
    await asCoordinator((tx) => createGroup(tx, coordinator, groupInput({ ...later, name: "Atelier 2", firstWeek: "3", lastWeek: "4" })));
    await expect(asCoordinator((tx) => createGroup(tx, coordinator, groupInput({ ...later, name: "Atelier 3", firstWeek: "2", lastWeek: "3" })))).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await testDb().needGroup.count({ where: { establishmentId: school.id, name: { in: ["Oral 2", "Oral 3"] } } })).toBe(0);
  });

  it("refuse more pupils than the capacity, and a capacity lowered below the pupils already in", async () => {
    const group = await asCoordinator((tx) => createGroup(tx, coordinator, groupInput({ name: "Petit groupe", weekday: "5", capacity: "2" })));
    const version = async () => (await testDb().needGroup.findFirstOrThrow({ where: { id: group.id } })).updatedAt.toISOString();
    const three = pupils.slice(1, 4).map((p) => ({ pupilId: p.id, reason: "" }));
    await expect(
      asCoordinator(async (tx) => setGroupMembers(tx, coordinator, { establishmentId: school.id, groupId: group.id, version: await version(), members: three })),
    ).rejects.toThrow("Le groupe « Petit groupe » accueille au plus 2 élèves : 3 y sont inscrits.");
    await asCoordinator(async (tx) => setGroupMembers(tx, coordinator, { establishmentId: school.id, groupId: group.id, version: await version(), members: three.slice(0, 2) }));
    const edit = groupInput({ name: "Petit groupe", weekday: "5", capacity: "1" });
    await expect(
      asCoordinator(async (tx) => updateGroup(tx, coordinator, { ...edit, groupId: group.id, version: await version() })),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      asCoordinator((tx) => updateGroup(tx, coordinator, { ...edit, groupId: group.id, version: "2020-01-01T00:00:00.000Z" })),
    ).rejects.toThrow(/Quelqu'un a modifié/);
  });

  it("serialise two concurrent saves on one period: only one of two clashing placements wins", async () => {
    const a = await insertNeedGroup(testDb(), { establishmentId: school.id, periodId: org.periods[1]!.id, schemeId: org.schemes[0]!.id, weekday: 1 });
    const b = await insertNeedGroup(testDb(), { establishmentId: school.id, periodId: org.periods[1]!.id, schemeId: org.schemes[0]!.id, weekday: 1 });
    const pupil = pupils[5]!;
    const place = (group: typeof a) =>
      asCoordinator((tx) =>
        setGroupMembers(tx, coordinator, { establishmentId: school.id, groupId: group.id, version: group.updatedAt.toISOString(), members: [{ pupilId: pupil.id, reason: "" }] }),
      );
    const results = await Promise.allSettled([place(a), place(b)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(await testDb().needGroupMember.count({ where: { pupilId: pupil.id, group: { periodId: org.periods[1]!.id } } })).toBe(1);
  });

  it("refuse a teacher who is not a member of the school, and a pupil of another school", async () => {
    const stranger = await insertUser(testDb());
    await expect(asCoordinator((tx) => createGroup(tx, coordinator, groupInput({ weekday: "6", teacherIds: stranger.id })))).rejects.toBeInstanceOf(InvalidInputError);
  });
});

describe("saving the assistant's proposal", () => {
  it("creates the groups with their pupils and reasons on one slot, and refuses a pupil placed twice", async () => {
    const period = (await insertOrganisation(testDb(), school.id, 2027)).periods[0]!;
    const scheme = await testDb().scheme.findFirstOrThrow({ where: { establishmentId: school.id, schoolYear: 2027 } });
    const division = await testDb().division.findFirstOrThrow({ where: { establishmentId: school.id, schoolYear: 2027 } });
    const yearPupils = await insertPupils(testDb(), { establishmentId: school.id, divisionId: division.id, schoolYear: 2027 }, 5);
    const competencies = [{ id: "c1", label: "Lire et comprendre un texte", domain: "FRENCH" as const, position: 1 }];
    const proposal = proposeGroups({
      pupils: yearPupils.map((p) => ({ ...p, divisionName: division.name })),
      competencies,
      results: yearPupils.map((p, i) => ({ pupilId: p.id, competencyId: "c1", level: i < 3 ? "FRAGILE" : "VERY_GOOD", toolLabel: "Évaluation diagnostique" })),
      capacity: 12,
    });
    const base = {
      establishmentId: school.id,
      periodId: period.id,
      schemeId: scheme.id,
      weekday: "2",
      startTime: "10:00",
      endTime: "11:00",
      firstWeek: "",
      lastWeek: "",
      capacity: "12",
      plannedHours: "7",
    };
    const groups = proposal.groups.map((g, i) => ({ name: g.name, kind: g.kind, focus: g.focus, room: `S${i}`, teacherIds: i === 0 ? teacher.id : otherTeacher.id, members: g.members }));
    const saved = await asCoordinator((tx) => saveComposition(tx, coordinator, saveCompositionSchema.parse({ ...base, groups })));
    expect(saved.groupIds).toHaveLength(2);
    const members = await testDb().needGroupMember.findMany({ where: { groupId: saved.groupIds[0]! }, orderBy: { pupilId: "asc" } });
    expect(members).toHaveLength(3);
    expect(members.every((m) => m.reason === "Fragile en Lire et comprendre un texte (évaluation diagnostique).")).toBe(true);

    // A second barrette at the same time, reusing a pupil and a teacher: refused whole.
    const clash = [{ name: "Reprise", kind: "OTHER", focus: "", room: "", teacherIds: "", members: [{ pupilId: yearPupils[0]!.id, reason: "" }] }];
    await expect(asCoordinator((tx) => saveComposition(tx, coordinator, saveCompositionSchema.parse({ ...base, groups: clash })))).rejects.toBeInstanceOf(ConflictError);
    const sameTeacher = [{ name: "Autre", kind: "OTHER", focus: "", room: "", teacherIds: teacher.id, members: [] }];
    await expect(asCoordinator((tx) => saveComposition(tx, coordinator, saveCompositionSchema.parse({ ...base, groups: sameTeacher })))).rejects.toBeInstanceOf(ConflictError);
    expect(await testDb().needGroup.count({ where: { periodId: period.id } })).toBe(2);
  });
});

describe("sessions and attendance", () => {
  it("are recorded by the group's teacher only, and feed the delivered hours of the classes of the group's pupils", async () => {
    const period = org.periods[0]!;
    const group = await insertNeedGroup(testDb(), {
      establishmentId: school.id,
      periodId: period.id,
      schemeId: org.schemes[1]!.id,
      weekday: 6,
      teacherIds: [teacher.id],
      pupilIds: [pupils[6]!.id, pupils[7]!.id],
    });
    const delivered = async () =>
      (await asCoordinator((tx) => loadCompliance(tx, { establishmentId: school.id, schoolYear: 2026, today: new Date("2026-12-31") }))).find(
        (c) => c.divisionId === org.division.id,
      )!.delivered;
    const before = await delivered();
    const input = recordSessionSchema.parse({
      establishmentId: school.id,
      groupId: group.id,
      heldOn: "2026-09-12",
      hours: "1,5",
      attendance: [
        { pupilId: pupils[6]!.id, status: "PRESENT" },
        { pupilId: pupils[7]!.id, status: "EXCUSED" },
      ],
    });
    // Another teacher of the school may not record it: the group answers as missing.
    await expect(asUser(otherTeacher.id, (tx) => recordSession(tx, { userId: otherTeacher.id, canWriteSchool: false }, input))).rejects.toBeInstanceOf(NotFoundError);
    const recorded = await asUser(teacher.id, (tx) => recordSession(tx, { userId: teacher.id, canWriteSchool: false }, input));
    expect(await delivered()).toBe(before + 1.5);
    // The line of the hour plan the teacher could not write directly.
    const line = await testDb().hourPlanEntry.findFirstOrThrow({
      where: { establishmentId: school.id, divisionId: org.division.id, schemeId: org.schemes[1]!.id, periodId: period.id, discipline: GROUP_SESSIONS_DISCIPLINE },
    });
    expect(Number(line.deliveredHours)).toBe(1.5);
    // The coordinators' hour grid may not overwrite it: it follows the registers.
    await expect(
      asCoordinator((tx) =>
        saveHours(tx, coordinator, {
          establishmentId: school.id,
          divisionId: org.division.id,
          schemeId: org.schemes[1]!.id,
          periodId: period.id,
          discipline: GROUP_SESSIONS_DISCIPLINE,
          kind: "delivered",
          hours: "9",
          version: line.updatedAt.toISOString(),
        }),
      ),
    ).rejects.toBeInstanceOf(InvalidInputError);
    // Recording the same date again replaces it.
    await asUser(teacher.id, (tx) => recordSession(tx, { userId: teacher.id, canWriteSchool: false }, { ...input, hours: 2 }));
    expect(await delivered()).toBe(before + 2);
    expect(await testDb().sessionAttendance.count({ where: { sessionId: recorded.sessionId } })).toBe(2);
    // A register must name every pupil of the group, and only them.
    await expect(
      asUser(teacher.id, (tx) => recordSession(tx, { userId: teacher.id, canWriteSchool: false }, { ...input, attendance: input.attendance.slice(0, 1) })),
    ).rejects.toBeInstanceOf(InvalidInputError);
    // Out of the period.
    await expect(
      asUser(teacher.id, (tx) => recordSession(tx, { userId: teacher.id, canWriteSchool: false }, { ...input, heldOn: new Date("2026-12-01T00:00:00Z") })),
    ).rejects.toMatchObject({ fieldErrors: { heldOn: [expect.stringContaining("pendant la période du groupe")] } });
    // A coordinator may delete it; the hours go back.
    await asCoordinator((tx) => deleteSession(tx, { userId: coordinator.userId, canWriteSchool: true }, { establishmentId: school.id, sessionId: recorded.sessionId }));
    expect(await delivered()).toBe(before);
  });

  it("refuse in French a session that would take a class's line of the hour plan past its 1,000 h, and write nothing", async () => {
    // Two groups of one pupil at different times, 83 sessions of 12 h on the days of the period: 996 h for the class.
    const year = await insertOrganisation(testDb(), school.id, 2029);
    const [pupil] = await insertPupils(testDb(), { establishmentId: school.id, divisionId: year.division.id, schoolYear: 2029 }, 1);
    const period = year.periods[0]!;
    const [morning, afternoon] = await Promise.all(
      [480, 840].map((startMinute) =>
        insertNeedGroup(testDb(), { establishmentId: school.id, periodId: period.id, schemeId: year.schemes[0]!.id, startMinute, endMinute: startMinute + 60, pupilIds: [pupil!.id] }),
      ),
    );
    const days = Array.from({ length: 46 }, (_, i) => new Date(period.startsOn.getTime() + i * 86_400_000));
    const sessions = [...days.map((heldOn) => ({ group: morning!, heldOn })), ...days.slice(0, 37).map((heldOn) => ({ group: afternoon!, heldOn }))];
    const created = await testDb().groupSession.createManyAndReturn({
      data: sessions.map(({ group, heldOn }) => ({ establishmentId: school.id, groupId: group.id, heldOn, hours: 12 })),
    });
    await testDb().sessionAttendance.createMany({ data: created.map((session) => ({ establishmentId: school.id, sessionId: session.id, pupilId: pupil!.id, status: "PRESENT" as const })) });
    const line = () =>
      testDb().hourPlanEntry.findFirstOrThrow({ where: { establishmentId: school.id, divisionId: year.division.id, periodId: period.id, discipline: GROUP_SESSIONS_DISCIPLINE } });
    expect(Number((await line()).deliveredHours)).toBe(996);

    const input = recordSessionSchema.parse({
      establishmentId: school.id,
      groupId: afternoon!.id,
      heldOn: days[37]!.toISOString().slice(0, 10),
      hours: "12",
      attendance: [{ pupilId: pupil!.id, status: "PRESENT" }],
    });
    await expect(asCoordinator((tx) => recordSession(tx, { userId: coordinator.userId, canWriteSchool: true }, input))).rejects.toMatchObject({
      fieldErrors: { hours: [expect.stringContaining("dépasseraient 1 000 h sur la période")] },
    });
    expect(Number((await line()).deliveredHours)).toBe(996);
    expect(await testDb().groupSession.count({ where: { groupId: afternoon!.id } })).toBe(37);
    // Four hours still fit.
    await asCoordinator((tx) => recordSession(tx, { userId: coordinator.userId, canWriteSchool: true }, { ...input, hours: 4 }));
    expect(Number((await line()).deliveredHours)).toBe(1000);
  });

  it("count once for a class two parallel groups of one barrette meeting at the same time", async () => {
    const period = org.periods[1]!;
    const scheme = org.schemes[2]!;
    const [g1, g2] = await Promise.all(
      [pupils[0]!, pupils[1]!].map((p) =>
        insertNeedGroup(testDb(), { establishmentId: school.id, periodId: period.id, schemeId: scheme.id, weekday: 5, startMinute: 900, endMinute: 960, pupilIds: [p.id] }),
      ),
    );
    for (const [group, pupil] of [[g1!, pupils[0]!], [g2!, pupils[1]!]] as const) {
      await asCoordinator((tx) =>
        recordSession(tx, { userId: coordinator.userId, canWriteSchool: true }, recordSessionSchema.parse({
          establishmentId: school.id,
          groupId: group.id,
          heldOn: "2026-11-06",
          hours: "1",
          attendance: [{ pupilId: pupil.id, status: "PRESENT" }],
        })),
      );
    }
    const line = await testDb().hourPlanEntry.findFirstOrThrow({
      where: { establishmentId: school.id, divisionId: org.division.id, schemeId: scheme.id, periodId: period.id, discipline: GROUP_SESSIONS_DISCIPLINE },
    });
    expect(Number(line.deliveredHours)).toBe(1);
  });
});

describe("deleting a group", () => {
  it("takes its recorded hours back out of the hour plan", async () => {
    const period = org.periods[1]!;
    const scheme = org.schemes[1]!;
    const group = await insertNeedGroup(testDb(), { establishmentId: school.id, periodId: period.id, schemeId: scheme.id, weekday: 4, startMinute: 480, endMinute: 540, pupilIds: [pupils[3]!.id] });
    await asCoordinator((tx) =>
      recordSession(tx, { userId: coordinator.userId, canWriteSchool: true }, recordSessionSchema.parse({
        establishmentId: school.id,
        groupId: group.id,
        heldOn: "2026-11-12",
        hours: "2",
        attendance: [{ pupilId: pupils[3]!.id, status: "ABSENT" }],
      })),
    );
    const line = () =>
      testDb().hourPlanEntry.findFirstOrThrow({
        where: { establishmentId: school.id, divisionId: org.division.id, schemeId: scheme.id, periodId: period.id, discipline: GROUP_SESSIONS_DISCIPLINE },
      });
    expect(Number((await line()).deliveredHours)).toBe(2);
    await asCoordinator((tx) => deleteGroup(tx, coordinator, { establishmentId: school.id, groupId: group.id }));
    expect(Number((await line()).deliveredHours)).toBe(0);
  });
});

describe("privacy", () => {
  it("lets an inspector read the groups of a school of their académie but not one pupil row of them", async () => {
    await insertNeedGroup(testDb(), { establishmentId: school.id, periodId: org.periods[0]!.id, schemeId: org.schemes[2]!.id, weekday: 3, pupilIds: [pupils[2]!.id] });
    const seen = await asUser(inspectorId, async (tx) => ({
      groups: await tx.needGroup.count({ where: { establishmentId: school.id } }),
      members: await tx.needGroupMember.count({ where: { establishmentId: school.id } }),
      pupils: await tx.pupil.count({ where: { establishmentId: school.id } }),
      attendance: await tx.sessionAttendance.count({ where: { establishmentId: school.id } }),
    }));
    expect(seen.groups).toBeGreaterThan(0);
    expect(seen).toMatchObject({ members: 0, pupils: 0, attendance: 0 });
    expect(await testDb().needGroupMember.count({ where: { establishmentId: school.id } })).toBeGreaterThan(0);
  });
});

describe("the demo data", () => {
  it("gives Le Castel need groups for period 1 with teachers, two registers, referents and two meetings", async () => {
    const { loadDemoData } = await import("../../prisma/seed");
    await testDb().$transaction((tx) => loadDemoData(tx), { timeout: 60_000 });
    const castel = await testDb().establishment.findUniqueOrThrow({ where: { uai: "0210047M" } });
    const groups = await testDb().needGroup.findMany({
      where: { establishmentId: castel.id, period: { schoolYear: 2026, name: "Période 1" } },
      include: { teachers: true, _count: { select: { members: true } } },
    });
    expect(groups.length).toBeGreaterThanOrEqual(3);
    expect(groups.filter((g) => g.teachers.length > 0)).toHaveLength(2);
    expect(await testDb().meeting.count({ where: { establishmentId: castel.id } })).toBe(2);
    const pupils = await testDb().pupil.count({ where: { establishmentId: castel.id } });
    if (pupils > 0) {
      expect(groups.reduce((n, g) => n + g._count.members, 0)).toBeGreaterThan(0);
      expect(await testDb().pupilReferent.count({ where: { establishmentId: castel.id } })).toBeGreaterThan(12);
      expect(await testDb().groupSession.count({ where: { establishmentId: castel.id } })).toBe(2);
      // The rotation: a few pupils have a second diagnostic and period 2 groups.
      const rotated = await testDb().needGroupMember.count({ where: { establishmentId: castel.id, group: { period: { name: "Période 2" } } } });
      expect(rotated).toBeGreaterThan(0);
      expect(rotated).toBeLessThanOrEqual(8);
    }
  }, 90_000);
});
