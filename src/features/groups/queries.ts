import "server-only";
import type { Db } from "@/server/prisma-client";
import type { AssistantInput } from "./assistant";
import type { GroupKind, MasteryLevel } from "./labels";

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });
const byPupilName = (a: { lastName: string; firstName: string }, b: { lastName: string; firstName: string }) =>
  collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName);

export async function listTeachingPeriods(tx: Db, options: { establishmentId: string; schoolYear: number }) {
  return tx.period.findMany({
    where: { establishmentId: options.establishmentId, schoolYear: options.schoolYear, kind: "TEACHING" },
    orderBy: { startsOn: "asc" },
    select: { id: true, name: true, startsOn: true, endsOn: true },
  });
}

/** Members of the school who may teach a group or follow pupils: teachers and coordinators. */
export async function listSchoolTeachers(tx: Db, establishmentId: string) {
  const members = await tx.membership.findMany({
    where: { establishmentId, role: { in: ["TEACHER", "COORDINATOR"] } },
    select: { userId: true, role: true, user: { select: { name: true } } },
  });
  return members.map((m) => ({ userId: m.userId, name: m.user.name, role: m.role })).sort((a, b) => collator.compare(a.name, b.name));
}

export async function listYearSchemes(tx: Db, options: { establishmentId: string; schoolYear: number }) {
  const schemes = await tx.scheme.findMany({
    where: { establishmentId: options.establishmentId, schoolYear: options.schoolYear },
    select: { id: true, strand: true, framework: { select: { strands: { select: { kind: true, label: true, position: true } } } } },
  });
  return schemes
    .map((s) => {
      const strand = s.framework.strands.find((x) => x.kind === s.strand);
      return { id: s.id, strand: s.strand, label: strand?.label ?? s.strand, position: strand?.position ?? 0 };
    })
    .sort((a, b) => a.position - b.position);
}

const groupSelect = {
  id: true,
  periodId: true,
  schemeId: true,
  name: true,
  kind: true,
  focus: true,
  weekday: true,
  startMinute: true,
  endMinute: true,
  firstWeek: true,
  lastWeek: true,
  room: true,
  capacity: true,
  plannedHours: true,
  updatedAt: true,
  teachers: { select: { userId: true, teacher: { select: { user: { select: { name: true } } } } } },
  _count: { select: { members: true } },
  sessions: { select: { hours: true } },
} as const;

type GroupRow = {
  id: string;
  periodId: string;
  schemeId: string;
  name: string;
  kind: GroupKind;
  focus: string;
  weekday: number;
  startMinute: number;
  endMinute: number;
  firstWeek: number | null;
  lastWeek: number | null;
  room: string;
  capacity: number;
  plannedHours: { toString(): string };
  updatedAt: Date;
  teachers: { userId: string; teacher: { user: { name: string } } }[];
  _count: { members: number };
  sessions: { hours: { toString(): string } }[];
};

function groupView(g: GroupRow) {
  return {
    id: g.id,
    periodId: g.periodId,
    schemeId: g.schemeId,
    name: g.name,
    kind: g.kind,
    focus: g.focus,
    slot: { weekday: g.weekday, startMinute: g.startMinute, endMinute: g.endMinute, firstWeek: g.firstWeek, lastWeek: g.lastWeek },
    room: g.room,
    capacity: g.capacity,
    plannedHours: Number(g.plannedHours),
    version: g.updatedAt.toISOString(),
    teachers: g.teachers.map((t) => ({ userId: t.userId, name: t.teacher.user.name })).sort((a, b) => collator.compare(a.name, b.name)),
    memberCount: g._count.members,
    sessionCount: g.sessions.length,
    hoursDone: g.sessions.reduce((sum, s) => sum + Number(s.hours), 0),
  };
}

export type GroupView = ReturnType<typeof groupView>;

/** The groups of a school year, period by period, in the order of their slots. */
export async function listYearGroups(tx: Db, options: { establishmentId: string; schoolYear: number }) {
  const groups = await tx.needGroup.findMany({
    where: { establishmentId: options.establishmentId, period: { schoolYear: options.schoolYear } },
    orderBy: [{ weekday: "asc" }, { startMinute: "asc" }, { name: "asc" }],
    select: groupSelect,
  });
  return groups.map(groupView);
}

/** One group with its pupils (each with the reason they are there). */
export async function loadGroup(tx: Db, options: { establishmentId: string; groupId: string }) {
  const group = await tx.needGroup.findUnique({
    where: { establishmentId_id: { establishmentId: options.establishmentId, id: options.groupId } },
    select: {
      ...groupSelect,
      period: { select: { id: true, name: true, schoolYear: true, startsOn: true, endsOn: true } },
      members: {
        select: { reason: true, pupil: { select: { id: true, firstName: true, lastName: true, division: { select: { name: true } } } } },
      },
    },
  });
  if (!group) return null;
  return {
    ...groupView(group),
    period: group.period,
    members: group.members
      .map((m) => ({ pupilId: m.pupil.id, firstName: m.pupil.firstName, lastName: m.pupil.lastName, division: m.pupil.division.name, reason: m.reason }))
      .sort(byPupilName),
  };
}

