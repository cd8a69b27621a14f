import "server-only";
import type { Db } from "@/server/prisma-client";

/** The school's schemes of a year, in the order of their framework's strands. */
export async function listSchemes(tx: Db, options: { establishmentId: string; schoolYear: number }) {
  const schemes = await tx.scheme.findMany({
    where: { establishmentId: options.establishmentId, schoolYear: options.schoolYear },
    select: {
      id: true,
      strand: true,
      pilot: true,
      description: true,
      updatedAt: true,
      framework: { select: { id: true, code: true, version: true, name: true, strands: { select: { kind: true, label: true, position: true } } } },
    },
  });
  return schemes
    .map((scheme) => {
      const strand = scheme.framework.strands.find((s) => s.kind === scheme.strand);
      return { ...scheme, label: strand?.label ?? scheme.strand, position: strand?.position ?? 0 };
    })
    .sort((a, b) => a.position - b.position);
}

/** Frameworks that apply to a school year, for opening its schemes. */
export async function listApplicableFrameworks(tx: Db, schoolYear: number) {
  return tx.framework.findMany({
    where: { firstSchoolYear: { lte: schoolYear }, OR: [{ lastSchoolYear: null }, { lastSchoolYear: { gte: schoolYear } }] },
    orderBy: [{ code: "asc" }, { version: "desc" }],
    select: { id: true, code: true, version: true, name: true, strands: { orderBy: { position: "asc" }, select: { label: true } } },
  });
}

export type SchemeRow = Awaited<ReturnType<typeof listSchemes>>[number];
