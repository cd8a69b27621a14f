// The one way into tenant data: a transaction that first tells PostgreSQL the
// request's scope with set_config(..., true) — local to the transaction, so
// nothing leaks to the next user of a pooled connection — and then runs the
// work. Row-level security does the rest. No "server-only" guard: tests call it.
import type { DataScope } from "@/features/access/scope";
import type { PrismaClient } from "../generated/prisma/client";
import type { Db } from "./prisma-client";

export async function runInScope<T>(
  client: PrismaClient,
  scope: DataScope,
  work: (tx: Db) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  return client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT
        set_config('app.user_id', ${scope.userId ?? ""}, true),
        set_config('app.admin', ${scope.isAdmin ? "on" : "off"}, true),
        set_config('app.readable', ${scope.readable.join(",")}, true),
        set_config('app.writable', ${scope.writable ?? ""}, true),
        set_config('app.manageable', ${scope.manageable ?? ""}, true),
        set_config('app.roles', ${(scope.roles ?? []).join(",")}, true)`;
      return work(tx);
    },
    { maxWait: 5_000, timeout: options.timeoutMs ?? 15_000 },
  );
}
