// Once per run: check that PostgreSQL answers, then build the migrated template
// that every test file clones.
import { applyMigrations } from "../../prisma/engine";
import { createDatabase, serverUrl, templateName, withServer } from "./postgres";

export default async function globalSetup() {
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
  const url = await createDatabase(templateName);
  await applyMigrations(url);
}
