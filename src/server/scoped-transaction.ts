// The one way into tenant data: a transaction that first tells PostgreSQL the
// request's scope with set_config(..., true) — local to the transaction, so
// nothing leaks to the next user of a pooled connection — and then runs the
// work. Row-level security does the rest. No "server-only" guard: tests call it.
import type { DataScope } from "@/features/access/scope";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { Db } from "./prisma-client";

function setScope(db: Db, scope: DataScope) {
  return db.$executeRaw`SELECT
        set_config('app.user_id', ${scope.userId ?? ""}, true),
        set_config('app.admin', ${scope.isAdmin ? "on" : "off"}, true),
        set_config('app.readable', ${scope.readable.join(",")}, true),
        set_config('app.writable', ${scope.writable ?? ""}, true),
        set_config('app.manageable', ${scope.manageable ?? ""}, true),
        set_config('app.roles', ${(scope.roles ?? []).join(",")}, true)`;
}

export async function runInScope<T>(
  client: PrismaClient,
  scope: DataScope,
  work: (tx: Db) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  return client.$transaction(
    async (tx) => {
      await setScope(tx, scope);
      return work(tx);
    },
    { maxWait: 5_000, timeout: options.timeoutMs ?? 15_000 },
  );
}

type Results<T extends readonly unknown[]> = { -readonly [K in keyof T]: Awaited<T[K]> };

/**
 * Reads that do not depend on each other, in one transaction under the scope,
 * sent as a batch: Prisma spends about 0.6 ms more on each statement of an
 * interactive transaction (runInScope) than on the same statement in a batch
 * (measured: 4 statements 3.1 ms against 1.1 ms through pg or a batch).
 */
export async function readInScope<const T extends readonly Prisma.PrismaPromise<unknown>[]>(
  client: PrismaClient,
  scope: DataScope,
  reads: (db: PrismaClient) => T,
): Promise<Results<T>> {
  const [, ...results] = await client.$transaction([setScope(client, scope), ...reads(client)]);
  return results as Results<T>;
}
