"use server";

import { canOn, type RequestScope } from "@/features/access/scope";
import { authorizeSchool, defineAction, inSchool } from "@/server/action";
import type { Db } from "@/server/prisma-client";
import { withScope } from "@/server/tenant";
import {
  createGroupSchema,
  deleteGroupSchema,
  deleteSessionSchema,
  recordSessionSchema,
  saveCompositionSchema,
  setMembersSchema,
  updateGroupSchema,
} from "./schemas";
import * as groups from "./service";
import * as sessions from "./sessions";
import type { Recorder } from "./sessions";

export const createGroup = defineAction({
  input: createGroupSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => groups.createGroup(tx, actor, input)),
});

export const updateGroup = defineAction({
  input: updateGroupSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => groups.updateGroup(tx, actor, input));
    return null;
  },
});

export const deleteGroup = defineAction({
  input: deleteGroupSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => groups.deleteGroup(tx, actor, input));
    return null;
  },
});

export const setGroupMembers = defineAction({
  input: setMembersSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => groups.setGroupMembers(tx, actor, input));
    return null;
  },
});

export const saveComposition = defineAction({
  input: saveCompositionSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => groups.saveComposition(tx, actor, input)),
});

/** A session's recorder: the school must allow recording, and the service checks the group is theirs (or that they steer the school). */
async function asRecorder<T>(scope: RequestScope, establishmentId: string, work: (tx: Db, recorder: Recorder) => Promise<T>) {
  const { establishment, data } = await authorizeSchool(scope, establishmentId, "sessions.record");
  const recorder = { userId: scope.user.id, canWriteSchool: canOn(scope, "establishment.write", establishment) };
  return withScope(data, (tx) => work(tx, recorder));
}

export const recordSession = defineAction({
  input: recordSessionSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => asRecorder(scope, input.establishmentId, (tx, recorder) => sessions.recordSession(tx, recorder, input)),
});

export const deleteSession = defineAction({
  input: deleteSessionSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    await asRecorder(scope, input.establishmentId, (tx, recorder) => sessions.deleteSession(tx, recorder, input));
    return null;
  },
});
