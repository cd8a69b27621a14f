// Each integration test file gets its own database, cloned from the migrated
// template, and a Prisma client on it: files never see each other's rows.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { appConnection, createPrismaClient } from "@/server/prisma-client";
import type { PrismaClient } from "@/generated/prisma/client";
import { createDatabase, dropDatabase } from "./postgres";

const name = `boussole_test_w${process.env.VITEST_POOL_ID ?? "0"}_${randomUUID().slice(0, 8)}`;
let client: PrismaClient | undefined;
let url: string | undefined;

let appClient: PrismaClient | undefined;

beforeAll(async () => {
  url = await createDatabase(name, { template: inject("templateName") });
  client = createPrismaClient({ connectionString: url, poolMax: 4 });
  // The app's own code (src/server/db.ts) connects to this file's database as the app role.
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
  const holder = globalThis as { prisma?: PrismaClient };
  await holder.prisma?.$disconnect();
  holder.prisma = undefined;
  // TEST_POOLER_URL (PgBouncer in transaction mode, e2e/two-instances/run.sh): the app role's
  // connections, the app's own and appTestDb(), go through it to this file's database.
  let appUrl = appConnection({ DATABASE_URL: url }).connectionString;
  if (process.env.TEST_POOLER_URL) {
    const pooled = new URL(appUrl);
    pooled.host = new URL(process.env.TEST_POOLER_URL).host;
    appUrl = pooled.toString();
    process.env.APP_DATABASE_URL = appUrl;
  }
  // As the app connects: prepared statements, unless through the pooler (it does not track them).
  appClient = createPrismaClient({ connectionString: appUrl, poolMax: 4, preparedStatements: !process.env.TEST_POOLER_URL });
});

afterAll(async () => {
  const holder = globalThis as { prisma?: PrismaClient };
  await Promise.all([client?.$disconnect(), appClient?.$disconnect(), holder.prisma?.$disconnect()]);
  holder.prisma = undefined;
  await dropDatabase(name);
});

/** A client connected as the restricted app role: row-level security applies to it. */
export function appTestDb(): PrismaClient {
  if (!appClient) throw new Error("appTestDb() is only available inside tests, after beforeAll");
  return appClient;
}

/** The Prisma client on this test file's own database, as its owner (row-level security does not apply). */
export function testDb(): PrismaClient {
  if (!client) throw new Error("testDb() is only available inside tests, after beforeAll");
  return client;
}

export function testDatabaseUrl(): string {
  if (!url) throw new Error("testDatabaseUrl() is only available inside tests, after beforeAll");
  return url;
}
