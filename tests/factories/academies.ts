import type { Db } from "@/server/prisma-client";
import { nextSequence } from "./sequence";

export type AcademyData = { code: string; name: string };

export function buildAcademy(overrides: Partial<AcademyData> = {}): AcademyData {
  const n = nextSequence();
  // Official codes are two digits; test ones are three base-36 characters, so they never clash with real ones.
  const code = (n % 36 ** 3).toString(36).toUpperCase().padStart(3, "Z");
  return { code, name: `Académie de test ${n}`, ...overrides };
}

export async function insertAcademy(db: Db, overrides: Partial<AcademyData> = {}) {
  return db.academy.create({ data: buildAcademy(overrides) });
}
