// Who may do what: one table, read by every page and action.

export const roles = ["COORDINATOR", "TEACHER", "PRINCIPAL", "INSPECTOR", "ADMIN"] as const;
export type Role = (typeof roles)[number];
export type SchoolRole = Extract<Role, "COORDINATOR" | "TEACHER" | "PRINCIPAL">;

export const roleLabels: Record<Role, string> = {
  COORDINATOR: "Coordonnateur",
  TEACHER: "Professeur",
  PRINCIPAL: "Chef d'établissement",
  INSPECTOR: "Inspecteur",
  ADMIN: "Administrateur",
};

export const capabilities = {
  /** Open a school's pages. */
  "establishment.read": ["COORDINATOR", "TEACHER", "PRINCIPAL", "INSPECTOR", "ADMIN"],
  /** Change a school's steering work (grids, groups, hours…). */
  "establishment.write": ["COORDINATOR", "ADMIN"],
  /** Validate a school's PDCA grid, return it with a comment, reopen it. */
  "grid.review": ["PRINCIPAL", "ADMIN"],
  /** Comment a school's PDCA grid without editing it (coaching). */
  "grid.coach": ["INSPECTOR", "ADMIN"],
  /** Read the school's organisation of a year: periods, classes, schemes, hour plan. */
  "organisation.read": ["COORDINATOR", "TEACHER", "PRINCIPAL", "ADMIN"],
  /** Read need groups with their pupils, referents, rotation paths and meetings (staff only: pupils' names). */
  "groups.read": ["COORDINATOR", "TEACHER", "PRINCIPAL", "ADMIN"],
  /** Record a group's sessions and attendance, a referent's interviews (teachers: their own groups and pupils). */
  "sessions.record": ["COORDINATOR", "TEACHER", "ADMIN"],
  /** Read the school's pupils and their diagnostics (names, rows): staff only, never inspectors. */
  "pupils.read": ["COORDINATOR", "TEACHER", "PRINCIPAL", "ADMIN"],
  /** Enter pupils' diagnostics (a teacher too; coordinators and admins through establishment.write). */
  "diagnostics.write": ["COORDINATOR", "TEACHER", "ADMIN"],
  /** Read the school's indicators dashboard (inspectors: aggregates, counts under 5 hidden). */
  "indicators.read": ["COORDINATOR", "PRINCIPAL", "INSPECTOR", "ADMIN"],
  /** Open the indicators' entry page and set baselines and targets (values themselves: establishment.write). */
  "indicators.target": ["COORDINATOR", "PRINCIPAL", "ADMIN"],
  /** See who belongs to the school. */
  "members.read": ["COORDINATOR", "PRINCIPAL", "ADMIN"],
  /** Add, change and remove the school's members. */
  "members.manage": ["PRINCIPAL", "ADMIN"],
  /** Read the school's audit log. */
  "audit.read": ["PRINCIPAL", "ADMIN"],
  /** Open an académie's overview of its schools. */
  "academy.read": ["INSPECTOR", "ADMIN"],
  /** Manage académies, schools, accounts and frameworks. */
  "platform.admin": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof capabilities;

export function roleCan(role: Role, capability: Capability): boolean {
  return (capabilities[capability] as readonly Role[]).includes(role);
}
