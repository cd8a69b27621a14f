// What the capability table says each persona may do on each school: the
// matrix compares every page and action against this, never against itself.
import { capabilities, type Capability, type Role } from "@/features/access/policy";
import type { Persona, SchoolName } from "./world";

const rolesOnSchool: Record<Persona, Partial<Record<SchoolName, Role[]>>> = {
  "coordinator of A": { A: ["COORDINATOR"] },
  "teacher of A": { A: ["TEACHER"] },
  "principal of A": { A: ["PRINCIPAL"] },
  "inspector of X": { A: ["INSPECTOR"], B: ["INSPECTOR"] },
  "inspector of Y": { C: ["INSPECTOR"] },
  admin: { A: ["ADMIN"], B: ["ADMIN"], C: ["ADMIN"] },
  "disabled user": {},
  anonymous: {},
};

export function signedIn(persona: Persona): boolean {
  return persona !== "anonymous" && persona !== "disabled user";
}

export function allowedOnSchool(persona: Persona, school: SchoolName, capability: Capability): boolean {
  const held = rolesOnSchool[persona][school] ?? [];
  return held.some((role) => (capabilities[capability] as readonly Role[]).includes(role));
}

export function allowedOnPlatform(persona: Persona, capability: Capability): boolean {
  return persona === "admin" && (capabilities[capability] as readonly Role[]).includes("ADMIN");
}

export function allowedOnAcademy(persona: Persona, academy: "X" | "Y"): boolean {
  return persona === "admin" || persona === `inspector of ${academy}`;
}
