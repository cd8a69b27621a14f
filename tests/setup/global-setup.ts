// Once per run: check that PostgreSQL answers, then build the migrated template
// that every test file clones. The template is named after this run, so that
// several runs on one server do not collide.
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../prisma/engine";
import { createDatabase, dropDatabase, serverUrl, withServer } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    templateName: string;
  }
}

export default async function globalSetup(project: TestProject) {
  try {
    await withServer((client) => client.query("SELECT 1"));
  } catch {
    console.error(
      `\nAucun PostgreSQL ne répond à ${serverUrl} : démarrez-en un ` +
        "(pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) " +
        "ou indiquez le vôtre dans TEST_DATABASE_URL.\n",
    );
    process.exit(1);
  }
  const templateName = `boussole_test_template_${process.pid}`;
  const url = await createDatabase(templateName);
  await applyMigrations(url);
  project.provide("templateName", templateName);
  return async () => {
    await dropDatabase(templateName);
  };
}
