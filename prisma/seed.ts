import { createEstablishment } from "@/features/establishments/service";
import { hashPassword } from "@/features/identity/passwords";
import { createPrismaClient, type Db } from "@/server/prisma-client";
import { runInScope } from "@/server/scoped-transaction";
import { demoAccounts, demoAcademies, demoOrganisation, demoPassword } from "./demo-data";
import { loadDemoGrid } from "./demo-grid";
import { loadDemoGroups } from "./demo-groups";
import { loadDemoIndicators } from "./demo-indicators";
import { loadDemoPupils } from "./demo-pupils";

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
  await loadDemoOrganisation(db, establishmentIds);
  const passwordHash = await hashPassword(demoPassword);
  const userIds = new Map<string, string>();
  for (const account of demoAccounts) {
    const user = await db.user.create({
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
    userIds.set(account.email, user.id);
  }
  await loadDemoGrid(db, {
    establishmentId: establishmentIds.get(demoOrganisation.uai)!,
    schoolYear: demoOrganisation.schoolYear,
    coordinatorId: userIds.get("coordo.castel@ac-dijon.example")!,
  });
  await loadDemoGroups(db, {
    establishmentId: establishmentIds.get(demoOrganisation.uai)!,
    schoolYear: demoOrganisation.schoolYear,
    coordinatorId: userIds.get("coordo.castel@ac-dijon.example")!,
    teacherId: userIds.get("prof.castel@ac-dijon.example")!,
    periodName: demoOrganisation.periods[0].name,
    secondPeriodName: demoOrganisation.periods[1].name,
  });
  await loadDemoIndicators(db, {
    establishmentId: establishmentIds.get(demoOrganisation.uai)!,
    schoolYear: demoOrganisation.schoolYear,
    coordinatorId: userIds.get("coordo.castel@ac-dijon.example")!,
    principalId: userIds.get("proviseur.castel@ac-dijon.example")!,
    academyEstablishmentIds: demoAcademies.find((a) => a.code === "07")!.establishments.map((e) => establishmentIds.get(e.uai)!),
  });
}

/** The demo school's periods, schemes, classes and planned hours, delivered for the ended periods. */
async function loadDemoOrganisation(db: Db, establishmentIds: Map<string, string>): Promise<void> {
  const o = demoOrganisation;
  const establishmentId = establishmentIds.get(o.uai)!;
  const framework = await db.framework.findFirstOrThrow({ where: { code: o.framework }, orderBy: { version: "desc" }, select: { id: true } });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const periods: { id: string; endsOn: Date }[] = [];
  for (const p of o.periods) {
    periods.push(await db.period.create({ data: { establishmentId, schoolYear: o.schoolYear, name: p.name, startsOn: day(p.startsOn), endsOn: day(p.endsOn) } }));
  }
  await db.period.createMany({
    data: o.holidays.map((h) => ({ establishmentId, schoolYear: o.schoolYear, kind: "HOLIDAY" as const, name: h.name, startsOn: day(h.startsOn), endsOn: day(h.endsOn) })),
  });
  const strands = ["CONSOLIDATION", "PERSONALISED_SUPPORT", "GUIDANCE"] as const;
  const schemes: { id: string }[] = [];
  for (const strand of strands) {
    schemes.push(await db.scheme.create({ data: { establishmentId, schoolYear: o.schoolYear, frameworkId: framework.id, strand, pilot: o.pilots[strand] }, select: { id: true } }));
  }
  const today = new Date();
  for (const c of o.classes) {
    const division = await db.division.create({
      data: { establishmentId, schoolYear: o.schoolYear, name: c.name, diploma: c.diploma, yearOfStudy: c.yearOfStudy, trade: c.trade, headcount: c.headcount },
    });
    await db.hourPlanEntry.createMany({
      data: periods.flatMap((period) =>
        schemes.map((scheme, i) => ({
          establishmentId,
          divisionId: division.id,
          schemeId: scheme.id,
          periodId: period.id,
          plannedHours: c.perPeriod[i]!,
          deliveredHours: period.endsOn < today ? c.perPeriod[i]! : 0,
        })),
      ),
    });
  }
  await loadDemoPupils(db, { establishmentId, schoolYear: o.schoolYear, classes: o.classes, periodName: o.periods[0].name });
}

/** Loads the demo data into an empty database; leaves a database with data untouched. */
export async function seedDemoData(connectionString: string): Promise<"loaded" | "skipped"> {
  const db = createPrismaClient({ connectionString, poolMax: 1 });
  try {
    if ((await db.academy.count()) > 0) return "skipped";
    // As a platform administrator, so that row-level security lets the seed write every school;
    // one transaction (all or nothing), given the time the embedded database needs.
    await runInScope(db, { userId: null, isAdmin: true, readable: [], writable: null }, loadDemoData, { timeoutMs: 180_000 });
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
