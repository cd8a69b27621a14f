"use server";

import { defineAction, inSchool, onPlatform } from "@/server/action";
import * as act from "./act";
import * as answers from "./answers";
import * as evidence from "./evidence";
import { findGrid } from "./grid-access";
import {
  addActionSchema,
  addKeyDateSchema,
  attachFileSchema,
  answerHistorySchema,
  coachGridSchema,
  createSheetVersionSchema,
  deleteActionSchema,
  deleteKeyDateSchema,
  gridStepSchema,
  linkIndicatorSchema,
  removeEvidenceSchema,
  restoreAnswerSchema,
  returnGridSchema,
  saveAnswerSchema,
  startGridSchema,
  updateActionSchema,
} from "./schemas";
import * as grids from "./service";
import * as sheetVersions from "./sheet-versions";
import * as workflow from "./workflow";

const revalidate = ["/etablissements"];

export const startGrid = defineAction({
  input: startGridSchema,
  revalidate,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => grids.startGrid(tx, actor, input)),
});

/** Autosave: no revalidation, the editor keeps its own state. */
export const saveAnswer = defineAction({
  input: saveAnswerSchema,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => answers.saveAnswer(tx, actor, input)),
});

export const restoreAnswer = defineAction({
  input: restoreAnswerSchema,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => answers.restoreAnswer(tx, actor, input)),
});

export const loadAnswerHistory = defineAction({
  input: answerHistorySchema,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.read", async (tx) => {
      // Another school's grid, or none, answers 404 like everywhere else, not an empty history.
      await findGrid(tx, input.establishmentId, input.gridId);
      return answers.answerHistory(tx, input);
    }),
});

export const submitGrid = defineAction({
  input: gridStepSchema,
  revalidate,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => workflow.moveGrid(tx, actor, "submit", input)),
});

export const validateGrid = defineAction({
  input: gridStepSchema,
  revalidate,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "grid.review", (tx, actor) => workflow.moveGrid(tx, actor, "validate", input)),
});

export const returnGrid = defineAction({
  input: returnGridSchema,
  revalidate,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "grid.review", (tx, actor) => workflow.moveGrid(tx, actor, "return", input)),
});

export const reopenGrid = defineAction({
  input: gridStepSchema,
  revalidate,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "grid.review", (tx, actor) => workflow.moveGrid(tx, actor, "reopen", input)),
});

export const coachGrid = defineAction({
  input: coachGridSchema,
  revalidate,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "grid.coach", (tx, actor) => workflow.coachGrid(tx, actor, input)),
});

export const addGridAction = defineAction({
  input: addActionSchema,
  revalidate,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => act.addAction(tx, actor, input)),
});

export const updateGridAction = defineAction({
  input: updateActionSchema,
  revalidate,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => act.updateAction(tx, actor, input)),
});

export const deleteGridAction = defineAction({
  input: deleteActionSchema,
  revalidate,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => act.deleteAction(tx, actor, input)),
});

export const addKeyDate = defineAction({
  input: addKeyDateSchema,
  revalidate,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => act.addKeyDate(tx, actor, input)),
});

export const deleteKeyDate = defineAction({
  input: deleteKeyDateSchema,
  revalidate,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => act.deleteKeyDate(tx, actor, input)),
});

export const attachEvidenceFile = defineAction({
  input: attachFileSchema,
  revalidate,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => evidence.attachFile(tx, actor, input)),
});

export const linkEvidenceIndicator = defineAction({
  input: linkIndicatorSchema,
  revalidate,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => evidence.linkIndicator(tx, actor, input)),
});

export const removeEvidence = defineAction({
  input: removeEvidenceSchema,
  revalidate,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => evidence.removeEvidence(tx, actor, input)),
});

export const createSheetVersion = defineAction({
  input: createSheetVersionSchema,
  revalidate: ["/admin/grilles"],
  handler: async ({ scope, input }) => onPlatform(scope, (tx, actor) => sheetVersions.createSheetVersion(tx, actor, input)),
});
