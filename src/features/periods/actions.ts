"use server";

import { defineAction, inSchool } from "@/server/action";
import { createPeriodSchema, deletePeriodSchema, updatePeriodSchema } from "./schemas";
import * as periods from "./service";

export const createPeriod = defineAction({
  input: createPeriodSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    return inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => periods.createPeriod(tx, actor, input));
  },
});

export const updatePeriod = defineAction({
  input: updatePeriodSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => periods.updatePeriod(tx, actor, input));
    return null;
  },
});

export const deletePeriod = defineAction({
  input: deletePeriodSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => periods.deletePeriod(tx, actor, input));
    return null;
  },
});
