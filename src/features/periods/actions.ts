"use server";

import { authorizeSchool, defineAction } from "@/server/action";
import { withScope } from "@/server/tenant";
import { createPeriodSchema, deletePeriodSchema, updatePeriodSchema } from "./schemas";
import * as periods from "./service";

export const createPeriod = defineAction({
  input: createPeriodSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    const { data } = await authorizeSchool(scope, input.establishmentId, "establishment.write");
    return withScope(data, (tx) => periods.createPeriod(tx, { userId: scope.user.id }, input));
  },
});

export const updatePeriod = defineAction({
  input: updatePeriodSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    const { data } = await authorizeSchool(scope, input.establishmentId, "establishment.write");
    await withScope(data, (tx) => periods.updatePeriod(tx, { userId: scope.user.id }, input));
    return null;
  },
});

export const deletePeriod = defineAction({
  input: deletePeriodSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    const { data } = await authorizeSchool(scope, input.establishmentId, "establishment.write");
    await withScope(data, (tx) => periods.deletePeriod(tx, { userId: scope.user.id }, input));
    return null;
  },
});
