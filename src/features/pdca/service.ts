// Starting a scheme's grid for its school year: with the latest version of the
// sheet that fits its framework and strand, and, when asked, from last year's
// Act (its objectives and unfinished actions carried into this year's Plan).
import { recordAudit } from "@/features/audit/record";
import { schoolYearLabel } from "@/lib/school-year";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import type { Actor } from "./grid-access";
import { answerFromText, answerText } from "./rich-text";
import type { StartGridInput } from "./schemas";
import { itemsOf, loadSheet, sheetForScheme } from "./sheets";
import { recordGridEvent } from "./workflow";

export async function startGrid(tx: Db, actor: Actor, input: StartGridInput) {
  const scheme = await tx.scheme.findUnique({
    where: { establishmentId_id: { establishmentId: input.establishmentId, id: input.schemeId } },
    select: { id: true, schoolYear: true, strand: true, framework: { select: { code: true } }, grid: { select: { id: true } } },
  });
  if (!scheme) throw new NotFoundError("Ce dispositif n'existe pas ou vous n'y avez pas accès.");
  if (scheme.grid) throw new ConflictError("La grille de ce dispositif est déjà commencée.");
  const sheet = await sheetForScheme(tx, scheme.framework.code, scheme.strand);
  if (!sheet) throw new InvalidInputError({ schemeId: ["Aucune fiche de la banque de questions ne correspond au référentiel de ce dispositif."] });

  const previous =
    input.carryOver === "oui"
      ? await tx.grid.findFirst({
          where: { establishmentId: input.establishmentId, scheme: { schoolYear: scheme.schoolYear - 1, strand: scheme.strand } },
          select: { id: true, sheetId: true },
        })
      : null;
  if (input.carryOver === "oui" && !previous) {
    throw new InvalidInputError({
      carryOver: [`Ce volet n'a pas de grille en ${schoolYearLabel(scheme.schoolYear - 1)} : commencez une grille vierge.`],
    });
  }

  const grid = await tx.grid.create({
    data: { establishmentId: input.establishmentId, schemeId: scheme.id, sheetId: sheet.id, carriedFromId: previous?.id ?? null },
    select: { id: true },
  });
  await recordGridEvent(tx, actor, {
    establishmentId: input.establishmentId,
    gridId: grid.id,
    kind: "CREATION",
    comment: previous ? `Commencée à partir de l'Agir de ${schoolYearLabel(scheme.schoolYear - 1)}.` : "",
  });
  const carried = previous ? await carryAct(tx, actor, { establishmentId: input.establishmentId, from: previous, toGridId: grid.id, toSheetId: sheet.id, fromYear: scheme.schoolYear - 1 }) : null;
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "grid.start",
    entity: "grid",
    entityId: grid.id,
    summary: { sheet: `${sheet.key} v${sheet.version}`, ...(carried ? { carried } : {}) },
  });
  return { gridId: grid.id, carried };
}

/**
 * Continuity: last year's Act objectives, and its actions not done nor
 * abandoned, become the opening of this year's Plan; the unfinished actions
 * are also copied into this year's Act, marked as continued.
 */
async function carryAct(
  tx: Db,
  actor: Actor,
  { establishmentId, from, toGridId, toSheetId, fromYear }: { establishmentId: string; from: { id: string; sheetId: string }; toGridId: string; toSheetId: string; fromYear: number },
) {
  const fromSheet = await loadSheet(tx, from.sheetId);
  const toSheet = await loadSheet(tx, toSheetId);
  const objectiveKeys = itemsOf(fromSheet!, "ACT")
    .filter((item) => /objectif/i.test(item.text))
    .map((item) => item.key);
  const objectives = await tx.gridAnswer.findMany({ where: { establishmentId, gridId: from.id, itemKey: { in: objectiveKeys } }, select: { body: true } });
  const actions = await tx.gridAction.findMany({
    where: { establishmentId, gridId: from.id, status: { in: ["PLANNED", "IN_PROGRESS"] } },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
  });
  const objectivesText = objectives.map((o) => answerText(o.body)).filter(Boolean).join("\n\n");
  if (actions.length) {
    await tx.gridAction.createMany({
      data: actions.map((action) => ({
        establishmentId,
        gridId: toGridId,
        title: action.title,
        process: action.process,
        owner: action.owner,
        indicator: action.indicator,
        status: "PLANNED" as const,
        carriedFromId: action.id,
      })),
    });
  }
  // The Plan item that speaks of objectives receives them, else the first Plan item.
  const planItems = itemsOf(toSheet!, "PLAN");
  const target = planItems.find((item) => /objectif/i.test(item.text)) ?? planItems[0];
  if (target && (objectivesText || actions.length)) {
    const lines = [
      `Repris de l'Agir ${schoolYearLabel(fromYear)}.`,
      ...(objectivesText ? [`Objectifs :\n${objectivesText}`] : []),
      ...(actions.length ? [`Actions poursuivies :\n${actions.map((a) => `– ${a.title}${a.owner ? ` (${a.owner})` : ""}`).join("\n")}`] : []),
    ];
    const body = answerFromText(lines.join("\n\n"));
    await tx.gridAnswer.create({
      data: { establishmentId, gridId: toGridId, itemKey: target.key, body, status: "IN_PROGRESS", version: 1, updatedById: actor.userId },
    });
    await tx.gridAnswerRevision.create({
      data: { establishmentId, gridId: toGridId, itemKey: target.key, version: 1, body, status: "IN_PROGRESS", authorId: actor.userId },
    });
  }
  return { objectives: objectives.length, actions: actions.length, into: target?.key ?? null };
}
