// What a school's export holds, table by table. No "server-only" guard: the
// owner's command-line tools (npm run school:export / school:import) use it.
//
// Every table with an establishment_id column must be listed here: the export
// refuses to run otherwise (a new table would silently be left behind), and
// tests/integration/school-transfer.integration.test.ts compares this list
// with the catalogue.

/** Columns holding a user's id. Members are exported; other users' ids (an admin, an inspector) are kept as they are. */
export type TenantTable = {
  name: string;
  /** Columns naming a user (remapped when the user already exists in the target under another id). */
  userColumns?: string[];
  /**
   * Rows also written by triggers on other tables (hour_plan_entries by the group sessions' hours):
   * imported last, after the trigger's rows of the school are deleted, so the exported rows win.
   */
  writtenByTriggers?: boolean;
};

/** In an order that satisfies the foreign keys. */
export const tenantTables: TenantTable[] = [
  { name: "memberships", userColumns: ["user_id"] },
  { name: "periods" },
  { name: "divisions" },
  { name: "schemes" },
  { name: "stored_files", userColumns: ["uploaded_by_id"] },
  { name: "competencies" },
  { name: "positioning_tools" },
  { name: "grids" },
  { name: "grid_answers", userColumns: ["updated_by_id"] },
  { name: "grid_answer_revisions", userColumns: ["author_id"] },
  { name: "grid_evidence", userColumns: ["created_by_id"] },
  { name: "grid_events", userColumns: ["author_id"] },
  { name: "grid_actions" },
  { name: "grid_key_dates" },
  { name: "pupils" },
  { name: "diagnostic_results", userColumns: ["recorded_by_id"] },
  { name: "need_groups" },
  { name: "need_group_teachers", userColumns: ["user_id"] },
  { name: "need_group_members" },
  { name: "pupil_referents", userColumns: ["user_id"] },
  { name: "referent_interviews", userColumns: ["user_id"] },
  { name: "steering_settings" },
  { name: "meetings" },
  { name: "group_sessions", userColumns: ["recorded_by_id"] },
  { name: "session_attendance" },
  { name: "hour_plan_entries", writtenByTriggers: true },
  { name: "indicator_values", userColumns: ["entered_by_id"] },
  { name: "indicator_targets", userColumns: ["entered_by_id"] },
  { name: "indicator_summaries" },
  { name: "audit_events", userColumns: ["actor_id"] },
];

/**
 * Tables with an establishment_id that are left out on purpose: bookkeeping that only means
 * something inside the database that wrote it (transaction ids, summary horizons, figures
 * recomputed from the data). The import's own writes mark the school's summaries stale, and the
 * app recomputes them on the first view.
 */
export const derivedTables = ["indicator_changes", "indicator_summary_states", "indicator_period_summaries"];

/**
 * National reference rows (loaded by the migrations, with ids drawn at random in each database)
 * that a school's rows point at: exported with their natural key, matched by it on import.
 */
export type ReferenceTable = {
  name: string;
  /** Columns that identify a row in any database. */
  naturalKey: string[];
  /** The tenant columns pointing at this table's id. */
  referencedBy: { table: string; column: string }[];
  /** Only the national rows (the school's own rows are tenant rows). */
  nationalOnly?: boolean;
};

export const referenceTables: ReferenceTable[] = [
  { name: "frameworks", naturalKey: ["code", "version"], referencedBy: [{ table: "schemes", column: "framework_id" }] },
  { name: "grid_sheets", naturalKey: ["key", "version"], referencedBy: [{ table: "grids", column: "sheet_id" }] },
  {
    name: "competencies",
    naturalKey: ["domain", "label"],
    referencedBy: [{ table: "diagnostic_results", column: "competency_id" }],
    nationalOnly: true,
  },
  {
    name: "positioning_tools",
    naturalKey: ["kind", "label"],
    referencedBy: [{ table: "diagnostic_results", column: "tool_id" }],
    nationalOnly: true,
  },
];

/** Indicators are keyed by their code everywhere: they only need to exist in the target. */
export const indicatorReferences = ["indicator_values", "indicator_targets", "indicator_summaries"];

export const FORMAT = "boussole-school-export";
export const FORMAT_VERSION = 1;

/** Column of stored_files kept out of the JSON: each file's bytes are an entry of the zip. */
export const FILE_CONTENT = { table: "stored_files", column: "content" } as const;
