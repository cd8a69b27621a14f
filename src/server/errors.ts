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

/** A driver error's fields, wherever they sit in the chain Prisma and the adapter build. */
type ErrorLink = { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown };

/**
 * An error and every error beneath it, once each: its cause, and the driver's
 * error that Prisma keeps in meta.driverAdapterError (whose cause holds
 * PostgreSQL's SQLSTATE as originalCode). Nearest first.
 */
export function* errorChain(error: unknown): Generator<ErrorLink> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const current = queue.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    yield current as ErrorLink;
    const links = current as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    queue.push(links.meta?.driverAdapterError, links.cause);
  }
}

/**
 * PostgreSQL's SQLSTATE of a driver error. Prisma reports a query's failure
 * under a code of its own (a unique violation is P2002 from a model's query,
 * P2010 from a raw one), which is skipped for the driver's beneath it.
 */
export function sqlState(error: unknown): string | undefined {
  for (const link of errorChain(error)) {
    if (typeof link.originalCode === "string" && SQLSTATE.test(link.originalCode)) return link.originalCode;
    if (typeof link.code === "string" && SQLSTATE.test(link.code) && !PRISMA_CODE.test(link.code)) return link.code;
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
