import { isUniqueViolation } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import { nextSequence } from "./sequence";

export type AcademyData = { code: string; name: string };

/** The code of the académie built with sequence number n. Official codes are two digits; test ones are three base-36 characters, so they never clash with real ones. */
export const academyCodeOf = (n: number) => (n % 36 ** 3).toString(36).toUpperCase().padStart(3, "Z");

export function buildAcademy(overrides: Partial<AcademyData> = {}): AcademyData {
  const n = nextSequence();
  return { code: academyCodeOf(n), name: `Académie de test ${n}`, ...overrides };
}

// Three characters give 46,656 codes, shared by every worker and test file of a
// run: the per-process sequence cannot promise that another process has not
// taken one (seen once in a `.ci/run`: "academies_code_key", in the bad-input fuzz test).
// A code or name found taken gives way to the next one.
const ATTEMPTS = 20;

/** A new académie (a generated code or name already taken is replaced by the next). */
export async function insertAcademy(db: Db, overrides: Partial<AcademyData> = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.academy.create({ data: buildAcademy(overrides) });
    } catch (error) {
      if (!isUniqueViolation(error) || Object.keys(overrides).length > 0 || attempt === ATTEMPTS) throw error;
    }
  }
}

/** Académie data that no row holds yet, for an action that creates the académie itself. */
export async function unusedAcademyData(db: Db): Promise<AcademyData> {
  for (let attempt = 1; ; attempt++) {
    const data = buildAcademy();
    const taken = await db.academy.findFirst({ where: { OR: [{ code: data.code }, { name: data.name }] }, select: { id: true } });
    if (!taken || attempt === ATTEMPTS) return data;
  }
}
