import { createEstablishment } from "@/features/establishments/service";
import { createPrismaClient, type Db } from "@/server/prisma-client";
import { demoAcademies } from "./demo-data";

/** Writes the demo data set through the services, so it obeys the same rules as users' input. */
export async function loadDemoData(db: Db): Promise<void> {
  for (const { establishments, ...academy } of demoAcademies) {
    const { id: academyId } = await db.academy.create({ data: academy });
    for (const establishment of establishments) {
      await createEstablishment({ db, input: { ...establishment, academyId } });
    }
  }
}

/** Loads the demo data into an empty database; leaves a database with data untouched. */
export async function seedDemoData(connectionString: string): Promise<"loaded" | "skipped"> {
  const db = createPrismaClient({ connectionString, poolMax: 1 });
  try {
    if ((await db.academy.count()) > 0) return "skipped";
    await db.$transaction(async (tx) => loadDemoData(tx), { timeout: 60_000 });
    return "loaded";
  } finally {
    await db.$disconnect();
  }
}
