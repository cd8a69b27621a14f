"use server";

import { defineAction, inSchool } from "@/server/action";
import { createMeetingSchema, deleteMeetingSchema, updateMeetingSchema } from "./schemas";
import * as meetings from "./service";

export const createMeeting = defineAction({
  input: createMeetingSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => meetings.createMeeting(tx, actor, input)),
});

export const updateMeeting = defineAction({
  input: updateMeetingSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => meetings.updateMeeting(tx, actor, input));
    return null;
  },
});

export const deleteMeeting = defineAction({
  input: deleteMeetingSchema,
  revalidate: ["/etablissements"],
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => meetings.deleteMeeting(tx, actor, input));
    return null;
  },
});
