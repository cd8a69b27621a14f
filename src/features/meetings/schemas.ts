import { schoolYearSchema } from "@/features/periods/schemas";
import { calendarDateSchema } from "@/lib/calendar-date";
import { z } from "@/lib/zod-fr";

export const meetingBodies = ["PEDAGOGICAL_COUNCIL", "TEACHING_TEAM", "SUBJECT_COUNCIL", "OTHER"] as const;
export type MeetingBody = (typeof meetingBodies)[number];

export const meetingBodyLabels: Record<MeetingBody, string> = {
  PEDAGOGICAL_COUNCIL: "Conseil pédagogique",
  TEACHING_TEAM: "Équipe pédagogique",
  SUBJECT_COUNCIL: "Conseil d'enseignement",
  OTHER: "Autre instance",
};

const longText = (what: string, max: number) =>
  z
    .string({ error: `${what} doit être un texte.` })
    .transform((v) => v.normalize("NFC").replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(max, `${what} ne doit pas dépasser ${max} caractères.`).regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/u, `${what} contient un caractère invalide.`));

/** The minutes: a file, or nothing (an empty file input sends an empty, nameless file). */
const minutes = z
  .union([z.instanceof(File), z.literal("")], { error: "Le compte rendu doit être un fichier." })
  .optional()
  .transform((file) => (file instanceof File && (file.size > 0 || file.name !== "") ? file : null));

const meetingFields = {
  establishmentId: z.uuid({ error: "L'établissement est inconnu." }),
  schoolYear: schoolYearSchema,
  heldOn: calendarDateSchema(),
  body: z.enum(meetingBodies, { error: "Choisissez l'instance." }),
  bodyLabel: longText("Le nom de l'instance", 120),
  participants: longText("Les participants", 2000),
  agenda: longText("L'ordre du jour", 4000),
  decisions: longText("Les décisions", 4000),
  minutes,
};

type BodyFields = { body: MeetingBody; bodyLabel: string };
function refineBody(value: BodyFields, ctx: z.RefinementCtx) {
  if (value.body === "OTHER" && value.bodyLabel === "") ctx.addIssue({ code: "custom", path: ["bodyLabel"], message: "Nommez l'instance." });
}

export const createMeetingSchema = z.strictObject(meetingFields).superRefine(refineBody);
export const updateMeetingSchema = z
  .strictObject({
    ...meetingFields,
    meetingId: z.uuid({ error: "Cette réunion est inconnue." }),
    version: z.string({ error: "La version de la page est inconnue : rechargez-la." }).max(40),
    removeMinutes: z.enum(["on", ""]).default(""),
  })
  .superRefine(refineBody);
export const deleteMeetingSchema = z.strictObject({
  establishmentId: z.uuid({ error: "L'établissement est inconnu." }),
  meetingId: z.uuid({ error: "Cette réunion est inconnue." }),
});

export type CreateMeetingInput = z.output<typeof createMeetingSchema>;
export type UpdateMeetingInput = z.output<typeof updateMeetingSchema>;
export type DeleteMeetingInput = z.output<typeof deleteMeetingSchema>;
