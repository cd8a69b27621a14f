"use server";

import { defineAction, inSchool } from "@/server/action";
import { deleteIndicatorValueSchema, saveIndicatorTargetSchema, saveIndicatorValueSchema } from "./schemas";
import * as indicators from "./service";

/** A value of an entered indicator: the school's steering team (coordinators). */
export const saveIndicatorValue = defineAction({
  input: saveIndicatorValueSchema,
  handler: ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => indicators.saveIndicatorValue(tx, actor, input)),
});

export const deleteIndicatorValue = defineAction({
  input: deleteIndicatorValueSchema,
  handler: ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => indicators.deleteIndicatorValue(tx, actor, input)),
});

/** A baseline and target: coordinators prepare them, principals commit the school to them. */
export const saveIndicatorTarget = defineAction({
  input: saveIndicatorTargetSchema,
  handler: ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "indicators.target", (tx, actor) => indicators.saveIndicatorTarget(tx, actor, input)),
});
