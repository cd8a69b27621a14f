import { calendarDateSchema } from "@/lib/calendar-date";
import { parseFrenchDecimal } from "@/lib/french-number";
import { z } from "@/lib/zod-fr";
import { groupKinds } from "./labels";
import { parseTime } from "./slots";

const noControl = /^[^\p{Cc}]*$/u;

export const establishmentIdSchema = z.uuid({ error: "L'établissement est inconnu." });
const periodIdSchema = z.uuid({ error: "Choisissez une période." });
const schemeIdSchema = z.uuid({ error: "Choisissez un dispositif." });
export const groupIdSchema = z.uuid({ error: "Ce groupe est inconnu." });
const pupilIdSchema = z.uuid({ error: "Un élève est inconnu." });
const userIdSchema = z.uuid({ error: "Un professeur est inconnu." });

const text = (what: string, max: number, required = false) =>
  z
    .string({ error: `${what} doit être un texte.` })
    .transform((v) => v.normalize("NFC").trim().replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .min(required ? 1 : 0, `${what} est obligatoire.`)
        .max(max, `${what} ne doit pas dépasser ${max} caractères.`)
        .regex(noControl, `${what} contient un caractère invalide.`),
    );

const time = (what: string) =>
  z.string({ error: `${what} est obligatoire.` }).transform((value, ctx) => {
    const minutes = parseTime(value);
    if (minutes === null) {
      ctx.addIssue({ code: "custom", message: `${what} doit être une heure, par exemple 10:00.` });
      return z.NEVER;
    }
    return minutes;
  });

const optionalWeek = z
  .union([z.string(), z.number()], { error: "La semaine doit être un nombre entier." })
  .transform((value, ctx) => {
    const raw = String(value).trim();
    if (raw === "") return null;
    if (!/^\d{1,2}$/.test(raw) || Number(raw) < 1 || Number(raw) > 52) {
      ctx.addIssue({ code: "custom", message: "Une semaine de la période se compte de 1 à 52." });
      return z.NEVER;
    }
    return Number(raw);
  });

