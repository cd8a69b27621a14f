"use server";

import { authorizeSchool, defineAction } from "@/server/action";
import { withScope } from "@/server/tenant";
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
    const { data } = await authorizeSchool(scope, input.establishmentId, "establishment.write");
    const division = await withScope(data, (tx) => divisions.createDivision(tx, { userId: scope.user.id }, input));
    return { divisionId: division.id };
  },
});

export const updateDivision = defineAction({
  input: updateDivisionSchema,
  revalidate,
  handler: async ({ scope, input }) => {
    const { data } = await authorizeSchool(scope, input.establishmentId, "establishment.write");
    await withScope(data, (tx) => divisions.updateDivision(tx, { userId: scope.user.id }, input));
    return null;
  },
});

export const deleteDivision = defineAction({
  input: deleteDivisionSchema,
  revalidate,
  handler: async ({ scope, input }) => {
    const { data } = await authorizeSchool(scope, input.establishmentId, "establishment.write");
    await withScope(data, (tx) => divisions.deleteDivision(tx, { userId: scope.user.id }, input));
    return null;
  },
});

/** Reads the file and says what an import would do. Writes nothing, but only those who may import see it. */
export const previewDivisionImport = defineAction({
  input: previewDivisionImportSchema,
  handler: async ({ scope, input }): Promise<DivisionImportPreview> => {
    const { data } = await authorizeSchool(scope, input.establishmentId, "establishment.write");
    const parsed = readDivisionFile(new Uint8Array(await input.file.arrayBuffer()));
    const plan = await withScope(data, (tx) =>
      divisions.planDivisionImport(tx, { establishmentId: input.establishmentId, schoolYear: input.schoolYear, ...parsed }),
    );
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
    const { data } = await authorizeSchool(scope, input.establishmentId, "establishment.write");
    const parsed = readDivisionFile(new Uint8Array(await input.file.arrayBuffer()));
    return withScope(data, (tx) =>
      divisions.importDivisions(tx, { userId: scope.user.id }, {
        establishmentId: input.establishmentId,
        schoolYear: input.schoolYear,
        rows: parsed.rows,
        errors: parsed.errors,
        mode: input.mode,
      }),
    );
  },
});
