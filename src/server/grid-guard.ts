import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Capability } from "@/features/access/policy";
import { strandFromSlug } from "@/features/frameworks/strands";
import { findPhaseBySlug } from "@/features/pdca/phases";
import { loadGrid } from "@/features/pdca/queries";
import { parseSchoolYear } from "@/lib/school-year";
import { requireSchool } from "./guards";
import { withScope } from "./tenant";

const loadGridOnce = cache(async (uai: string, annee: string, volet: string, capability: Capability) => {
  const access = await requireSchool(uai, capability);
  const year = parseSchoolYear(annee);
  const strand = strandFromSlug(volet);
  if (year === null || !strand) notFound();
  const loaded = await withScope(access.data, (tx) => loadGrid(tx, { establishmentId: access.establishment.id, schoolYear: year, strand }));
  if (!loaded) notFound();
  return { ...access, year, strand, loaded };
});

/** A grid's page: the school as requireSchool checks it, a valid year, an open scheme of that strand (else 404). */
export async function requireGrid(params: Promise<{ uai: string; annee: string; volet: string }>, capability: Capability = "establishment.read") {
  const { uai, annee, volet } = await params;
  return loadGridOnce(uai, annee, volet, capability);
}

/** A phase page of a grid: the phase must be one of the four. */
export async function requireGridPhase(params: Promise<{ uai: string; annee: string; volet: string; phase: string }>) {
  const resolved = await params;
  const phase = findPhaseBySlug(resolved.phase);
  if (!phase) notFound();
  return { ...(await loadGridOnce(resolved.uai, resolved.annee, resolved.volet, "establishment.read")), phase };
}
