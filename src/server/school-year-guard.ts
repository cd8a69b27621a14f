import "server-only";
import { notFound } from "next/navigation";
import type { Capability } from "@/features/access/policy";
import { parseSchoolYear } from "@/lib/school-year";
import { requireSchool, type SchoolAccess } from "./guards";

/** A page of one school's year: the school as requireSchool checks it, and a valid year (else 404). */
export async function requireSchoolYear(
  params: Promise<{ uai: string; annee: string }>,
  capability: Capability,
): Promise<SchoolAccess & { year: number }> {
  const { uai, annee } = await params;
  const access = await requireSchool(uai, capability);
  const year = parseSchoolYear(annee);
  if (year === null) notFound();
  return { ...access, year };
}
