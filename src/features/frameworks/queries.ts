import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { z } from "@/lib/zod-fr";
import type { Db } from "@/server/prisma-client";
import { diplomas, yearsOfStudy } from "./diplomas";
import { pickInForce } from "./in-force";
import { frameworkRevision } from "./revision";
import { cycleTotals } from "./totals";

// Reads of the regulatory frameworks. They are reference data, shared by every
// school (no row-level security on them); the number of schemes using one is
// only complete in an administrator's data scope.

const frameworkSelect = {
  id: true,
  code: true,
  version: true,
  name: true,
  firstSchoolYear: true,
  lastSchoolYear: true,
  source: true,
  createdAt: true,
  strands: { orderBy: [{ position: "asc" }, { kind: "asc" }], select: { kind: true, label: true, position: true } },
  volumes: { select: { diploma: true, yearOfStudy: true, hours: true, weeklyHours: true, note: true } },
} satisfies Prisma.FrameworkSelect;

type FrameworkRecord = Prisma.FrameworkGetPayload<{ select: typeof frameworkSelect }>;

const decimal = (value: Prisma.Decimal | null) => (value === null ? null : value.toNumber());

/** A framework with plain numbers, its volumes in the order pupils go through the years, its cycle totals and its revision. */
function toView(record: FrameworkRecord) {
  const volumes = record.volumes
    .map((v) => ({ diploma: v.diploma, yearOfStudy: v.yearOfStudy, hours: decimal(v.hours), weeklyHours: decimal(v.weeklyHours), note: v.note }))
    .sort(
      (a, b) =>
        diplomas.indexOf(a.diploma) - diplomas.indexOf(b.diploma) ||
        yearsOfStudy[a.diploma].indexOf(a.yearOfStudy) - yearsOfStudy[b.diploma].indexOf(b.yearOfStudy),
    );
  const content = { ...record, volumes };
  return { ...content, totals: cycleTotals(volumes), revision: frameworkRevision(content) };
}

export type FrameworkView = ReturnType<typeof toView>;
export type FrameworkRow = FrameworkView & { schemes: number };

/** Every framework and every version of it, by code then newest version first, with the number of schemes using each. */
export async function listFrameworks(tx: Db): Promise<FrameworkRow[]> {
  const rows = await tx.framework.findMany({
    orderBy: [{ code: "asc" }, { version: "desc" }],
    select: { ...frameworkSelect, _count: { select: { schemes: true } } },
  });
  return rows.map(({ _count, ...record }) => ({ ...toView(record), schemes: _count.schemes }));
}

/** One framework version with the other versions of its code; null for a malformed or unknown id. */
export async function getFramework(tx: Db, id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  const record = await tx.framework.findUnique({
    where: { id },
    select: { ...frameworkSelect, _count: { select: { schemes: true } } },
  });
  if (!record) return null;
  const { _count, ...rest } = record;
  const versions = await tx.framework.findMany({
    where: { code: record.code },
    orderBy: { version: "desc" },
    select: { id: true, version: true, firstSchoolYear: true, lastSchoolYear: true, _count: { select: { schemes: true } } },
  });
  return {
    ...toView(rest),
    schemes: _count.schemes,
    versions: versions.map(({ _count: count, ...v }) => ({ ...v, schemes: count.schemes })),
  };
}

export type FrameworkDetail = NonNullable<Awaited<ReturnType<typeof getFramework>>>;

/**
 * The frameworks in force for a school year: for each code, the highest
 * version whose [firstSchoolYear, lastSchoolYear] holds the year.
 */
export async function frameworksInForce(tx: Db, year: number): Promise<FrameworkView[]> {
  const candidates = await tx.framework.findMany({
    where: { firstSchoolYear: { lte: year }, OR: [{ lastSchoolYear: null }, { lastSchoolYear: { gte: year } }] },
    orderBy: [{ code: "asc" }, { version: "desc" }],
    select: frameworkSelect,
  });
  return pickInForce(candidates, year).map(toView);
}

/** One framework version as the service compares and copies it; null when unknown. */
export async function loadFramework(tx: Db, id: string): Promise<FrameworkView | null> {
  const record = await tx.framework.findUnique({ where: { id }, select: frameworkSelect });
  return record ? toView(record) : null;
}
