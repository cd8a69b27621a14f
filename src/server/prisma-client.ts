// Builds a Prisma client on the pg driver. No "server-only" guard here: the
// command-line tools (migrations, seed, tests) build their clients with it too.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client";

/** What data functions take: the client itself or a transaction opened on it. */
export type Db = Prisma.TransactionClient;

export function createPrismaClient(options: { connectionString: string; poolMax?: number }): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: options.connectionString,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}
