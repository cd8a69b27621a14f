import "server-only";
import { env } from "./env";
import { appConnection, createPrismaClient } from "./prisma-client";
import type { PrismaClient } from "../generated/prisma/client";

// One client per server process, connected as the restricted app role; kept
// on globalThis so that `next dev`'s module reloads do not open a new pool.
const holder = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  holder.prisma ??= createPrismaClient({ ...appConnection(env()), poolMax: env().DATABASE_POOL_MAX });
  return holder.prisma;
}
