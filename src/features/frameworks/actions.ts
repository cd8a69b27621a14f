"use server";

import { defineAction, onPlatform } from "@/server/action";
import {
  createFrameworkSchema,
  createFrameworkVersionSchema,
  frameworkRefSchema,
  updateFrameworkSchema,
} from "./schemas";
import * as frameworks from "./service";

// Frameworks are the platform's reference data: only administrators change
// them, and schools see the change in their organisation pages.
const revalidate = ["/admin", "/etablissements"];


export const createFramework = defineAction({
  input: createFrameworkSchema,
  revalidate,
  handler: async ({ scope, input }) => onPlatform(scope, (tx, actor) => frameworks.createFramework(tx, actor, input)),
});

export const updateFramework = defineAction({
  input: updateFrameworkSchema,
  revalidate,
  handler: async ({ scope, input }) => onPlatform(scope, (tx, actor) => frameworks.updateFramework(tx, actor, input)),
});

export const createFrameworkVersion = defineAction({
  input: createFrameworkVersionSchema,
  revalidate,
  handler: async ({ scope, input }) => onPlatform(scope, (tx, actor) => frameworks.createFrameworkVersion(tx, actor, input)),
});

export const deleteFramework = defineAction({
  input: frameworkRefSchema,
  revalidate,
  handler: async ({ scope, input }) => onPlatform(scope, (tx, actor) => frameworks.deleteFramework(tx, actor, input)),
});
