"use server";

import { canOn, type RequestScope } from "@/features/access/scope";
import { authorizeSchool, defineAction, inSchool } from "@/server/action";
import type { Db } from "@/server/prisma-client";
import { withScope } from "@/server/tenant";
import { addInterviewSchema, assignClassReferentSchema, assignReferentSchema, caseloadLimitSchema, deleteInterviewSchema } from "./schemas";
import * as referents from "./service";

export const assignReferent = defineAction({
  input: assignReferentSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => referents.assignReferent(tx, actor, input));
    return null;
  },
});

export const assignClassReferent = defineAction({
  input: assignClassReferentSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => referents.assignClassReferent(tx, actor, input)),
});

export const setCaseloadLimit = defineAction({
  input: caseloadLimitSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => referents.setCaseloadLimit(tx, actor, input));
    return null;
  },
});

async function asFollower<T>(scope: RequestScope, establishmentId: string, work: (tx: Db, follower: referents.Follower) => Promise<T>) {
  const { establishment, data } = await authorizeSchool(scope, establishmentId, "sessions.record");
  const follower = { userId: scope.user.id, canWriteSchool: canOn(scope, "establishment.write", establishment) };
  return withScope(data, (tx) => work(tx, follower));
}

export const addInterview = defineAction({
  input: addInterviewSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    await asFollower(scope, input.establishmentId, (tx, follower) => referents.addInterview(tx, follower, input));
    return null;
  },
});

export const deleteInterview = defineAction({
  input: deleteInterviewSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    await asFollower(scope, input.establishmentId, (tx, follower) => referents.deleteInterview(tx, follower, input));
    return null;
  },
});
