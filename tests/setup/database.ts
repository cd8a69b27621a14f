// Each integration test file gets its own database, cloned from the migrated
// template, and a Prisma client on it: files never see each other's rows.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { createPrismaClient } from "@/server/prisma-client";
import type { PrismaClient } from "@/generated/prisma/client";
import { createDatabase, dropDatabase, templateName } from "./postgres";

const name = `boussole_test_w${process.env.VITEST_POOL_ID ?? "0"}_${randomUUID().slice(0, 8)}`;
let client: PrismaClient | undefined;
let url: string | undefined;

beforeAll(async () => {
  url = await createDatabase(name, { template: templateName });
  client = createPrismaClient({ connectionString: url, poolMax: 4 });
});

afterAll(async () => {
  await client?.$disconnect();
  await dropDatabase(name);
});

/** The Prisma client on this test file's own database. */
export function testDb(): PrismaClient {
  if (!client) throw new Error("testDb() is only available inside tests, after beforeAll");
  return client;
}

export function testDatabaseUrl(): string {
  if (!url) throw new Error("testDatabaseUrl() is only available inside tests, after beforeAll");
  return url;
}
