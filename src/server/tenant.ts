import "server-only";
import type { DataScope } from "@/features/access/scope";
import { DatabaseUnavailableError, isDatabaseUnavailableError, markDatabaseUnavailable } from "./database-availability";
import { db } from "./db";
import { runInScope } from "./scoped-transaction";
import type { Db } from "./prisma-client";

/** Runs tenant work in one transaction under the scope's row-level security. */
export async function withScope<T>(scope: DataScope, work: (tx: Db) => Promise<T>): Promise<T> {
  try {
    return await runInScope(db(), scope, work);
  } catch (error) {
    // The transaction is rolled back by PostgreSQL with its connection; pages show the 503 message.
    if (isDatabaseUnavailableError(error)) {
      markDatabaseUnavailable();
      throw new DatabaseUnavailableError(error);
    }
    throw error;
  }
}
