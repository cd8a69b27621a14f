// Typed domain errors. Each carries the French sentence a user reads and the
// HTTP status it maps to; anything else is an unexpected error.

export abstract class DomainError extends Error {
  abstract readonly status: number;
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  constructor(message = "Cette page n'existe pas ou vous n'y avez pas accès.") {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  constructor(message = "Vous n'avez pas le droit de faire cette action.") {
    super(message);
  }
}

/** A change refused because the data changed meanwhile, or clashes with other data. */
export class ConflictError extends DomainError {
  readonly status = 409;
  /** What is stored now, for the form to show next to what the user typed. */
  constructor(
    message: string,
    readonly current?: unknown,
  ) {
    super(message);
  }
}

/** Bad input: a message per field, in French. */
export class InvalidInputError extends DomainError {
  readonly status = 400;
  constructor(
    readonly fieldErrors: Record<string, string[]>,
    message = "Certaines informations saisies ne sont pas valides.",
  ) {
    super(message);
  }
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
/** Prisma's own error codes (P1000–P6999), which look like a SQLSTATE; PostgreSQL's own P0 class (PL/pgSQL's RAISE) stays one. */
const PRISMA_CODE = /^P[1-9][0-9]{3}$/;

/**
 * PostgreSQL's SQLSTATE of a driver error, wherever the adapter put it. Prisma
 * reports a query's failure under a code of its own (a unique violation is P2002
 * from a model's query, P2010 from a raw one) and keeps the driver's error in
 * meta.driverAdapterError, whose cause holds the SQLSTATE as originalCode.
 */
export function sqlState(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const candidate = current as { code?: unknown; originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (typeof candidate.originalCode === "string" && SQLSTATE.test(candidate.originalCode)) return candidate.originalCode;
    if (typeof candidate.code === "string" && SQLSTATE.test(candidate.code) && !PRISMA_CODE.test(candidate.code)) return candidate.code;
    current = candidate.meta?.driverAdapterError ?? candidate.cause;
  }
  return undefined;
}

/** Whether a write failed on a unique constraint (PostgreSQL's 23505; Prisma's P2002 when it kept no driver error). */
export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === "23505" || (error as { code?: unknown } | null)?.code === "P2002";
}

/** An InvalidInputError holding every issue of a failed zod parse, by field path. */
export function invalidInputFrom(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  return new InvalidInputError(fields);
}
