"use server";

import { authorizeSchool, defineAction } from "@/server/action";
import { withScope } from "@/server/tenant";
import { deleteSchemeSchema, openSchemesSchema, updateSchemeSchema } from "./schemas";
import * as schemes from "./service";

export const openSchemes = defineAction({
  input: openSchemesSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    const { data } = await authorizeSchool(scope, input.establishmentId, "establishment.write");
    return withScope(data, (tx) => schemes.openSchemes(tx, { userId: scope.user.id }, input));
  },
});

export const updateScheme = defineAction({
  input: updateSchemeSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    const { data } = await authorizeSchool(scope, input.establishmentId, "establishment.write");
    await withScope(data, (tx) => schemes.updateScheme(tx, { userId: scope.user.id }, input));
    return null;
  },
});

export const deleteScheme = defineAction({
  input: deleteSchemeSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    const { data } = await authorizeSchool(scope, input.establishmentId, "establishment.write");
    await withScope(data, (tx) => schemes.deleteScheme(tx, { userId: scope.user.id }, input));
    return null;
  },
});
