"use server";

import { authorizeSchool, defineAction } from "@/server/action";
import { withScope } from "@/server/tenant";
import { addMemberSchema, changeMemberRoleSchema, removeMemberSchema } from "./schemas";
import * as members from "./service";

export const addMember = defineAction({
  input: addMemberSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    const { data } = await authorizeSchool(scope, input.establishmentId, "members.manage");
    const user = await withScope(data, (tx) => members.addMember(tx, { userId: scope.user.id, isAdmin: scope.user.isAdmin }, input));
    return { userId: user.id };
  },
});

export const changeMemberRole = defineAction({
  input: changeMemberRoleSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    const { data } = await authorizeSchool(scope, input.establishmentId, "members.manage");
    await withScope(data, (tx) => members.changeMemberRole(tx, { userId: scope.user.id, isAdmin: scope.user.isAdmin }, input));
    return null;
  },
});

export const removeMember = defineAction({
  input: removeMemberSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    const { data } = await authorizeSchool(scope, input.establishmentId, "members.manage");
    await withScope(data, (tx) => members.removeMember(tx, { userId: scope.user.id, isAdmin: scope.user.isAdmin }, input));
    return null;
  },
});
