"use server";

import { defineAction, inSchool } from "@/server/action";
import { readDivisionFile, type RowError, type ValidRow } from "./import";
import {
  createDivisionSchema,
  deleteDivisionSchema,
  importDivisionsSchema,
  previewDivisionImportSchema,
  updateDivisionSchema,
} from "./schemas";
import * as divisions from "./service";

const revalidate = ["/etablissements"];

/** Rows of the preview shown to the user; the rest are only counted. */
const PREVIEW_ROWS = 50;

export type DivisionImportPreview = {
  totalLines: number;
  importableCount: number;
  errorLineCount: number;
  rows: ValidRow[];
  errors: RowError[];
  existingNames: string[];
};

export const createDivision = defineAction({
  input: createDivisionSchema,
  revalidate,
  handler: async ({ scope, input }) => {
    const division = await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => divisions.createDivision(tx, actor, input));
    return { divisionId: division.id };
  },
});

export const updateDivision = defineAction({
  input: updateDivisionSchema,
  revalidate,
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => divisions.updateDivision(tx, actor, input));
    return null;
  },
});

export const deleteDivision = defineAction({
  input: deleteDivisionSchema,
  revalidate,
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => divisions.deleteDivision(tx, actor, input));
    return null;
  },
});

/** Reads the file and says what an import would do. Writes nothing, but only those who may import see it. */
export const previewDivisionImport = defineAction({
  input: previewDivisionImportSchema,
  handler: async ({ scope, input }): Promise<DivisionImportPreview> => {
    // Authorized first; the file is read only for those who may import it.
    const { parsed, plan } = await inSchool(scope, input.establishmentId, "establishment.write", async (tx) => {
      const parsed = readDivisionFile(new Uint8Array(await input.file.arrayBuffer()));
      const plan = await divisions.planDivisionImport(tx, { establishmentId: input.establishmentId, schoolYear: input.schoolYear, ...parsed });
      return { parsed, plan };
    });
    return {
      totalLines: parsed.totalLines,
      importableCount: plan.importable.length,
      errorLineCount: plan.errors.length,
      rows: plan.importable.slice(0, PREVIEW_ROWS),
      errors: plan.errors,
      existingNames: plan.existingNames,
    };
  },
});

/** Imports the file sent again: it is read anew here, never taken from the preview the browser holds. */
export const importDivisions = defineAction({
  input: importDivisionsSchema,
  revalidate,
  handler: async ({ scope, input }) => {
    return inSchool(scope, input.establishmentId, "establishment.write", async (tx, actor) => {
      const parsed = readDivisionFile(new Uint8Array(await input.file.arrayBuffer()));
      return divisions.importDivisions(tx, actor, {
        establishmentId: input.establishmentId,
        schoolYear: input.schoolYear,
        rows: parsed.rows,
        errors: parsed.errors,
        mode: input.mode,
      });
    });
  },
});
