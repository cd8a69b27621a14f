"use server";

import { defineAction, inSchool } from "@/server/action";
import { readPupilFile, type RowError } from "./import";
import { createPupilSchema, deletePupilSchema, importPupilsSchema, previewPupilImportSchema, updatePupilSchema } from "./schemas";
import * as pupils from "./service";

const revalidate = ["/etablissements"];

const PREVIEW_ROWS = 50;

export type PupilImportPreview = {
  totalLines: number;
  importableCount: number;
  errorLineCount: number;
  rows: { line: number; lastName: string; firstName: string; className: string; localId: string | null }[];
  errors: RowError[];
};

export const createPupil = defineAction({
  input: createPupilSchema,
  revalidate,
  handler: async ({ scope, input }) => {
    const pupil = await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => pupils.createPupil(tx, actor, input));
    return { pupilId: pupil.id };
  },
});

export const updatePupil = defineAction({
  input: updatePupilSchema,
  revalidate,
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => pupils.updatePupil(tx, actor, input));
    return null;
  },
});

export const deletePupil = defineAction({
  input: deletePupilSchema,
  revalidate,
  handler: async ({ scope, input }) => {
    await inSchool(scope, input.establishmentId, "establishment.write", (tx, actor) => pupils.deletePupil(tx, actor, input));
    return null;
  },
});

/** Reads the file and says what an import would do. Writes nothing; only those who may import see it. */
export const previewPupilImport = defineAction({
  input: previewPupilImportSchema,
  handler: async ({ scope, input }): Promise<PupilImportPreview> => {
    const { parsed, plan } = await inSchool(scope, input.establishmentId, "establishment.write", async (tx) => {
      const parsed = readPupilFile(new Uint8Array(await input.file.arrayBuffer()));
      const plan = await pupils.planPupilImport(tx, { establishmentId: input.establishmentId, schoolYear: input.schoolYear, ...parsed });
      return { parsed, plan };
    });
    return {
      totalLines: parsed.totalLines,
      importableCount: plan.importable.length,
      errorLineCount: plan.errors.length,
      rows: plan.importable.slice(0, PREVIEW_ROWS).map(({ line, lastName, firstName, className, localId }) => ({ line, lastName, firstName, className, localId })),
      errors: plan.errors,
    };
  },
});

/** Imports the file sent again: read anew here, never taken from the preview the browser holds. */
export const importPupils = defineAction({
  input: importPupilsSchema,
  revalidate,
  handler: async ({ scope, input }) =>
    inSchool(scope, input.establishmentId, "establishment.write", async (tx, actor) => {
      const parsed = readPupilFile(new Uint8Array(await input.file.arrayBuffer()));
      return pupils.importPupils(tx, actor, { establishmentId: input.establishmentId, schoolYear: input.schoolYear, rows: parsed.rows, errors: parsed.errors, mode: input.mode });
    }),
});
