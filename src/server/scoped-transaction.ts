// The one way into tenant data: a transaction that first tells PostgreSQL the
// request's scope with set_config(..., true) — local to the transaction, so
// nothing leaks to the next user of a pooled connection — and then runs the
// work. Row-level security does the rest. The driver adapter sends the scope
// as it opens the transaction (scope-setting-adapter.ts); a client built
// without it gets the same statement here. No "server-only" guard: tests call it.
import type { DataScope } from "@/features/access/scope";
import type { PrismaClient } from "../generated/prisma/client";
import type { Db } from "./prisma-client";
import { openingScope, scopeSettings, type OpeningScope } from "./transaction-scope";

export async function runInScope<T>(
  client: PrismaClient,
  scope: DataScope,
  work: (tx: Db) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  const opening: OpeningScope = { settings: scopeSettings(scope), taken: false };
  return openingScope.run(opening, () =>
    client.$transaction(
      async (tx) => {
        if (!opening.taken) {
          opening.taken = true;
          await tx.$executeRawUnsafe(opening.settings.sql, ...opening.settings.args);
        }
        return work(tx);
      },
      { maxWait: 5_000, timeout: options.timeoutMs ?? 15_000 },
    ),
  );
}
