"use server";

import { defineAction, inSchool } from "@/server/action";
import { archiveCompetencySchema, archiveToolSchema, createCompetencySchema, createToolSchema, saveDiagnosticsSchema } from "./schemas";
import * as diagnostics from "./service";

const revalidate = ["/etablissements"];

export const createCompetency = defineAction({
  input: createCompetencySchema,
  revalidate,
  handler: async ({ scope, input }) => {
    const competency = await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => diagnostics.createCompetency(tx, actor, input));
    return { competencyId: competency.id };
  },
});

export const archiveCompetency = defineAction({
  input: archiveCompetencySchema,
  revalidate,
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => diagnostics.archiveCompetency(tx, actor, input));
    return null;
  },
});

export const createTool = defineAction({
  input: createToolSchema,
  revalidate,
  handler: async ({ scope, input }) => {
    const tool = await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => diagnostics.createTool(tx, actor, input));
    return { toolId: tool.id };
  },
});

export const archiveTool = defineAction({
  input: archiveToolSchema,
  revalidate,
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => diagnostics.archiveTool(tx, actor, input));
    return null;
  },
});

/** One save of a class's table: the changed cells, each with the version the user saw. Teachers may save too. */
export const saveDiagnostics = defineAction({
  input: saveDiagnosticsSchema,
  revalidate,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "diagnostics.write", (tx, actor) => diagnostics.saveDiagnostics(tx, actor, input)),
});
