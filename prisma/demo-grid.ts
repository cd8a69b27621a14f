// The demo school's PDCA grid for its personalised support scheme: started by
// its coordinator, partly answered (some answers done, some in progress, many
// still missing: what a principal sees of a grid under way), with two actions
// and key dates in its Act block. Written through the services.
import { addAction, addKeyDate } from "@/features/pdca/act";
import { saveAnswer } from "@/features/pdca/answers";
import { startGrid } from "@/features/pdca/service";
import type { Db } from "@/server/prisma-client";

const answers: { key: string; status: "IN_PROGRESS" | "ANSWERED"; body: string }[] = [
  {
    key: "ces-modules-inscrivent-ils-dans",
    status: "ANSWERED",
    body: "<p>Oui : axe 2 du projet d'établissement, <strong>« faire réussir chaque élève »</strong>. Les modules de consolidation et d'AP en découlent.</p>",
  },
  {
    key: "le-pilotage-des-actions-est",
    status: "IN_PROGRESS",
    body: "<p>Un pilote par volet ; réunion du comité de pilotage une fois par période.</p><ul><li>à préciser : calendrier des bilans d'étape</li></ul>",
  },
  {
    key: "comment-est-organise-e-le",
    status: "ANSWERED",
    body: "<p>Pilotage par la coordonnatrice AP avec la DDFPT ; point mensuel avec le chef d'établissement.</p>",
  },
];

export async function loadDemoGrid(db: Db, options: { establishmentId: string; schoolYear: number; coordinatorId: string }) {
  const { establishmentId, schoolYear, coordinatorId } = options;
  const actor = { userId: coordinatorId };
  const scheme = await db.scheme.findFirstOrThrow({ where: { establishmentId, schoolYear, strand: "PERSONALISED_SUPPORT" }, select: { id: true } });
  const { gridId } = await startGrid(db, actor, { establishmentId, schemeId: scheme.id, carryOver: "non" });
  const items = new Set((await db.gridItem.findMany({ where: { sheet: { grids: { some: { id: gridId } } } }, select: { key: true } })).map((i) => i.key));
  for (const answer of answers) {
    if (!items.has(answer.key)) throw new Error(`demo grid: no item ${answer.key} in the sheet`);
    await saveAnswer(db, actor, { establishmentId, gridId, itemKey: answer.key, body: answer.body, status: answer.status, version: 0 });
  }
  const ids = { establishmentId, gridId };
  await addAction(db, actor, {
    ...ids,
    title: "Tutorat des élèves absentéistes de seconde",
    process: "Un entretien par semaine avec un adulte référent ; point en équipe éducative à chaque fin de période.",
    owner: "CPE et professeurs principaux",
    indicator: "Taux d'absentéisme des secondes",
    startsOn: `${schoolYear}-10-01`,
    dueOn: `${schoolYear + 1}-01-31`,
    status: "IN_PROGRESS",
  });
  await addAction(db, actor, {
    ...ids,
    title: "Formation des professeurs à la co-animation",
    process: "Deux demi-journées inscrites au plan de formation d'établissement.",
    owner: "DDFPT",
    indicator: "Nombre de professeurs formés",
    startsOn: `${schoolYear + 1}-01-15`,
    dueOn: `${schoolYear + 1}-04-30`,
    status: "PLANNED",
  });
  await addKeyDate(db, actor, { ...ids, on: `${schoolYear}-11-20`, label: "Bilan d'étape en conseil pédagogique" });
  await addKeyDate(db, actor, { ...ids, on: `${schoolYear + 1}-06-05`, label: "Bilan annuel présenté au conseil d'administration" });
}
