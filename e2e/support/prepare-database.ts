// Gives the e2e run a database of its own, freshly migrated and seeded with the demo data.
import pg from "pg";
import { applyMigrations } from "../../prisma/engine";
import { seedDemoData } from "../../prisma/seed";

const url = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/boussole_e2e");
const name = url.pathname.slice(1);
const server = new URL(url);
server.pathname = "/postgres";

const admin = new pg.Client({ connectionString: server.toString() });
await admin.connect();
try {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
} finally {
  await admin.end();
}
await applyMigrations(url.toString());
await seedDemoData(url.toString());