/** The pupils of a school year, by class then name. */
export async function listYearPupils(tx: Db, options: { establishmentId: string; schoolYear: number }) {
  const pupils = await tx.pupil.findMany({
    where: { establishmentId: options.establishmentId, schoolYear: options.schoolYear },
    select: { id: true, firstName: true, lastName: true, division: { select: { id: true, name: true } } },
  });
  return pupils
    .map((p) => ({ id: p.id, firstName: p.firstName, lastName: p.lastName, divisionId: p.division.id, division: p.division.name }))
    .sort((a, b) => collator.compare(a.division, b.division) || byPupilName(a, b));
}

/** What the assistant works from: the year's pupils, the competencies, and the period's diagnostic. */
export async function loadAssistantInput(
  tx: Db,
  options: { establishmentId: string; schoolYear: number; periodId: string },
): Promise<Omit<AssistantInput, "capacity">> {
  const [pupils, competencies, results] = await Promise.all([
    tx.pupil.findMany({
      where: { establishmentId: options.establishmentId, schoolYear: options.schoolYear },
      select: { id: true, firstName: true, lastName: true, division: { select: { name: true } } },
    }),
    tx.competency.findMany({
      where: { OR: [{ establishmentId: null }, { establishmentId: options.establishmentId }] },
      select: { id: true, label: true, domain: true, position: true },
    }),
    // Thousands of rows for a large school: one plain query, without the client's per-row overhead.
    tx.$queryRaw<{ pupil_id: string; competency_id: string; level: MasteryLevel; tool_label: string | null }[]>`
      SELECT r.pupil_id::text, r.competency_id::text, r.level::text AS level, t.label AS tool_label
      FROM diagnostic_results r LEFT JOIN positioning_tools t ON t.id = r.tool_id
      WHERE r.establishment_id = ${options.establishmentId}::uuid AND r.period_id = ${options.periodId}::uuid`,
  ]);
  return {
    pupils: pupils.map((p) => ({ id: p.id, firstName: p.firstName, lastName: p.lastName, divisionName: p.division.name })),
    competencies,
    results: results.map((r) => ({ pupilId: r.pupil_id, competencyId: r.competency_id, level: r.level, toolLabel: r.tool_label })),
  };
}

/** Everything the rotation page needs for a year (optionally one class). */
export async function loadRotation(tx: Db, options: { establishmentId: string; schoolYear: number; divisionId?: string }) {
  const pupilWhere = {
    establishmentId: options.establishmentId,
    schoolYear: options.schoolYear,
    ...(options.divisionId ? { divisionId: options.divisionId } : {}),
  };
  const [periods, pupils, memberships, results, competencies, divisions] = await Promise.all([
    listTeachingPeriods(tx, options),
    tx.pupil.findMany({ where: pupilWhere, select: { id: true, firstName: true, lastName: true, division: { select: { name: true } } } }),
    tx.needGroupMember.findMany({
      where: { establishmentId: options.establishmentId, pupil: pupilWhere },
      select: { pupilId: true, group: { select: { periodId: true, name: true } } },
    }),
    tx.diagnosticResult.findMany({
      where: { establishmentId: options.establishmentId, pupil: pupilWhere },
      select: { pupilId: true, periodId: true, competencyId: true, level: true },
    }),
    tx.competency.findMany({ where: { OR: [{ establishmentId: null }, { establishmentId: options.establishmentId }] }, select: { id: true, label: true } }),
    tx.division.findMany({ where: { establishmentId: options.establishmentId, schoolYear: options.schoolYear }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    periods,
    divisions,
    pupils: pupils.map((p) => ({ id: p.id, firstName: p.firstName, lastName: p.lastName, division: p.division.name })).sort((a, b) => collator.compare(a.division, b.division) || byPupilName(a, b)),
    memberships: memberships.map((m) => ({ pupilId: m.pupilId, periodId: m.group.periodId, groupName: m.group.name })),
    results: results.map((r) => ({ ...r, level: r.level as MasteryLevel })),
    competencies: new Map(competencies.map((c) => [c.id, c.label])),
  };
}

/** The groups a teacher teaches, of every year, latest period first. */
export async function listTeacherGroups(tx: Db, options: { establishmentId: string; userId: string }) {
  const groups = await tx.needGroup.findMany({
    where: { establishmentId: options.establishmentId, teachers: { some: { userId: options.userId } } },
    orderBy: [{ period: { startsOn: "desc" } }, { weekday: "asc" }, { startMinute: "asc" }],
    select: { ...groupSelect, period: { select: { name: true, schoolYear: true, startsOn: true, endsOn: true } } },
  });
  return groups.map((g) => ({ ...groupView(g), period: g.period }));
}

/** A group's sessions, latest first, with the register of each. */
export async function listGroupSessions(tx: Db, options: { establishmentId: string; groupId: string }) {
  const sessions = await tx.groupSession.findMany({
    where: { establishmentId: options.establishmentId, groupId: options.groupId },
    orderBy: { heldOn: "desc" },
    select: { id: true, heldOn: true, hours: true, attendance: { select: { pupilId: true, status: true } } },
  });
  return sessions.map((s) => ({ id: s.id, heldOn: s.heldOn.toISOString().slice(0, 10), hours: Number(s.hours), attendance: s.attendance }));
}

/** Whether the user teaches the group (teachers see and record only theirs). */
export async function teachesGroup(tx: Db, options: { establishmentId: string; groupId: string; userId: string }) {
  const found = await tx.needGroupTeacher.findUnique({
    where: { establishmentId_groupId_userId: { establishmentId: options.establishmentId, groupId: options.groupId, userId: options.userId } },
    select: { userId: true },
  });
  return found !== null;
}
