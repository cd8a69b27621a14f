"use server";

import { defineAction, inSchool } from "@/server/action";
import { deleteSchemeSchema, openSchemesSchema, updateSchemeSchema } from "./schemas";
import * as schemes from "./service";

export const openSchemes = defineAction({
  input: openSchemesSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    return inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => schemes.openSchemes(tx, actor, input));
  },
});

export const updateScheme = defineAction({
  input: updateSchemeSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => schemes.updateScheme(tx, actor, input));
    return null;
  },
});

export const deleteScheme = defineAction({
  input: deleteSchemeSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => schemes.deleteScheme(tx, actor, input));
    return null;
  },
});
