import { ConflictError, InvalidInputError, invalidInputFrom, isUniqueViolation } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import { establishmentInputSchema, type EstablishmentInput } from "./schemas";

/** Validates and stores a new establishment; an invalid UAI never reaches the table. */
export async function createEstablishment(options: { db: Db; input: EstablishmentInput }) {
  const parsed = establishmentInputSchema.safeParse(options.input);
  if (!parsed.success) {
    throw invalidInputFrom(parsed.error);
  }
  const academy = await options.db.academy.findUnique({ where: { id: parsed.data.academyId }, select: { id: true } });
  if (!academy) throw new InvalidInputError({ academyId: ["L'académie est inconnue."] });
  try {
    return await options.db.establishment.create({ data: parsed.data });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(`Un établissement avec l'UAI ${parsed.data.uai} existe déjà.`);
    }
    throw error;
  }
}
