import "server-only";
import type { Db } from "@/server/prisma-client";
import { DEFAULT_CASELOAD_LIMIT } from "./caseload";

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

export async function caseloadLimitOf(tx: Db, establishmentId: string): Promise<number> {
  const settings = await tx.steeringSettings.findUnique({ where: { establishmentId }, select: { referentCaseloadLimit: true } });
  return settings?.referentCaseloadLimit ?? DEFAULT_CASELOAD_LIMIT;
}

/** The year's referents: who follows whom (for caseloads), and one class's pupils in detail. */
export async function loadReferents(tx: Db, options: { establishmentId: string; schoolYear: number; divisionId?: string }) {
  const [assignments, divisions] = await Promise.all([
    tx.pupilReferent.findMany({
      where: { establishmentId: options.establishmentId, pupil: { schoolYear: options.schoolYear } },
      select: { userId: true },
    }),
    tx.division.findMany({
      where: { establishmentId: options.establishmentId, schoolYear: options.schoolYear },
      orderBy: { name: "asc" },
      select: { id: true, name: true, _count: { select: { pupils: true } } },
    }),
  ]);
  const division = divisions.find((d) => d.id === options.divisionId) ?? divisions[0] ?? null;
  const pupils = division
    ? await tx.pupil.findMany({
        where: { establishmentId: options.establishmentId, divisionId: division.id },
        select: {
          id: true,
          firstName: true,
          lastName: true,
          referent: { select: { userId: true } },
          interviews: { orderBy: { heldOn: "desc" }, select: { id: true, heldOn: true, subject: true } },
        },
      })
    : [];
  return {
    assignments,
    divisions: divisions.map((d) => ({ id: d.id, name: d.name, pupils: d._count.pupils })),
    division,
    pupils: pupils
      .map((p) => ({
        id: p.id,
        firstName: p.firstName,
        lastName: p.lastName,
        referentId: p.referent?.userId ?? null,
        interviews: p.interviews.map((i) => ({ id: i.id, heldOn: i.heldOn.toISOString().slice(0, 10), subject: i.subject })),
      }))
      .sort((a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName)),
  };
}

/** The pupils a teacher is the referent of, with their interviews, for the teacher's own page. */
export async function listFollowedPupils(tx: Db, options: { establishmentId: string; userId: string; schoolYear: number }) {
  const pupils = await tx.pupil.findMany({
    where: { establishmentId: options.establishmentId, schoolYear: options.schoolYear, referent: { is: { userId: options.userId } } },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      division: { select: { name: true } },
      interviews: { orderBy: { heldOn: "desc" }, select: { id: true, heldOn: true, subject: true } },
    },
  });
  return pupils
    .map((p) => ({
      id: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      division: p.division.name,
      interviews: p.interviews.map((i) => ({ id: i.id, heldOn: i.heldOn.toISOString().slice(0, 10), subject: i.subject })),
    }))
    .sort((a, b) => collator.compare(a.division, b.division) || collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName));
}
