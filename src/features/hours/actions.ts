"use server";

import { authorizeSchool, defineAction } from "@/server/action";
import { withScope } from "@/server/tenant";
import { saveHoursSchema } from "./schemas";
import * as hours from "./service";

export const saveHours = defineAction({
  input: saveHoursSchema,
  handler: async ({ scope, input }) => {
    const { data } = await authorizeSchool(scope, input.establishmentId, "establishment.write");
    return withScope(data, (tx) => hours.saveHours(tx, { userId: scope.user.id }, input));
  },
});
