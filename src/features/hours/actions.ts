"use server";

import { defineAction, inSchool } from "@/server/action";
import { saveHoursSchema } from "./schemas";
import * as hours from "./service";

export const saveHours = defineAction({
  input: saveHoursSchema,
  handler: async ({ scope, input }) => {
    return inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => hours.saveHours(tx, actor, input));
  },
});
