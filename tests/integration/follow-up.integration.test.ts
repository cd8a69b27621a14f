// Referents (caseload warning, interviews by the referent only), meetings and
// their minutes (type checked from the content, download rights), and the
// rotation history of pupils across periods.
import { beforeAll, describe, expect, it } from "vitest";
import { schoolDataScope } from "@/features/access/scope";
import { findFileForDownload } from "@/features/files/queries";
import { loadRotation } from "@/features/groups/queries";
import { pupilPaths } from "@/features/groups/rotation";
import { createMeetingSchema, updateMeetingSchema } from "@/features/meetings/schemas";
import { createMeeting, updateMeeting } from "@/features/meetings/service";
import { caseloads } from "@/features/referents/caseload";
import { caseloadLimitOf, loadReferents } from "@/features/referents/queries";
import { addInterviewSchema } from "@/features/referents/schemas";
import { addInterview, assignClassReferent, setCaseloadLimit } from "@/features/referents/service";
import { InvalidInputError, NotFoundError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";
import { runInScope } from "@/server/scoped-transaction";
import { insertAcademy, insertEstablishment, insertOrganisation, insertUser, scopeOf } from "../factories";
import { competencyByLabel, insertDiagnostic, insertNeedGroup, insertPupils } from "../factories/needs";
import { appTestDb, testDb } from "../setup/database";

let school: { id: string; academyId: string };
let coordinator: string;
let teacher: { id: string; name: string };
let otherTeacher: { id: string; name: string };
let inspector: string;
let org: Awaited<ReturnType<typeof insertOrganisation>>;
let pupils: { id: string }[];

const asUser = async <T>(userId: string, work: (tx: Db) => Promise<T>) =>
  runInScope(appTestDb(), schoolDataScope(await scopeOf(testDb(), userId), school), work);

beforeAll(async () => {
  const academy = await insertAcademy(testDb());
  school = await insertEstablishment(testDb(), { academyId: academy.id });
  coordinator = (await insertUser(testDb(), { memberships: [{ establishmentId: school.id, role: "COORDINATOR" }] })).id;
  teacher = await insertUser(testDb(), { name: "Karim Haddad", memberships: [{ establishmentId: school.id, role: "TEACHER" }] });
  otherTeacher = await insertUser(testDb(), { name: "Anne Roy", memberships: [{ establishmentId: school.id, role: "TEACHER" }] });
  inspector = (await insertUser(testDb(), { inspects: [academy.id] })).id;
  org = await insertOrganisation(testDb(), school.id, 2026);
  pupils = await insertPupils(testDb(), { establishmentId: school.id, divisionId: org.division.id }, 5);
});

describe("referents", () => {
  it("are given to a whole class at once, and a caseload above the school's limit is flagged", async () => {
    const result = await asUser(coordinator, (tx) =>
      assignClassReferent(tx, { userId: coordinator }, { establishmentId: school.id, divisionId: org.division.id, userId: teacher.id, onlyUnassigned: "" }),
    );
    expect(result).toEqual({ assigned: 5 });
    const limitBefore = await asUser(coordinator, (tx) => caseloadLimitOf(tx, school.id));
    expect(limitBefore).toBe(12);
    await asUser(coordinator, (tx) => setCaseloadLimit(tx, { userId: coordinator }, { establishmentId: school.id, limit: 4 }));
    const { limit, assignments } = await asUser(coordinator, async (tx) => ({
      limit: await caseloadLimitOf(tx, school.id),
      assignments: (await loadReferents(tx, { establishmentId: school.id, schoolYear: 2026 })).assignments,
    }));
    const rows = caseloads([{ userId: teacher.id, name: teacher.name }, { userId: otherTeacher.id, name: otherTeacher.name }], assignments, limit);
    expect(rows[0]).toEqual({ userId: teacher.id, name: "Karim Haddad", count: 5, over: true });
    expect(rows[1]!.over).toBe(false);
    // A principal cannot be a referent.
    const principal = await insertUser(testDb(), { memberships: [{ establishmentId: school.id, role: "PRINCIPAL" }] });
    await expect(
      asUser(coordinator, (tx) =>
        assignClassReferent(tx, { userId: coordinator }, { establishmentId: school.id, divisionId: org.division.id, userId: principal.id, onlyUnassigned: "" }),
      ),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("log interviews written by the pupil's referent only", async () => {
    const input = addInterviewSchema.parse({ establishmentId: school.id, pupilId: pupils[0]!.id, heldOn: "2026-10-02", subject: "Point sur le stage" });
    await asUser(teacher.id, (tx) => addInterview(tx, { userId: teacher.id, canWriteSchool: false }, input));
    await expect(asUser(otherTeacher.id, (tx) => addInterview(tx, { userId: otherTeacher.id, canWriteSchool: false }, input))).rejects.toBeInstanceOf(NotFoundError);
    const logged = await testDb().referentInterview.findMany({ where: { pupilId: pupils[0]!.id } });
    expect(logged).toMatchObject([{ userId: teacher.id, subject: "Point sur le stage" }]);
    // Inspectors read no interview and no referent.
    expect(await asUser(inspector, (tx) => tx.referentInterview.count({ where: { establishmentId: school.id } }))).toBe(0);
    expect(await asUser(inspector, (tx) => tx.pupilReferent.count({ where: { establishmentId: school.id } }))).toBe(0);
  });
});

const pdf = (name: string) => new File(["%PDF-1.4\n% compte rendu\n"], name, { type: "application/pdf" });
const png = (name: string) => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])], name, { type: "application/pdf" });

