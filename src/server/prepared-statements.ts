// Names for the statements the app sends often, so that each pooled connection
// parses and plans them once (PostgreSQL then reuses the plan): planning the
// dashboard's one statement took longer than running it (about 2.5 ms of
// 5 per view, measured on the bench data at scale M). A statement whose text
// varies with its values (an IN list of $n placeholders, as Prisma writes one
// for `in: [...]`) stays unnamed, and so does any statement past the first
// MAX_NAMED: each name costs every connection a prepared statement.
// Off behind a pooler in transaction mode that does not track them
// (PgBouncer before 1.21): DATABASE_PREPARED_STATEMENTS=0.
import { createHash } from "node:crypto";

const MAX_NAMED = 300;
const VARIABLE_LIST = /\(\s*\$\d+\s*(,\s*\$\d+\s*)+\)/;
const names = new Map<string, string>();

/** The prepared statement's name for a query ("" leaves it unnamed). */
export function preparedStatementName(query: { sql: string; args: readonly unknown[] }): string {
  const known = names.get(query.sql);
  if (known !== undefined) return known;
  // Without parameters pg sends it as a simple query (BEGIN, COMMIT…): nothing to plan again.
  if (query.args.length === 0 || names.size >= MAX_NAMED || VARIABLE_LIST.test(query.sql)) return "";
  const name = `boussole_${createHash("sha1").update(query.sql).digest("hex").slice(0, 20)}`;
  names.set(query.sql, name);
  return name;
}
