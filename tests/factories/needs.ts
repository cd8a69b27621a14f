// Pupils, need groups and diagnostics for the tests of groups, referents and
// meetings, written as the owner (row-level security does not apply).
import type { PrismaClient } from "@/generated/prisma/client";
import type { MasteryLevel, NeedGroupKind } from "@/generated/prisma/enums";
import { nextSequence } from "./sequence";

const firstNames = ["Léa", "Hugo", "Inès", "Noah", "Jade", "Louis", "Chloé", "Adam", "Manon", "Rayan", "Lina", "Ethan"];
const lastNames = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent"];

export async function insertPupil(
  db: PrismaClient,
  data: { establishmentId: string; divisionId: string; schoolYear?: number; firstName?: string; lastName?: string },
) {
  const n = nextSequence();
  return db.pupil.create({
    data: {
      establishmentId: data.establishmentId,
      divisionId: data.divisionId,
      schoolYear: data.schoolYear ?? 2026,
      firstName: data.firstName ?? firstNames[n % firstNames.length]!,
      lastName: data.lastName ?? `${lastNames[n % lastNames.length]!}-${n}`,
    },
  });
}

/** `count` pupils of one class, named uniquely. */
export async function insertPupils(db: PrismaClient, data: { establishmentId: string; divisionId: string; schoolYear?: number }, count: number) {
  const rows = Array.from({ length: count }, () => {
    const n = nextSequence();
    return {
      establishmentId: data.establishmentId,
      divisionId: data.divisionId,
      schoolYear: data.schoolYear ?? 2026,
      firstName: firstNames[n % firstNames.length]!,
      lastName: `${lastNames[n % lastNames.length]!}-${n}`,
    };
  });
  return db.pupil.createManyAndReturn({ data: rows });
}

export async function insertNeedGroup(
  db: PrismaClient,
  data: {
    establishmentId: string;
    periodId: string;
    schemeId: string;
    name?: string;
    kind?: NeedGroupKind;
    weekday?: number;
    startMinute?: number;
    endMinute?: number;
    firstWeek?: number | null;
    lastWeek?: number | null;
    room?: string;
    capacity?: number;
    teacherIds?: string[];
    pupilIds?: string[];
  },
) {
  return db.needGroup.create({
    data: {
      establishmentId: data.establishmentId,
      periodId: data.periodId,
      schemeId: data.schemeId,
      name: data.name ?? `Groupe ${nextSequence()}`,
      kind: data.kind ?? "REMEDIATION",
      weekday: data.weekday ?? 1,
      startMinute: data.startMinute ?? 600,
      endMinute: data.endMinute ?? 660,
      firstWeek: data.firstWeek ?? null,
      lastWeek: data.lastWeek ?? null,
      room: data.room ?? "",
      capacity: data.capacity ?? 12,
      teachers: { create: (data.teacherIds ?? []).map((userId) => ({ userId })) },
      members: { create: (data.pupilIds ?? []).map((pupilId) => ({ pupilId, reason: "Placé par le test" })) },
    },
  });
}

/** A competency of the national catalogue, by its label. */
export async function competencyByLabel(db: PrismaClient, label: string) {
  return db.competency.findFirstOrThrow({ where: { establishmentId: null, label } });
}

export async function insertDiagnostic(
  db: PrismaClient,
  data: { establishmentId: string; periodId: string; pupilId: string; competencyId: string; level: MasteryLevel; toolId?: string | null },
) {
  return db.diagnosticResult.create({ data: { ...data, toolId: data.toolId ?? null } });
}
