import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import type { z } from "zod";
import { adminDataScope, canOn, canOnPlatform, schoolDataScope, type DataScope, type RequestScope } from "@/features/access/scope";
import type { Capability } from "@/features/access/policy";
import { db } from "./db";
import type { Db } from "./prisma-client";
import { withScope } from "./tenant";
import { cleanInput } from "@/lib/input-text";
import { ConflictError, DomainError, InvalidInputError, NotFoundError, invalidInputFrom, isUniqueViolation, sqlState } from "./errors";
import { UNAVAILABLE_MESSAGE, isDatabaseUnavailableError, markDatabaseUnavailable } from "./database-availability";
import { currentScope } from "./guards";
import { refreshSummariesAfterWrite } from "@/features/indicators/refresh-after-write";

import type { ActionResult } from "./action-result";

export type { ActionResult };

// Tests run actions as a given persona by providing the scope the server
// would have resolved from that persona's session.
const providedScope = new AsyncLocalStorage<RequestScope | null>();

export function runAsScope<T>(scope: RequestScope | null, work: () => Promise<T>): Promise<T> {
  return providedScope.run(scope, work);
}

async function scopeOfRequest(): Promise<RequestScope | null> {
  const provided = providedScope.getStore();
  return provided !== undefined ? provided : currentScope();
}

/** A form's fields as an object; a field sent twice is refused rather than guessed. */
function fieldsOf(raw: unknown): unknown {
  if (!(raw instanceof FormData)) return raw;
  const fields: Record<string, FormDataEntryValue> = {};
  for (const key of new Set(raw.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = raw.getAll(key);
    if (values.length > 1) throw new InvalidInputError({ [key]: ["Ce champ a été envoyé plusieurs fois."] });
    // Own property even for "__proto__", so that the strict schema refuses it instead of it setting a prototype.
    Object.defineProperty(fields, key, { value: values[0]!, enumerable: true, writable: true, configurable: true });
  }
  return fields;
}

const FOREIGN_KEY_VIOLATION = "23503";
const WRITTEN_MEANWHILE =
  "Quelqu'un a modifié ces données au même moment : rien n'a été enregistré. Rechargez la page, puis refaites votre saisie.";

/**
 * Every server action is made with this: parse the input with a strict zod
 * schema (unknown fields are refused), require a signed-in user, run the
 * handler (which authorizes on its target, then calls the service), map
 * typed errors to their French message, and hide anything unexpected behind
 * a reference logged on the server.
 */
export function defineAction<Schema extends z.ZodType, T>(spec: {
  input: Schema;
  handler: (context: { scope: RequestScope; input: z.output<Schema> }) => Promise<T>;
  revalidate?: string[];
}): (raw: z.input<Schema> | FormData) => Promise<ActionResult<T>> {
  return async (raw) => {
    try {
      const scope = await scopeOfRequest();
      if (!scope) return { ok: false, status: 401, message: "Votre session a pris fin : reconnectez-vous." };
      const cleaned = cleanInput(fieldsOf(raw));
      if (!cleaned.ok) throw new InvalidInputError({ [cleaned.field]: [cleaned.message] });
      const parsed = spec.input.safeParse(cleaned.value);
      if (!parsed.success) throw invalidInputFrom(parsed.error);
      const data = await spec.handler({ scope, input: parsed.data });
      if (providedScope.getStore() === undefined) {
        for (const path of spec.revalidate ?? []) revalidatePath(path, "layout");
        // The school's indicator summaries, brought up to date after the response.
        const establishmentId = (parsed.data as { establishmentId?: unknown }).establishmentId;
        if (typeof establishmentId === "string") after(() => refreshSummariesAfterWrite(scope, establishmentId));
      }
      return { ok: true, data };
    } catch (error) {
      if (error instanceof DomainError) {
        return {
          ok: false,
          status: error.status,
          message: error.message,
          fieldErrors: error instanceof InvalidInputError ? error.fieldErrors : undefined,
          ...(error instanceof ConflictError && error.current !== undefined ? { current: error.current } : {}),
        };
      }
      if (isDatabaseUnavailableError(error)) {
        markDatabaseUnavailable();
        return { ok: false, status: 503, message: UNAVAILABLE_MESSAGE };
      }
      if (isUniqueViolation(error) || sqlState(error) === FOREIGN_KEY_VIOLATION) {
        // A write that met another one made meanwhile, between the service's checks and its write
        // (a row created, or removed, by someone else): its transaction rolled back, nothing is written.
        return { ok: false, status: 409, message: WRITTEN_MEANWHILE };
      }
      const reference = randomUUID().slice(0, 8);
      console.error(`[action ${reference}]`, error);
      return {
        ok: false,
        status: 500,
        message: `Une erreur inattendue est survenue (référence ${reference}). Réessayez ; si elle persiste, transmettez cette référence à l'assistance.`,
      };
    }
  };
}

/** The school an action targets, if the scope holds the capability there; otherwise NotFound, like a missing one. */
export async function authorizeSchool(
  scope: RequestScope,
  establishmentId: string,
  capability: Capability,
): Promise<{ establishment: { id: string; academyId: string; uai: string }; data: DataScope }> {
  // A member's school is known from the scope (most actions); anyone else's is read.
  const member = scope.memberships.find((m) => m.establishmentId === establishmentId);
  const establishment = member
    ? { id: member.establishmentId, academyId: member.academyId, uai: member.uai }
    : await db().establishment.findUnique({ where: { id: establishmentId }, select: { id: true, academyId: true, uai: true } });
  if (!establishment || !canOn(scope, capability, establishment)) throw new NotFoundError();
  return { establishment, data: schoolDataScope(scope, establishment) };
}

export function authorizePlatform(scope: RequestScope, capability: Capability): void {
  if (!canOnPlatform(scope, capability)) throw new NotFoundError();
}

/** Who acts, as services record it. */
export type Actor = { userId: string; isAdmin: boolean };

const actorOf = (scope: RequestScope): Actor => ({ userId: scope.user.id, isAdmin: scope.user.isAdmin });

/** A school action's work: authorized on its target school, then run in that school's data scope. */
export async function inSchool<T>(
  scope: RequestScope,
  establishmentId: string,
  capability: Capability,
  work: (tx: Db, actor: Actor) => Promise<T>,
): Promise<T> {
  const { data } = await authorizeSchool(scope, establishmentId, capability);
  return withScope(data, (tx) => work(tx, actorOf(scope)));
}

/** A platform administration action's work, in the administrator's data scope. */
export function onPlatform<T>(scope: RequestScope, work: (tx: Db, actor: Actor) => Promise<T>): Promise<T> {
  authorizePlatform(scope, "platform.admin");
  return withScope(adminDataScope(scope), (tx) => work(tx, actorOf(scope)));
}
