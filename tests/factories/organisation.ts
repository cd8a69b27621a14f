import type { PrismaClient } from "@/generated/prisma/client";
import { nextSequence } from "./sequence";

/** A school year's organisation written as the owner: two periods, the TVP 2019 schemes, one Bac Pro Seconde. */
export async function insertOrganisation(db: PrismaClient, establishmentId: string, schoolYear = 2026) {
  const framework = await db.framework.findFirstOrThrow({ where: { code: "TVP-2019" }, orderBy: { version: "desc" } });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const p1 = await db.period.create({ data: { establishmentId, schoolYear, name: "Période 1", startsOn: day(`${schoolYear}-09-01`), endsOn: day(`${schoolYear}-10-16`) } });
  const p2 = await db.period.create({ data: { establishmentId, schoolYear, name: "Période 2", startsOn: day(`${schoolYear}-11-02`), endsOn: day(`${schoolYear}-12-18`) } });
  const schemes = await Promise.all(
    (["CONSOLIDATION", "PERSONALISED_SUPPORT", "GUIDANCE"] as const).map((strand) =>
      db.scheme.create({ data: { establishmentId, schoolYear, frameworkId: framework.id, strand } }),
    ),
  );
  const division = await db.division.create({
    data: { establishmentId, schoolYear, name: `2PRO${nextSequence()}`, diploma: "BAC_PRO", yearOfStudy: 1, headcount: 24 },
  });
  return { framework, periods: [p1, p2], schemes, division };
}
