"use server";

import { adminDataScope, type RequestScope } from "@/features/access/scope";
import { authorizePlatform, defineAction } from "@/server/action";
import type { Db } from "@/server/prisma-client";
import { withScope } from "@/server/tenant";
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

/** Platform capability first, then the work in the administrator's data scope (every school's schemes are counted). */
function asAdmin<T>(scope: RequestScope, work: (tx: Db, actor: frameworks.Actor) => Promise<T>): Promise<T> {
  authorizePlatform(scope, "platform.admin");
  return withScope(adminDataScope(scope), (tx) => work(tx, { userId: scope.user.id, isAdmin: scope.user.isAdmin }));
}

export const createFramework = defineAction({
  input: createFrameworkSchema,
  revalidate,
  handler: async ({ scope, input }) => asAdmin(scope, (tx, actor) => frameworks.createFramework(tx, actor, input)),
});

export const updateFramework = defineAction({
  input: updateFrameworkSchema,
  revalidate,
  handler: async ({ scope, input }) => asAdmin(scope, (tx, actor) => frameworks.updateFramework(tx, actor, input)),
});

export const createFrameworkVersion = defineAction({
  input: createFrameworkVersionSchema,
  revalidate,
  handler: async ({ scope, input }) => asAdmin(scope, (tx, actor) => frameworks.createFrameworkVersion(tx, actor, input)),
});

export const deleteFramework = defineAction({
  input: frameworkRefSchema,
  revalidate,
  handler: async ({ scope, input }) => asAdmin(scope, (tx, actor) => frameworks.deleteFramework(tx, actor, input)),
});
