import "server-only";
import type { DataScope } from "@/features/access/scope";
import { db } from "./db";
import { runInScope } from "./scoped-transaction";
import type { Db } from "./prisma-client";

/** Runs tenant work in one transaction under the scope's row-level security. */
export function withScope<T>(scope: DataScope, work: (tx: Db) => Promise<T>): Promise<T> {
  return runInScope(db(), scope, work);
}
