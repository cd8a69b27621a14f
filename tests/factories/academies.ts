import type { Db } from "@/server/prisma-client";
import { nextSequence } from "./sequence";

export type AcademyData = { code: string; name: string };

export function buildAcademy(overrides: Partial<AcademyData> = {}): AcademyData {
  const n = nextSequence();
  return { code: `T${(n % 100).toString().padStart(2, "0")}`, name: `Académie de test ${n}`, ...overrides };
}

export async function insertAcademy(db: Db, overrides: Partial<AcademyData> = {}) {
  return db.academy.create({ data: buildAcademy(overrides) });
}
