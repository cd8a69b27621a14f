"use server";

import { defineAction, onPlatform } from "@/server/action";
import {
  addMembershipSchema,
  createAcademySchema,
  createEstablishmentSchema,
  createUserSchema,
  inspectorAssignmentSchema,
  removeMembershipSchema,
  setUserPasswordSchema,
  updateAcademySchema,
  updateEstablishmentSchema,
  updateUserSchema,
  userRefSchema,
} from "./schemas";
import * as administration from "./service";


export const createAcademy = defineAction({
  input: createAcademySchema,
  revalidate: ["/admin", "/"],
  handler: async ({ scope, input }) => {
    const academy = await onPlatform(scope, (tx, actor) => administration.createAcademy(tx, actor, input));
    return { id: academy.id, code: academy.code };
  },
});

export const updateAcademy = defineAction({
  input: updateAcademySchema,
  revalidate: ["/admin", "/"],
  handler: async ({ scope, input }) => {
    const academy = await onPlatform(scope, (tx, actor) => administration.updateAcademy(tx, actor, input));
    return { id: academy.id, code: academy.code };
  },
});

export const createEstablishment = defineAction({
  input: createEstablishmentSchema,
  revalidate: ["/admin", "/"],
  handler: async ({ scope, input }) => onPlatform(scope, (tx, actor) => administration.createEstablishment(tx, actor, input)),
});

export const updateEstablishment = defineAction({
  input: updateEstablishmentSchema,
  revalidate: ["/admin", "/"],
  handler: async ({ scope, input }) => onPlatform(scope, (tx, actor) => administration.updateEstablishment(tx, actor, input)),
});

export const createUser = defineAction({
  input: createUserSchema,
  revalidate: ["/admin"],
  handler: async ({ scope, input }) => {
    const user = await onPlatform(scope, (tx, actor) => administration.createUser(tx, actor, input));
    return { id: user.id };
  },
});

export const updateUser = defineAction({
  input: updateUserSchema,
  revalidate: ["/admin"],
  handler: async ({ scope, input }) => {
    await onPlatform(scope, (tx, actor) => administration.updateUser(tx, actor, input));
    return null;
  },
});

export const disableUser = defineAction({
  input: userRefSchema,
  revalidate: ["/admin"],
  handler: async ({ scope, input }) => onPlatform(scope, (tx, actor) => administration.disableUser(tx, actor, input)),
});

export const enableUser = defineAction({
  input: userRefSchema,
  revalidate: ["/admin"],
  handler: async ({ scope, input }) => {
    await onPlatform(scope, (tx, actor) => administration.enableUser(tx, actor, input));
    return null;
  },
});

export const setUserPassword = defineAction({
  input: setUserPasswordSchema,
  revalidate: ["/admin"],
  handler: async ({ scope, input }) => {
    await onPlatform(scope, (tx, actor) => administration.setUserPassword(tx, actor, input));
    return null;
  },
});

export const addMembership = defineAction({
  input: addMembershipSchema,
  revalidate: ["/admin", "/etablissements"],
  handler: async ({ scope, input }) => {
    await onPlatform(scope, (tx, actor) => administration.addMembership(tx, actor, input));
    return null;
  },
});

export const removeMembership = defineAction({
  input: removeMembershipSchema,
  revalidate: ["/admin", "/etablissements"],
  handler: async ({ scope, input }) => {
    await onPlatform(scope, (tx, actor) => administration.removeMembership(tx, actor, input));
    return null;
  },
});

export const assignInspector = defineAction({
  input: inspectorAssignmentSchema,
  revalidate: ["/admin", "/academies"],
  handler: async ({ scope, input }) => {
    await onPlatform(scope, (tx, actor) => administration.assignInspector(tx, actor, input));
    return null;
  },
});

export const unassignInspector = defineAction({
  input: inspectorAssignmentSchema,
  revalidate: ["/admin", "/academies"],
  handler: async ({ scope, input }) => {
    await onPlatform(scope, (tx, actor) => administration.unassignInspector(tx, actor, input));
    return null;
  },
});
