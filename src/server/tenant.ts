import "server-only";
import type { DataScope } from "@/features/access/scope";
import { rethrowDatabaseError } from "./database-errors";
import { db } from "./db";
import { runInScope } from "./scoped-transaction";
import type { Db } from "./prisma-client";

/** Runs tenant work in one transaction under the scope's row-level security. */
export async function withScope<T>(scope: DataScope, work: (tx: Db) => Promise<T>): Promise<T> {
  try {
    return await runInScope(db(), scope, work);
  } catch (error) {
    // A transaction cut by a lost connection is rolled back by PostgreSQL; the request answers 503.
    return rethrowDatabaseError(error);
  }
}