const wholeNumber = (what: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${what} doit être un nombre entier.` })
    .int(`${what} doit être un nombre entier.`)
    .min(min, `${what} doit être au moins ${min}.`)
    .max(max, `${what} ne doit pas dépasser ${max}.`);

const hours = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const raw = String(value).trim();
  if (raw === "") return 0;
  const parsed = parseFrenchDecimal(raw, { min: 0, max: 1000, decimals: 2 });
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  }
  return parsed.value;
});

/** A comma-separated list of ids (checkboxes gathered by the form), or an array. */
const idList = (item: z.ZodUUID, what: string, max: number) =>
  z
    .union([z.string(), z.array(z.string())], { error: `${what} : liste invalide.` })
    .transform((value) => (Array.isArray(value) ? value : value.split(",")).map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(item).max(max, `${what} : ${max} au plus.`))
    .transform((ids) => [...new Set(ids)]);

export const slotFields = {
  weekday: wholeNumber("Le jour", 1, 6),
  startTime: time("Le début"),
  endTime: time("La fin"),
  firstWeek: optionalWeek,
  lastWeek: optionalWeek,
};

const groupFields = {
  establishmentId: establishmentIdSchema,
  periodId: periodIdSchema,
  schemeId: schemeIdSchema,
  name: text("Le nom", 120, true),
  kind: z.enum(groupKinds, { error: "Choisissez le type du groupe." }),
  focus: text("La compétence travaillée", 160),
  ...slotFields,
  room: text("La salle", 60),
  capacity: wholeNumber("La capacité", 1, 200),
  plannedHours: hours,
  teacherIds: idList(userIdSchema, "Professeurs", 10),
};

type SlotInput = { startTime: number; endTime: number; firstWeek: number | null; lastWeek: number | null };

/** The slot's own consistency: the end after the start, both weeks or neither. */
export function refineSlot(value: SlotInput, ctx: z.RefinementCtx) {
  if (value.endTime <= value.startTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "La fin doit venir après le début." });
  if ((value.firstWeek === null) !== (value.lastWeek === null)) {
    ctx.addIssue({ code: "custom", path: ["lastWeek"], message: "Donnez la première et la dernière semaine, ou aucune pour toute la période." });
  } else if (value.firstWeek !== null && value.lastWeek !== null && value.lastWeek < value.firstWeek) {
    ctx.addIssue({ code: "custom", path: ["lastWeek"], message: "La dernière semaine doit venir après la première." });
  }
}

export const createGroupSchema = z.strictObject(groupFields).superRefine(refineSlot);
export const updateGroupSchema = z
  .strictObject({
    ...groupFields,
    groupId: groupIdSchema,
    version: z.string({ error: "La version de la page est inconnue : rechargez-la." }).max(40),
  })
  .superRefine(refineSlot);
export const deleteGroupSchema = z.strictObject({ establishmentId: establishmentIdSchema, groupId: groupIdSchema });

const reason = text("La raison", 300);

export const setMembersSchema = z.strictObject({
  establishmentId: establishmentIdSchema,
  groupId: groupIdSchema,
  version: z.string({ error: "La version de la page est inconnue : rechargez-la." }).max(40),
  members: z.array(z.strictObject({ pupilId: pupilIdSchema, reason }), { error: "La liste des élèves est invalide." }).max(200),
});

/** A proposal of the assistant, as the coordinator adjusted it. */
export const saveCompositionSchema = z
  .strictObject({
    establishmentId: establishmentIdSchema,
    periodId: periodIdSchema,
    schemeId: schemeIdSchema,
    ...slotFields,
    capacity: wholeNumber("La capacité", 1, 200),
    plannedHours: hours,
    groups: z
      .array(
        z.strictObject({
          name: text("Le nom", 120, true),
          kind: z.enum(groupKinds, { error: "Choisissez le type du groupe." }),
          focus: text("La compétence travaillée", 160),
          room: text("La salle", 60),
          teacherIds: idList(userIdSchema, "Professeurs", 10),
          members: z.array(z.strictObject({ pupilId: pupilIdSchema, reason }), { error: "La liste des élèves est invalide." }).max(200),
        }),
        { error: "La proposition est invalide." },
      )
      .min(1, "La proposition ne contient aucun groupe.")
      .max(200, "200 groupes au plus à la fois."),
  })
  .superRefine(refineSlot);

export type CreateGroupInput = z.output<typeof createGroupSchema>;
export type UpdateGroupInput = z.output<typeof updateGroupSchema>;
export type DeleteGroupInput = z.output<typeof deleteGroupSchema>;
export type SetMembersInput = z.output<typeof setMembersSchema>;
export type SaveCompositionInput = z.output<typeof saveCompositionSchema>;

const sessionHours = z.union([z.string(), z.number()], { error: "La durée est obligatoire." }).transform((value, ctx) => {
  const parsed = parseFrenchDecimal(String(value).trim(), { min: 0.25, max: 12, decimals: 2 });
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: "La durée d'une séance va de 0,25 h à 12 h, par exemple 1,5." });
    return z.NEVER;
  }
  return parsed.value;
});

export const recordSessionSchema = z.strictObject({
  establishmentId: establishmentIdSchema,
  groupId: groupIdSchema,
  heldOn: calendarDateSchema(),
  hours: sessionHours,
  attendance: z
    .array(z.strictObject({ pupilId: pupilIdSchema, status: z.enum(["PRESENT", "ABSENT", "EXCUSED"], { error: "Choisissez présent, absent ou excusé." }) }), {
      error: "L'appel est invalide.",
    })
    .max(200),
});
export const deleteSessionSchema = z.strictObject({
  establishmentId: establishmentIdSchema,
  sessionId: z.uuid({ error: "Cette séance est inconnue." }),
});

export type RecordSessionInput = z.output<typeof recordSessionSchema>;
export type DeleteSessionInput = z.output<typeof deleteSessionSchema>;
