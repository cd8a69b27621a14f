// An administrator adds a version of a sheet of the question bank: same
// sections and phases, edited titles and items. Grids already started keep
// the version they started with; new grids take the latest.
import { recordAudit } from "@/features/audit/record";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import type { Actor } from "./grid-access";
import type { CreateSheetVersionInput } from "./schemas";
import { itemKeyFor, itemsFromText } from "./sheet-text";
import { loadSheet } from "./sheets";

export async function createSheetVersion(tx: Db, actor: Actor, input: CreateSheetVersionInput) {
  const base = await loadSheet(tx, input.sheetId);
  if (!base) throw new NotFoundError("Cette fiche n'existe pas.");
  const latest = await tx.gridSheet.findFirst({ where: { key: base.key }, orderBy: { version: "desc" }, select: { version: true } });
  if (latest!.version !== base.version) {
    throw new ConflictError(`La version ${latest!.version} de cette fiche existe déjà : partez de la dernière version.`);
  }
  const errors: Record<string, string[]> = {};
  const editedByKey = new Map(input.sections.map((edited, index) => [edited.key, { ...edited, index }]));
  const sections = base.sections.map((section) => {
    const edited = editedByKey.get(section.key);
    if (!edited) return { section, title: section.title, items: section.items };
    const parsed = itemsFromText(edited.items);
    if (!parsed.ok) {
      errors[`sections.${edited.index}.items`] = parsed.errors;
      return { section, title: edited.title, items: [] };
    }
    if (parsed.items.length === 0) errors[`sections.${edited.index}.items`] = ["Une partie doit garder au moins un élément."];
    return { section, title: edited.title, items: parsed.items };
  });
  const unknown = input.sections.filter((edited) => !base.sections.some((s) => s.key === edited.key));
  if (unknown.length) errors.sections = ["Cette fiche n'a pas ces parties : rechargez la page."];
  if (Object.keys(errors).length) throw new InvalidInputError(errors);

  // An item kept word for word keeps its key (answers of later grids stay comparable); a new one gets its own.
  const previousKeys = new Map(base.sections.flatMap((s) => s.items.map((item) => [`${item.kind}|${item.text}`, item.key] as const)));
  const taken = new Set<string>();
  const keyed = sections.map(({ section, title, items }) => ({
    section,
    title,
    items: items.map((item) => {
      const kept = previousKeys.get(`${item.kind}|${item.text}`);
      const key = kept && !taken.has(kept) ? kept : itemKeyFor(item.text, taken);
      taken.add(key);
      return { ...item, key };
    }),
  }));

  const sheet = await tx.gridSheet.create({
    data: {
      key: base.key,
      version: base.version + 1,
      title: input.title,
      subtitle: base.subtitle,
      source: input.note,
      frameworkCode: base.frameworkCode,
      strands: base.strands,
      context: input.context,
    },
    select: { id: true, version: true },
  });
  await tx.gridSection.createMany({
    data: keyed.map(({ section, title }, position) => ({ sheetId: sheet.id, key: section.key, phase: section.phase, title, position, borrowedFrom: section.borrowedFrom })),
  });
  let position = 0;
  await tx.gridItem.createMany({
    data: keyed.flatMap(({ section, items }) =>
      items.map((item) => ({ sheetId: sheet.id, key: item.key, sectionKey: section.key, kind: item.kind, text: item.text, subItems: item.subItems, position: position++ })),
    ),
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "grid_sheet.version",
    entity: "grid_sheet",
    entityId: sheet.id,
    summary: { key: base.key, version: sheet.version, items: position, note: input.note },
  });
  return { id: sheet.id, version: sheet.version };
}
