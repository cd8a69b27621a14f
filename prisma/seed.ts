import { createEstablishment } from "@/features/establishments/service";
import { hashPassword } from "@/features/identity/passwords";
import { createPrismaClient, type Db } from "@/server/prisma-client";
import { runInScope } from "@/server/scoped-transaction";
import { demoAccounts, demoAcademies, demoPassword } from "./demo-data";

/** Writes the demo data set through the services, so it obeys the same rules as users' input. */
export async function loadDemoData(db: Db): Promise<void> {
  const academyIds = new Map<string, string>();
  const establishmentIds = new Map<string, string>();
  for (const { establishments, ...academy } of demoAcademies) {
    const { id: academyId } = await db.academy.create({ data: academy });
    academyIds.set(academy.code, academyId);
    for (const establishment of establishments) {
      const created = await createEstablishment({ db, input: { ...establishment, academyId } });
      establishmentIds.set(created.uai, created.id);
    }
  }
  const passwordHash = await hashPassword(demoPassword);
  for (const account of demoAccounts) {
    await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        passwordHash,
        isAdmin: account.isAdmin ?? false,
        memberships: {
          create: (account.memberships ?? []).map((m) => ({ role: m.role, establishmentId: establishmentIds.get(m.uai)! })),
        },
        inspectorAssignments: {
          create: (account.inspects ?? []).map((code) => ({ academyId: academyIds.get(code)! })),
        },
      },
    });
  }
}

/** Loads the demo data into an empty database; leaves a database with data untouched. */
export async function seedDemoData(connectionString: string): Promise<"loaded" | "skipped"> {
  const db = createPrismaClient({ connectionString, poolMax: 1 });
  try {
    if ((await db.academy.count()) > 0) return "skipped";
    // As a platform administrator, so that row-level security lets the seed write every school.
    await runInScope(db, { userId: null, isAdmin: true, readable: [], writable: null }, loadDemoData);
    return "loaded";
  } finally {
    await db.$disconnect();
  }
}

export async function hasDemoAccounts(connectionString: string): Promise<boolean> {
  const db = createPrismaClient({ connectionString, poolMax: 1 });
  try {
    return (await db.user.count({ where: { email: demoAccounts[0]!.email } })) > 0;
  } finally {
    await db.$disconnect();
  }
}