describe("meetings", () => {
  const fields = (minutes: File | "") =>
    createMeetingSchema.parse({
      establishmentId: school.id,
      schoolYear: "2026",
      heldOn: "2026-09-22",
      body: "PEDAGOGICAL_COUNCIL",
      bodyLabel: "",
      participants: "Direction, coordonnatrice",
      agenda: "Groupes de la période 1",
      decisions: "Barrette du mardi",
      minutes,
    });

  it("store minutes by their content: a PNG named .pdf is refused, a real PDF is kept with its detected type", async () => {
    await expect(asUser(coordinator, (tx) => createMeeting(tx, { userId: coordinator }, fields(png("compte-rendu.pdf"))))).rejects.toMatchObject({
      fieldErrors: { minutes: [expect.stringContaining("se termine par .pdf mais son contenu est un image PNG")] },
    });
    // A long name without an extension (the database keeps 200 characters): its content's extension within them.
    const unnamed = await asUser(coordinator, (tx) => createMeeting(tx, { userId: coordinator }, fields(pdf("c".repeat(200)))));
    const kept = await testDb().meeting.findUniqueOrThrow({ where: { establishmentId_id: { establishmentId: school.id, id: unnamed.id } }, include: { minutes: true } });
    expect(kept.minutes?.fileName).toBe(`${"c".repeat(196)}.pdf`);
    const meeting = await asUser(coordinator, (tx) => createMeeting(tx, { userId: coordinator }, fields(pdf("CR réunion.pdf"))));
    const stored = await testDb().meeting.findUniqueOrThrow({ where: { establishmentId_id: { establishmentId: school.id, id: meeting.id } }, include: { minutes: true } });
    expect(stored.minutes).toMatchObject({ fileName: "CR réunion.pdf", mediaType: "application/pdf" });
    const fileId = stored.minutes!.id;

    // Staff download the minutes; an inspector of the académie does not (they may name pupils).
    const asStaff = await asUser(teacher.id, (tx) => findFileForDownload(tx, { establishmentId: school.id, fileId, staff: true }));
    expect(asStaff?.fileName).toBe("CR réunion.pdf");
    expect(await asUser(inspector, (tx) => findFileForDownload(tx, { establishmentId: school.id, fileId, staff: false }))).toBeNull();
    // Another school's reader gets nothing either, even naming the right id.
    const elsewhere = await insertEstablishment(testDb(), { academyId: school.academyId });
    const stranger = await insertUser(testDb(), { memberships: [{ establishmentId: elsewhere.id, role: "COORDINATOR" }] });
    const strangerScope = schoolDataScope(await scopeOf(testDb(), stranger.id), elsewhere);
    expect(await runInScope(appTestDb(), strangerScope, (tx) => findFileForDownload(tx, { establishmentId: school.id, fileId, staff: true }))).toBeNull();

    // Removing the minutes deletes the stored file.
    const update = updateMeetingSchema.parse({
      establishmentId: school.id,
      schoolYear: "2026",
      heldOn: "2026-09-22",
      body: "PEDAGOGICAL_COUNCIL",
      bodyLabel: "",
      participants: "Direction, coordonnatrice",
      agenda: "Groupes de la période 1",
      decisions: "Barrette du mardi",
      minutes: "",
      meetingId: meeting.id,
      version: stored.updatedAt.toISOString(),
      removeMinutes: "on",
    });
    await asUser(coordinator, (tx) => updateMeeting(tx, { userId: coordinator }, update));
    expect(await testDb().storedFile.count({ where: { id: fileId } })).toBe(0);
  });

  it("refuse a meeting outside the school year and an 'other' body without a name", async () => {
    await expect(asUser(coordinator, (tx) => createMeeting(tx, { userId: coordinator }, { ...fields(""), heldOn: new Date("2027-09-02T00:00:00Z") }))).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    const other = createMeetingSchema.safeParse({
      establishmentId: school.id,
      schoolYear: "2026",
      heldOn: "2026-10-01",
      body: "OTHER",
      bodyLabel: "",
      participants: "",
      agenda: "",
      decisions: "",
    });
    expect(other.success).toBe(false);
    expect(other.error?.issues.map((i) => i.message)).toContain("Nommez l'instance.");
  });
});

