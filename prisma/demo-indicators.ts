// The demo indicators: Le Castel's entered values for 2026-2027 (per period)
// and 2025-2026 (the year), its baselines and targets, written through the
// services; the other schools of the académie of Dijon get a year's figures
// for a few indicators, so that the comparison has something to compare.
import { refreshSummary, saveIndicatorTarget, saveIndicatorValue } from "@/features/indicators/service";
import type { Db } from "@/server/prisma-client";

export async function loadDemoIndicators(
  db: Db,
  options: { establishmentId: string; schoolYear: number; coordinatorId: string; principalId: string; academyEstablishmentIds: string[] },
) {
  const { establishmentId, schoolYear } = options;
  const coordinator = { userId: options.coordinatorId };
  const periods = await db.period.findMany({ where: { establishmentId, schoolYear, kind: "TEACHING" }, orderBy: { startsOn: "asc" }, select: { id: true } });
  const value = (indicatorCode: string, year: number, periodId: string, typed: string, comment = "") =>
    saveIndicatorValue(db, coordinator, { establishmentId, indicatorCode, schoolYear: year, periodId, value: typed, comment, version: "" });

  // Last year, for the year-over-year change.
  await value("ATTENDANCE_RATE", schoolYear - 1, "", "90,5", "Bilan de fin d'année");
  await value("ABSENTEEISM_RATE", schoolYear - 1, "", "8,2");
  await value("DROPOUT_RATE", schoolYear - 1, "", "3,1");
  await value("PUPIL_SATISFACTION", schoolYear - 1, "", "71");
  // This year, period by period.
  const byPeriod: [string, string[]][] = [
    ["ATTENDANCE_RATE", ["91,2", "89,8"]],
    ["ABSENTEEISM_RATE", ["7,5", "9,1"]],
    ["DROPOUT_RATE", ["1,4"]],
  ];
  for (const [code, typed] of byPeriod) {
    for (const [i, text] of typed.entries()) {
      if (periods[i]) await value(code, schoolYear, periods[i]!.id, text, i === 1 && code === "ABSENTEEISM_RATE" ? "Hausse après les vacances de la Toussaint" : "");
    }
  }
  await value("PUPIL_SATISFACTION", schoolYear, "", "78", "Enquête de novembre auprès des élèves de seconde");

  const target = (indicatorCode: string, baseline: string, goal: string, comment = "") =>
    saveIndicatorTarget(db, { userId: options.principalId }, { establishmentId, indicatorCode, schoolYear, baseline, target: goal, comment, version: "" });
  await target("ATTENDANCE_RATE", "90,5", "93", "Contrat d'objectifs 2026-2029");
  await target("ABSENTEEISM_RATE", "8,2", "6");
  await target("DROPOUT_RATE", "3,1", "2");
  await target("PUPIL_SATISFACTION", "71", "80");
  await target("PUPILS_IN_GROUP_SHARE", "", "80");
  await target("GRID_COMPLETION", "", "100");

  // The académie's other schools: a year's figures, varied but fixed.
  const others = options.academyEstablishmentIds.filter((id) => id !== establishmentId);
  for (const [i, id] of others.entries()) {
    await db.indicatorValue.createMany({
      data: [
        { establishmentId: id, indicatorCode: "ATTENDANCE_RATE", schoolYear, value: 88 + i * 1.7 },
        { establishmentId: id, indicatorCode: "ATTENDANCE_RATE", schoolYear: schoolYear - 1, value: 87.5 + i * 1.3 },
        { establishmentId: id, indicatorCode: "DROPOUT_RATE", schoolYear, value: 4.2 - i * 0.6 },
        { establishmentId: id, indicatorCode: "PUPIL_SATISFACTION", schoolYear, value: 64 + i * 4 },
      ],
    });
  }
  for (const year of [schoolYear - 1, schoolYear]) {
    await refreshSummary(db, { establishmentIds: options.academyEstablishmentIds, schoolYear: year });
  }
}
