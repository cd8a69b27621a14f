// The demo school's need groups, referents and meetings (LP Le Castel,
// 2026-2027): the assistant's proposal for period 1 saved through the service
// (when the demo pupils and their diagnostic are there), two sessions with
// their register, a second diagnostic and period 2 groups for a few pupils
// (the rotation), a referent for every pupil of two classes, two meetings.
import { proposeGroups } from "@/features/groups/assistant";
import { saveCompositionSchema, recordSessionSchema } from "@/features/groups/schemas";
import { saveComposition } from "@/features/groups/service";
import { recordSession } from "@/features/groups/sessions";
import { createMeeting } from "@/features/meetings/service";
import { createMeetingSchema } from "@/features/meetings/schemas";
import type { Db } from "@/server/prisma-client";

/** A one-page PDF saying `text` (ASCII), with a correct cross-reference table. */
export function tinyPdf(text: string): Uint8Array<ArrayBuffer> {
  const stream = `BT /F1 12 Tf 72 760 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

export async function loadDemoGroups(
  db: Db,
  options: { establishmentId: string; schoolYear: number; coordinatorId: string; teacherId: string; periodName: string; secondPeriodName: string },
) {
  const { establishmentId, schoolYear } = options;
  const period = await db.period.findFirstOrThrow({ where: { establishmentId, schoolYear, name: options.periodName }, select: { id: true } });
  const scheme = await db.scheme.findFirstOrThrow({ where: { establishmentId, schoolYear, strand: "CONSOLIDATION" }, select: { id: true } });
  const [pupils, competencies, results] = await Promise.all([
    db.pupil.findMany({ where: { establishmentId, schoolYear }, select: { id: true, firstName: true, lastName: true, division: { select: { name: true } } } }),
    db.competency.findMany({ where: { establishmentId: null }, select: { id: true, label: true, domain: true, position: true } }),
    db.diagnosticResult.findMany({ where: { establishmentId, periodId: period.id }, select: { pupilId: true, competencyId: true, level: true, tool: { select: { label: true } } } }),
  ]);
  const proposal = proposeGroups({
    pupils: pupils.map((p) => ({ id: p.id, firstName: p.firstName, lastName: p.lastName, divisionName: p.division.name })),
    competencies,
    results: results.map((r) => ({ pupilId: r.pupilId, competencyId: r.competencyId, level: r.level, toolLabel: r.tool?.label ?? null })),
    capacity: 12,
  });
  // Without the demo pupils, a few empty groups still show the barrette.
  const groups =
    proposal.groups.length > 0
      ? proposal.groups
      : [
          { name: "Remédiation – Lire et comprendre un texte", kind: "REMEDIATION" as const, focus: "Lire et comprendre un texte", members: [] },
          { name: "Remédiation – Nombres et calcul", kind: "REMEDIATION" as const, focus: "Nombres et calcul", members: [] },
          { name: "Approfondissement", kind: "DEEPENING" as const, focus: "", members: [] },
        ];
  // Two people to teach on one slot: the teacher and the coordinator take the first two groups.
  const teacherOf = [options.teacherId, options.coordinatorId];
  const actor = { userId: options.coordinatorId };
  const saved = await saveComposition(
    db,
    actor,
    saveCompositionSchema.parse({
      establishmentId,
      periodId: period.id,
      schemeId: scheme.id,
      weekday: "2",
      startTime: "10:00",
      endTime: "11:00",
      firstWeek: "",
      lastWeek: "",
      capacity: "12",
      plannedHours: "7",
      groups: groups.map((g, i) => ({ name: g.name, kind: g.kind, focus: g.focus, room: `B${12 + i}`, teacherIds: teacherOf[i] ?? "", members: g.members })),
    }),
  );

  // Two sessions of the teacher's group, with their register (one absence, one excused).
  const firstGroup = groups[0]!;
  if (firstGroup.members.length > 0) {
    for (const [heldOn, absent, excused] of [
      ["2026-09-08", 0, 1],
      ["2026-09-15", 2, -1],
    ] as const) {
      await recordSession(
        db,
        { userId: options.teacherId, canWriteSchool: false },
        recordSessionSchema.parse({
          establishmentId,
          groupId: saved.groupIds[0]!,
          heldOn,
          hours: "1",
          attendance: firstGroup.members.map((m, i) => ({ pupilId: m.pupilId, status: i === absent ? "ABSENT" : i === excused ? "EXCUSED" : "PRESENT" })),
        }),
      );
    }
  }

  // Rotation: a second diagnostic at the end of period 1 for eight pupils of 2MELEC1 (most progress), and their period 2 groups.
  const secondPeriod = await db.period.findFirst({ where: { establishmentId, schoolYear, name: options.secondPeriodName }, select: { id: true } });
  if (secondPeriod && results.length > 0) {
    const sample = pupils
      .filter((p) => p.division.name === "2MELEC1")
      .sort((a, b) => a.lastName.localeCompare(b.lastName, "fr"))
      .slice(0, 8);
    const up = { INSUFFICIENT: "FRAGILE", FRAGILE: "SATISFACTORY", SATISFACTORY: "SATISFACTORY", VERY_GOOD: "VERY_GOOD" } as const;
    const second = sample.flatMap((p, i) =>
      results.filter((r) => r.pupilId === p.id).map((r) => ({ ...r, level: i % 4 === 3 ? r.level : up[r.level] })),
    );
    const tool = await db.positioningTool.findFirstOrThrow({ where: { establishmentId: null, kind: "DIAGNOSTIC_EVALUATION" }, select: { id: true, label: true } });
    await db.diagnosticResult.createMany({
      data: second.map((r) => ({ establishmentId, pupilId: r.pupilId, competencyId: r.competencyId, periodId: secondPeriod.id, level: r.level, toolId: tool.id, recordedById: options.teacherId })),
    });
    const rotation = proposeGroups({
      pupils: sample.map((p) => ({ id: p.id, firstName: p.firstName, lastName: p.lastName, divisionName: p.division.name })),
      competencies,
      results: second.map((r) => ({ pupilId: r.pupilId, competencyId: r.competencyId, level: r.level, toolLabel: tool.label })),
      capacity: 12,
    });
    if (rotation.groups.length > 0) {
      await saveComposition(
        db,
        actor,
        saveCompositionSchema.parse({
          establishmentId,
          periodId: secondPeriod.id,
          schemeId: scheme.id,
          weekday: "2",
          startTime: "10:00",
          endTime: "11:00",
          firstWeek: "",
          lastWeek: "",
          capacity: "12",
          plannedHours: "7",
          groups: rotation.groups.map((g, i) => ({ name: g.name, kind: g.kind, focus: g.focus, room: `B${12 + i}`, teacherIds: teacherOf[i] ?? "", members: g.members })),
        }),
      );
    }
  }

  // Referents: the teacher follows the 2MELEC1 (above the default limit of 12: the warning shows), the coordinator the 1CAPEPC.
  for (const [className, userId] of [
    ["2MELEC1", options.teacherId],
    ["1CAPEPC", options.coordinatorId],
  ] as const) {
    const ofClass = pupils.filter((p) => p.division.name === className);
    await db.pupilReferent.createMany({ data: ofClass.map((p) => ({ establishmentId, pupilId: p.id, userId })) });
    const first = ofClass.sort((a, b) => a.lastName.localeCompare(b.lastName, "fr"))[0];
    if (first) {
      await db.referentInterview.createMany({
        data: [
          { establishmentId, pupilId: first.id, userId, heldOn: new Date("2026-09-18T00:00:00Z"), subject: "Retour sur le test de positionnement et objectifs de la période" },
          { establishmentId, pupilId: first.id, userId, heldOn: new Date("2026-10-09T00:00:00Z"), subject: "Préparation de la première PFMP" },
        ],
      });
    }
  }
  await db.steeringSettings.create({ data: { establishmentId, referentCaseloadLimit: 12 } });

  // Two concertation meetings, the first with its minutes.
  const minutes = new File([tinyPdf("Conseil pedagogique du 22 septembre 2026 - groupes de besoin de la periode 1")], "CR conseil pédagogique 22-09-2026.pdf", {
    type: "application/pdf",
  });
  await createMeeting(
    db,
    actor,
    createMeetingSchema.parse({
      establishmentId,
      schoolYear: String(schoolYear),
      heldOn: "2026-09-22",
      body: "PEDAGOGICAL_COUNCIL",
      bodyLabel: "",
      participants: "Julien Bernard (proviseur), Claire Martin (coordonnatrice), Karim Haddad, professeurs principaux des classes de seconde et de CAP",
      agenda: "Résultats des tests de positionnement\nComposition des groupes de besoin de la période 1\nDésignation des référents",
      decisions: "Barrette du mardi 10 h – 11 h pour la consolidation\nGroupes recomposés à chaque période après un nouveau diagnostic\nUn référent par élève de seconde et de CAP",
      minutes,
    }),
  );
  await createMeeting(
    db,
    actor,
    createMeetingSchema.parse({
      establishmentId,
      schoolYear: String(schoolYear),
      heldOn: "2026-10-13",
      body: "TEACHING_TEAM",
      bodyLabel: "",
      participants: "Équipe pédagogique de 2MELEC1",
      agenda: "Bilan d'étape des groupes de besoin\nPréparation du diagnostic de fin de période",
      decisions: "Nouveau diagnostic la semaine du 12 octobre ; recomposition des groupes pour la période 2",
      minutes: "",
    }),
  );
}
