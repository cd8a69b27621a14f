// One school's data out of a database, and into another of the same schema:
//   npm run school:export -- --uai 0210047M [--out fichier.zip]
//   npm run school:import -- fichier.zip
// Both connect with DATABASE_URL as the database's owner (row-level security
// must not hide rows from them). See README, "Sauvegardes / Backups".
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { TransferRefusedError } from "@/features/school-transfer/database";
import { exportSchool } from "@/features/school-transfer/export";
import { importSchool } from "@/features/school-transfer/import";

const usage =
  "Usage : npm run school:export -- --uai 0210047M [--out fichier.zip]\n" + "        npm run school:import -- fichier.zip";

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function stamp(): string {
  return new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url) throw new TransferRefusedError("DATABASE_URL n'est pas défini : indiquez la base (voir .env.example).");
  if (command === "export") {
    const uai = option(args, "--uai");
    if (!uai) throw new TransferRefusedError(`Indiquez l'établissement.\n${usage}`);
    const { zip, manifest } = await exportSchool({ connectionString: url, uai });
    const out = option(args, "--out") ?? path.join("backups", `etablissement-${manifest.establishment.uai}-${stamp()}.zip`);
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFile(out, zip);
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    console.log(
      `${manifest.establishment.uai} ${manifest.establishment.name} exporté dans ${out} : ${rows} ligne(s), ` +
        `${manifest.users} compte(s) sans mot de passe, ${manifest.files} fichier(s), ${(zip.length / 1024).toFixed(0)} Kio.`,
    );
    return;
  }
  if (command === "import") {
    const file = args.find((a) => !a.startsWith("--"));
    if (!file) throw new TransferRefusedError(`Indiquez l'archive à importer.\n${usage}`);
    const zip = await readFile(file).catch(() => {
      throw new TransferRefusedError(`Fichier introuvable ou illisible : ${file}`);
    });
    const report = await importSchool({ connectionString: url, zip });
    const rows = Object.values(report.tables).reduce((a, b) => a + b, 0);
    console.log(
      `${report.uai} ${report.name} importé : ${rows} ligne(s), ${report.usersCreated} compte(s) créé(s) (sans mot de passe), ` +
        `${report.usersMatched} compte(s) existant(s) rattaché(s).`,
    );
    return;
  }
  throw new TransferRefusedError(usage);
}

try {
  await main();
} catch (error) {
  if (!(error instanceof TransferRefusedError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
