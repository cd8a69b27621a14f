// Test data for browser tests: written straight into the e2e database (as its owner).
import { createPrismaClient } from "@/server/prisma-client";

export const e2eDatabaseUrl = process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/boussole_e2e";

export function e2eDb() {
  return createPrismaClient({ connectionString: e2eDatabaseUrl, poolMax: 2 });
}
