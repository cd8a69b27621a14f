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

/** Postgres' SQLSTATE of a driver error, wherever the adapter put it. */
export function sqlState(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const candidate = current as { code?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate.code;
    current = candidate.meta?.driverAdapterError ?? candidate.cause;
  }
  return undefined;
}

/** Whether a write failed on a unique constraint (PostgreSQL's 23505, or Prisma's P2002 for it). */
export function isUniqueViolation(error: unknown): boolean {
  const state = sqlState(error);
  return state === "23505" || state === "P2002" || (error as { code?: unknown } | null)?.code === "P2002";
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
