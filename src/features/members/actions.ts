"use server";

import { defineAction, inSchool } from "@/server/action";
import { addMemberSchema, changeMemberRoleSchema, removeMemberSchema } from "./schemas";
import * as members from "./service";

export const addMember = defineAction({
  input: addMemberSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    const user = await inSchool(scope, input.establishmentId, "members.manage", (tx, actor) => members.addMember(tx, actor, input));
    return { userId: user.id };
  },
});

export const changeMemberRole = defineAction({
  input: changeMemberRoleSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "members.manage", (tx, actor) => members.changeMemberRole(tx, actor, input));
    return null;
  },
});

export const removeMember = defineAction({
  input: removeMemberSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "members.manage", (tx, actor) => members.removeMember(tx, actor, input));
    return null;
  },
});