describe("rotation", () => {
  it("shows each pupil's groups across periods and the change of their levels between diagnostics", async () => {
    const [p1, p2] = org.periods;
    const reading = await competencyByLabel(testDb(), "Lire et comprendre un texte");
    const pupil = pupils[1]!;
    const g1 = await insertNeedGroup(testDb(), { establishmentId: school.id, periodId: p1!.id, schemeId: org.schemes[0]!.id, name: "Remédiation lecture", pupilIds: [pupil.id] });
    const g2 = await insertNeedGroup(testDb(), { establishmentId: school.id, periodId: p2!.id, schemeId: org.schemes[0]!.id, name: "Approfondissement", pupilIds: [pupil.id] });
    expect(g1.id).not.toBe(g2.id);
    await insertDiagnostic(testDb(), { establishmentId: school.id, periodId: p1!.id, pupilId: pupil.id, competencyId: reading.id, level: "FRAGILE" });
    await insertDiagnostic(testDb(), { establishmentId: school.id, periodId: p2!.id, pupilId: pupil.id, competencyId: reading.id, level: "SATISFACTORY" });
    const rotation = await asUser(coordinator, (tx) => loadRotation(tx, { establishmentId: school.id, schoolYear: 2026, divisionId: org.division.id }));
    const paths = pupilPaths(rotation.periods, rotation.pupils.map((p) => p.id), rotation.memberships, rotation.results, (id) => rotation.competencies.get(id) ?? "");
    const path = paths.find((p) => p.pupilId === pupil.id)!;
    expect(path.groups).toEqual([["Remédiation lecture"], ["Approfondissement"]]);
    expect(path.changes.map((c) => `${c.competency} : ${c.text}`)).toEqual(["Lire et comprendre un texte : fragile → satisfaisante ↑"]);
    // An inspector's reading of the same yields no pupil and no path.
    const seen = await asUser(inspector, (tx) => loadRotation(tx, { establishmentId: school.id, schoolYear: 2026 }));
    expect(seen.pupils).toEqual([]);
    expect(seen.memberships).toEqual([]);
    expect(seen.results).toEqual([]);
  });
});
