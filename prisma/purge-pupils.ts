// npm run db:purge-pupils -- --year 2024 [--dry-run]
// Deletes the pupils of a school year (and by cascade their diagnostics, group
// places, referents, interviews and attendance) once their retention has
// passed: from 1 September of year + 2. Prints the counts per school;
// --dry-run counts and changes nothing.
import { PurgeRefusedError, parsePurgeArguments, purgePupils } from "@/features/pupils/purge";
import { schoolYearLabel } from "@/lib/school-year";
import { createPrismaClient } from "@/server/prisma-client";

async function main() {
  const parsed = parsePurgeArguments(process.argv.slice(2));
  if (typeof parsed === "string") {
    console.error(parsed);
    process.exit(1);
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL n'est pas défini : indiquez la base à purger (voir .env.example).");
    process.exit(1);
  }
  const client = createPrismaClient({ connectionString: url, poolMax: 2 });
  try {
    const counts = await purgePupils(client, { ...parsed, today: new Date() });
    const label = schoolYearLabel(parsed.year);
    if (counts.length === 0) console.log(`Aucun élève de ${label} à purger.`);
    for (const c of counts) {
      console.log(
        `${c.uai} ${c.name} : ${c.pupils} élève(s), ${c.diagnostics} résultat(s) de diagnostic, ${c.groupMemberships} place(s) en groupe, ` +
          `${c.referents} référent(s), ${c.interviews} entretien(s), ${c.attendance} présence(s)`,
      );
    }
    const total = counts.reduce((sum, c) => sum + c.pupils, 0);
    console.log(parsed.dryRun ? `Simulation : ${total} élève(s) de ${label} seraient supprimés ; rien n'a été modifié.` : `${total} élève(s) de ${label} supprimé(s).`);
  } catch (error) {
    if (error instanceof PurgeRefusedError) {
      console.error(error.message);
      process.exitCode = 1;
    } else throw error;
  } finally {
    await client.$disconnect();
  }
}

await main();
