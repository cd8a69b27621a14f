// Purging a school year's pupils once their retention has passed (see
// retention.ts). Run by the owner's command-line tool in a platform scope;
// cascades take their diagnostics, group places, referents, interviews and
// attendance with them. One audit row per school, with counts only.
import { recordAudit } from "@/features/audit/record";
import type { PrismaClient } from "@/generated/prisma/client";
import { parseSchoolYear } from "@/lib/school-year";
import { runInScope } from "@/server/scoped-transaction";
import { purgeRefusal } from "./retention";

export type PurgeCount = {
  uai: string;
  name: string;
  pupils: number;
  diagnostics: number;
  groupMemberships: number;
  referents: number;
  interviews: number;
  attendance: number;
};

export class PurgeRefusedError extends Error {}

export async function purgePupils(client: PrismaClient, options: { year: number; dryRun: boolean; today: Date }): Promise<PurgeCount[]> {
  const refusal = purgeRefusal(options.year, options.today);
  if (refusal) throw new PurgeRefusedError(refusal);
  const platform = { userId: null, isAdmin: true, readable: [], writable: null };
  return runInScope(client, platform, async (tx) => {
    const schools = await tx.pupil.groupBy({ by: ["establishmentId"], where: { schoolYear: options.year }, _count: { _all: true } });
    const counts: PurgeCount[] = [];
    for (const school of schools) {
      const establishmentId = school.establishmentId;
      const ofYear = { establishmentId, pupil: { schoolYear: options.year } };
      const [establishment, diagnostics, groupMemberships, referents, interviews, attendance] = await Promise.all([
        tx.establishment.findUniqueOrThrow({ where: { id: establishmentId }, select: { uai: true, name: true } }),
        tx.diagnosticResult.count({ where: ofYear }),
        tx.needGroupMember.count({ where: ofYear }),
        tx.pupilReferent.count({ where: ofYear }),
        tx.referentInterview.count({ where: ofYear }),
        tx.sessionAttendance.count({ where: ofYear }),
      ]);
      const count = { uai: establishment.uai, name: establishment.name, pupils: school._count._all, diagnostics, groupMemberships, referents, interviews, attendance };
      counts.push(count);
      if (options.dryRun) continue;
      await tx.pupil.deleteMany({ where: { establishmentId, schoolYear: options.year } });
      await recordAudit(tx, {
        actorId: null,
        establishmentId,
        action: "pupil.purge",
        entity: "pupil",
        entityId: String(options.year),
        summary: { schoolYear: options.year, pupils: count.pupils, diagnostics, groupMemberships, referents, interviews, attendance },
      });
    }
    return counts.sort((a, b) => a.uai.localeCompare(b.uai));
  });
}

/** The command line's options, or the French message saying what is wrong. */
export function parsePurgeArguments(args: string[]): { year: number; dryRun: boolean } | string {
  let year: number | null = null;
  let dryRun = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--dry-run") dryRun = true;
    else if (arg === "--year") year = parseSchoolYear(args[++i] ?? "");
    else if (arg.startsWith("--year=")) year = parseSchoolYear(arg.slice("--year=".length));
    else return `Option inconnue « ${arg} ». Usage : npm run db:purge-pupils -- --year 2024 [--dry-run]`;
  }
  if (year === null) return "Indiquez l'année scolaire à purger : npm run db:purge-pupils -- --year 2024 [--dry-run]";
  return { year, dryRun };
}

