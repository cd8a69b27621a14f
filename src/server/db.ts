import "server-only";
import { env } from "./env";
import { createPrismaClient, type Db } from "./prisma-client";

// One client per server process; kept on globalThis so that `next dev`'s
// module reloads do not open a new pool each time.
const holder = globalThis as unknown as { prisma?: Db };

export function db(): Db {
  holder.prisma ??= createPrismaClient({
    connectionString: env().DATABASE_URL,
    poolMax: env().DATABASE_POOL_MAX,
  });
  return holder.prisma;
}
