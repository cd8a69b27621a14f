// npm run db:backup [-- fichier.dump]    pg_dump of DATABASE_URL (custom format), default backups/boussole-<base>-<date>.dump
// npm run db:restore -- fichier.dump     pg_restore into DATABASE_URL, which must be an empty database
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { BackupRefusedError, backupDatabase, restoreDatabase } from "./backup";

function stamp(): string {
  return new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
}

async function main() {
  const [command, file] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url) throw new BackupRefusedError("DATABASE_URL n'est pas défini : indiquez la base (voir .env.example).");
  if (command === "backup") {
    const target = file ?? path.join("backups", `boussole-${new URL(url).pathname.slice(1) || "base"}-${stamp()}.dump`);
    await mkdir(path.dirname(path.resolve(target)), { recursive: true });
    const report = await backupDatabase({ connectionString: url, file: target });
    console.log(
      `Sauvegarde écrite : ${report.file} (${(report.bytes / 1024 / 1024).toFixed(1)} Mio, ${report.tables} tables, environ ${report.rows} lignes).`,
    );
    return;
  }
  if (command === "restore") {
    if (!file) throw new BackupRefusedError("Indiquez la sauvegarde : npm run db:restore -- backups/boussole-….dump");
    const report = await restoreDatabase({ connectionString: url, file });
    console.log(
      `Base restaurée : ${report.tables} tables, sécurité par ligne active sur ${report.protectedTables} tables d'établissement, ` +
        `${report.policies} règles, ${report.appReadableTables} tables lisibles par boussole_app${report.appRoleCreated ? " ; rôle boussole_app créé (donnez-lui un mot de passe)" : ""}.`,
    );
    return;
  }
  throw new BackupRefusedError("Commande inconnue : backup ou restore.");
}

try {
  await main();
} catch (error) {
  if (!(error instanceof BackupRefusedError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
