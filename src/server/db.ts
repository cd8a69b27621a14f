import "server-only";
import { env } from "./env";
import { markDatabaseUnavailable, registerDatabaseProbe } from "./database-availability";
import { rethrowDatabaseError } from "./database-errors";
import { appConnection, createPrismaClient } from "./prisma-client";
import type { PrismaClient } from "../generated/prisma/client";

// One client per server process, connected as the restricted app role; kept
// on globalThis so that `next dev`'s module reloads do not open a new pool.
const holder = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  if (!holder.prisma) {
    const e = env();
    const client = createPrismaClient({
      ...appConnection(e),
      poolMax: e.DATABASE_POOL_MAX,
      preparedStatements: e.DATABASE_PREPARED_STATEMENTS,
      timeouts: {
        connectionTimeoutMs: e.DATABASE_CONNECTION_TIMEOUT_MS,
        idleTimeoutMs: e.DATABASE_IDLE_TIMEOUT_MS,
        statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
        lockTimeoutMs: e.DATABASE_LOCK_TIMEOUT_MS,
        idleInTransactionTimeoutMs: e.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      },
      // A pooled connection dropped by the server (restart, crash): requests get the 503 page until it answers.
      onConnectionLost: markDatabaseUnavailable,
    });
    registerDatabaseProbe(() => client.$queryRaw`SELECT 1`);
    // Every query, in or out of a transaction: "PostgreSQL cannot be reached" becomes a 503 for the request.
    holder.prisma = client.$extends({
      query: {
        async $allOperations({ args, query }) {
          try {
            return await query(args);
          } catch (error) {
            return rethrowDatabaseError(error);
          }
        },
      },
    }) as unknown as PrismaClient;
  }
  return holder.prisma;
}
