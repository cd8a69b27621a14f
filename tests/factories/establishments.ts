import type { EstablishmentKind } from "@/features/establishments/schemas";
import type { Db } from "@/server/prisma-client";
import { uaiCheckLetter } from "@/lib/uai";
import { nextSequence } from "./sequence";

export type EstablishmentData = {
  uai: string;
  name: string;
  city: string;
  kind: EstablishmentKind;
  academyId: string;
};

/** A valid UAI made from seven digits (a random one when none is given). */
export function validUai(digits = String(9_000_000 + nextSequence()).padStart(7, "0")): string {
  return digits + uaiCheckLetter(digits);
}

export function buildEstablishment(
  overrides: Partial<EstablishmentData> & { academyId: string },
): EstablishmentData {
  const n = nextSequence();
  return {
    uai: validUai(),
    name: `Lycée professionnel de test ${n}`,
    city: "Dijon",
    kind: "LP",
    ...overrides,
  };
}

export async function insertEstablishment(
  db: Db,
  overrides: Partial<EstablishmentData> & { academyId: string },
) {
  return db.establishment.create({ data: buildEstablishment(overrides) });
}
