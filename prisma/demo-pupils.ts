// The demo school's pupils (LP Le Castel, 2026-2027): invented names, as many
// per class as its headcount, and a deterministic diagnostic of period 1 in
// four competencies (two of French, two of mathematics) from the national
// positioning tests, spread like a real class (about 15 % MI, 30 % MF, 40 % MS,
// 15 % TBM).
import type { Db } from "@/server/prisma-client";

const lastNames = [
  "Abadie", "Barbier", "Benali", "Bertin", "Boyer", "Carpentier", "Chevalier", "Collin", "Da Silva", "Delorme",
  "Diallo", "Dupuis", "Ferrand", "Fontaine", "Gauthier", "Girard", "Guerin", "Hamon", "Jacquet", "Kone",
  "Lacroix", "Lambert", "Leclerc", "Lemaire", "Marchal", "Mercier", "Meunier", "Morel", "Nguyen", "Olivier",
  "Perrin", "Poirier", "Renaud", "Rey", "Roche", "Schmitt", "Tessier", "Traore", "Vidal", "Zimmermann",
];
const firstNames = [
  "Adam", "Aya", "Bilal", "Camille", "Chloé", "Dylan", "Elsa", "Enzo", "Fatou", "Gabin",
  "Hugo", "Inès", "Jade", "Kylian", "Léa", "Lina", "Louis", "Maël", "Manon", "Mohamed",
  "Nael", "Nina", "Noah", "Océane", "Paul", "Rayan", "Sacha", "Sarah", "Théo", "Yanis",
  "Yasmine", "Zoé", "Axel", "Clara", "Ethan", "Lou", "Malik", "Romane", "Sofiane", "Tom",
];

/** The demo pupils of one class: `count` distinct names, the same on every seed. */
export function demoPupilNames(classIndex: number, count: number): { lastName: string; firstName: string }[] {
  return Array.from({ length: count }, (_, i) => ({
    // 7 and 40 are coprime: no two pupils of a class share a last name.
    lastName: lastNames[(i * 7 + classIndex * 11) % lastNames.length]!,
    firstName: firstNames[(i * 13 + classIndex * 5) % firstNames.length]!,
  }));
}

const levels = ["INSUFFICIENT", "FRAGILE", "SATISFACTORY", "VERY_GOOD"] as const;

/** A pupil's level in a competency, spread over the four levels and the same on every seed. */
export function demoLevel(classIndex: number, pupil: number, competency: number): (typeof levels)[number] {
  const v = (pupil * 37 + competency * 17 + classIndex * 11) % 20;
  return v < 3 ? levels[0] : v < 9 ? levels[1] : v < 17 ? levels[2] : levels[3];
}

/** Writes the pupils of the demo school's classes and their period 1 diagnostic. */
export async function loadDemoPupils(db: Db, options: { establishmentId: string; schoolYear: number; classes: readonly { name: string; headcount: number }[]; periodName: string }) {
  const { establishmentId, schoolYear } = options;
  const period = await db.period.findFirstOrThrow({ where: { establishmentId, schoolYear, name: options.periodName }, select: { id: true } });
  const tool = await db.positioningTool.findFirstOrThrow({ where: { establishmentId: null, kind: "NATIONAL_TEST" }, select: { id: true } });
  const competencies = [
    ...(await db.competency.findMany({ where: { establishmentId: null, domain: "FRENCH" }, orderBy: { position: "asc" }, take: 2, select: { id: true } })),
    ...(await db.competency.findMany({ where: { establishmentId: null, domain: "MATHEMATICS" }, orderBy: { position: "asc" }, take: 2, select: { id: true } })),
  ];
  for (const [c, demoClass] of options.classes.entries()) {
    const division = await db.division.findFirstOrThrow({ where: { establishmentId, schoolYear, name: demoClass.name }, select: { id: true } });
    const pupils = [];
    for (const [i, name] of demoPupilNames(c, demoClass.headcount).entries()) {
      pupils.push(await db.pupil.create({ data: { establishmentId, schoolYear, divisionId: division.id, ...name, localId: `DEMO${c}${String(i + 1).padStart(2, "0")}` }, select: { id: true } }));
    }
    await db.diagnosticResult.createMany({
      data: pupils.flatMap((pupil, i) =>
        competencies.map((competency, j) => ({ establishmentId, pupilId: pupil.id, competencyId: competency.id, periodId: period.id, toolId: tool.id, level: demoLevel(c, i, j) })),
      ),
    });
  }
}
