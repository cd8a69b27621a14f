// Every server action of the app with a builder of a valid input for it: the
// isolation matrix tries each as every persona, the bad-input fuzz
// (tests/fuzz) spoils each one's input. A new action without an entry here
// fails both.
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Capability } from "@/features/access/policy";
import { getFramework } from "@/features/frameworks/queries";
import { createFrameworkSchema } from "@/features/frameworks/schemas";
import * as frameworkService from "@/features/frameworks/service";
import type { ActionResult } from "@/server/action";
import { runInScope } from "@/server/scoped-transaction";
import { buildEstablishment, insertAcademy, insertGrid, insertOrganisation, insertScheme, insertUser, nextSequence, unusedAcademyData } from "../factories";
import { versionOf } from "@/lib/versions";
import { insertNeedGroup, insertPupil } from "../factories/needs";
import { testDb } from "../setup/database";
import type { World } from "./world";

export type School = World["schools"]["A"];
export type Entry =
  | { kind: "school"; capability: Capability; input: (c: { world: World; school: School }) => Promise<unknown> }
  | { kind: "platform"; capability: Capability; input: (c: { world: World }) => Promise<unknown> }
  | { kind: "self"; input: (c: { world: World }) => Promise<unknown> }
  | { kind: "exempt"; reason: string };

async function insertDivision(establishmentId: string) {
  return testDb().division.create({
    data: { establishmentId, schoolYear: 2026, name: `1B-${nextSequence()}`, diploma: "BAC_PRO", yearOfStudy: 1, headcount: 20 },
  });
}
function importForm(establishmentId: string): FormData {
  const form = new FormData();
  form.set("establishmentId", establishmentId);
  form.set("schoolYear", "2026");
  form.set("file", new File([`Classe;Formation\nI-${nextSequence()};2NDPRO\n`], "classes.csv", { type: "text/csv" }));
  return form;
}

// Pupils for the pupils' and diagnostics' actions, in a class of their own.
async function insertMatrixPupil(establishmentId: string) {
  const division = await insertDivision(establishmentId);
  return testDb().pupil.create({ data: { establishmentId, schoolYear: 2026, divisionId: division.id, lastName: "Matrice", firstName: `Élève ${nextSequence()}` } });
}
function pupilImportForm(establishmentId: string, className: string): FormData {
  const form = new FormData();
  form.set("establishmentId", establishmentId);
  form.set("schoolYear", "2026");
  form.set("file", new File([`Nom;Prénom;Classe\nMatrice;Import ${nextSequence()};${className}\n`], "eleves.csv", { type: "text/csv" }));
  return form;
}

// Frameworks for the platform's actions: Bac Pro volumes of 30 + 30 + 31 h, a fresh code each time.
const adminData = { userId: null, isAdmin: true, readable: [], writable: null };
const freshFrameworkCode = () => `ESSAI-${nextSequence()}`;
function frameworkFields(code: string): FormData {
  return toFormData({
    code,
    name: `Référentiel ${code}`,
    firstSchoolYear: "2024",
    lastSchoolYear: "",
    source: "Texte de test",
    "strands.0.kind": "PERSONALISED_SUPPORT",
    "strands.0.label": "Accompagnement personnalisé",
    ...Object.fromEntries(
      ["30", "30", "31"].flatMap((hours, i) => [
        [`volumes.${i}.diploma`, "BAC_PRO"],
        [`volumes.${i}.yearOfStudy`, String(i + 1)],
        [`volumes.${i}.hours`, hours],
        [`volumes.${i}.weeklyHours`, "1"],
      ]),
    ),
  });
}
export function toFormData(fields: Record<string, FormDataEntryValue>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}
async function insertFramework() {
  const admin = await insertUser(testDb(), { isAdmin: true });
  const input = createFrameworkSchema.parse(Object.fromEntries(frameworkFields(freshFrameworkCode())));
  return runInScope(testDb(), adminData, (tx) => frameworkService.createFramework(tx, { userId: admin.id, isAdmin: true }, input));
}

// Each attempt works in a school year of its own for its school (2031 to 2100), so that attempts never clash.
const lastYear = new Map<string, number>();
const freshYear = (schoolId: string) => {
  const year = (lastYear.get(schoolId) ?? 2030) + 1;
  if (year > 2100) throw new Error("the matrix ran out of school years for one school");
  lastYear.set(schoolId, year);
  return year;
};
const freshEmail = () => `nouveau.${nextSequence()}@ac-test.example`;
const memberOf = async (school: School) =>
  insertUser(testDb(), { memberships: [{ establishmentId: school.id, role: "TEACHER" }] });
// One organisation per school for the groups', referents' and meetings' attempts: they never clash
// (a fresh pupil or group each time), and school years are few.
const organisations = new Map<string, ReturnType<typeof insertOrganisation>>();
const sharedOrganisation = (school: School) => {
  if (!organisations.has(school.id)) organisations.set(school.id, insertOrganisation(testDb(), school.id, freshYear(school.id)));
  return organisations.get(school.id)!;
};
// A need group's form, on the first period and scheme of an organisation.
const groupFields = (o: Awaited<ReturnType<typeof insertOrganisation>>) => ({
  periodId: o.periods[0]!.id,
  schemeId: o.schemes[0]!.id,
  name: `Groupe ${nextSequence()}`,
  kind: "REMEDIATION",
  focus: "Lire et comprendre un texte",
  weekday: "1",
  startTime: "10:00",
  endTime: "11:00",
  firstWeek: "",
  lastWeek: "",
  room: "",
  capacity: "12",
  plannedHours: "6",
  teacherIds: "",
});
/** A pupil whose referent is the teacher of A in school A (another teacher elsewhere). */
async function insertFollowedPupil(world: World, school: School) {
  const o = await sharedOrganisation(school);
  const userId = school.id === world.schools.A.id ? world.users["teacher of A"].id : (await memberOf(school)).id;
  const pupil = await insertPupil(testDb(), { establishmentId: school.id, divisionId: o.division.id, schoolYear: o.division.schoolYear });
  await testDb().pupilReferent.create({ data: { establishmentId: school.id, pupilId: pupil.id, userId } });
  return pupil;
}
/** A meeting's form with minutes attached (a small PDF). */
function meetingForm(establishmentId: string, year: number): FormData {
  const form = new FormData();
  form.set("establishmentId", establishmentId);
  form.set("schoolYear", String(year));
  form.set("heldOn", `${year}-11-10`);
  form.set("body", "PEDAGOGICAL_COUNCIL");
  form.set("bodyLabel", "");
  form.set("participants", "Équipe de direction, professeurs principaux");
  form.set("agenda", "Bilan de la période 1");
  form.set("decisions", "Recomposer les groupes");
  form.set("minutes", new File(["%PDF-1.4 compte rendu"], "compte-rendu.pdf", { type: "application/pdf" }));
  return form;
}
/** A group with one pupil, taught by the teacher of A in school A (by another teacher elsewhere). */
async function insertTaughtGroup(world: World, school: School) {
  const o = await sharedOrganisation(school);
  const year = o.division.schoolYear;
  const teacherId = school.id === world.schools.A.id ? world.users["teacher of A"].id : (await memberOf(school)).id;
  const pupil = await insertPupil(testDb(), { establishmentId: school.id, divisionId: o.division.id, schoolYear: year });
  const group = await insertNeedGroup(testDb(), {
    establishmentId: school.id,
    periodId: o.periods[0]!.id,
    schemeId: o.schemes[0]!.id,
    teacherIds: [teacherId],
    pupilIds: [pupil.id],
  });
  return { group, pupil, year };
}

// Grids for the PDCA grid's actions.
async function gridStep(establishmentId: string, status: "DRAFT" | "SUBMITTED" | "VALIDATED") {
  const { grid } = await insertGrid(testDb(), establishmentId, status);
  return { establishmentId, gridId: grid.id, version: versionOf(grid.updatedAt), comment: "" };
}
async function insertGridAction(establishmentId: string) {
  const { grid } = await insertGrid(testDb(), establishmentId);
  return testDb().gridAction.create({ data: { establishmentId, gridId: grid.id, title: "Action" } });
}

// Indicators: each value on a period of its own; each target on an (indicator, year) of its own (2000 to 2030, used by nothing else).
async function insertIndicatorPeriod(establishmentId: string) {
  return testDb().period.create({
    data: { establishmentId, schoolYear: 2026, name: `Indicateurs ${nextSequence()}`, startsOn: new Date("2026-09-01T00:00:00Z"), endsOn: new Date("2026-10-16T00:00:00Z") },
  });
}
let targetAttempts = 0;
const freshTarget = () => {
  const n = targetAttempts++;
  const codes = ["ATTENDANCE_RATE", "ABSENTEEISM_RATE", "DROPOUT_RATE", "EXAM_SUCCESS_RATE", "SCHOOL_CLIMATE"];
  return { indicatorCode: codes[n % codes.length]!, schoolYear: String(2000 + Math.floor(n / codes.length)) };
};

export const actionEntries: Record<string, Entry> = {
  // The PDCA grid: each attempt on a grid of its own, in the state the action expects.
  "pdca.createSheetVersion": {
    kind: "platform",
    capability: "platform.admin",
    input: async () => {
      // A sheet of its own each time, so that each attempt starts from a latest version.
      const sheet = await testDb().gridSheet.create({
        data: { key: `essai-${nextSequence()}`, version: 1, title: "Fiche d'essai", frameworkCode: "TVP-2019", strands: ["GUIDANCE"] },
      });
      await testDb().gridSection.create({ data: { sheetId: sheet.id, key: "partie", phase: "PLAN", title: "Partie", position: 0 } });
      return toFormData({ sheetId: sheet.id, title: "Fiche d'essai", note: "Essai", context: "", "sections.0.key": "partie", "sections.0.title": "Partie", "sections.0.items": "Q : Une question ?" });
    },
  },
  "pdca.startGrid": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => ({ establishmentId: school.id, schemeId: (await insertScheme(testDb(), school.id)).id, carryOver: "non" }),
  },
  "pdca.saveAnswer": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const { grid, questionKey } = await insertGrid(testDb(), school.id);
      return { establishmentId: school.id, gridId: grid.id, itemKey: questionKey, body: "<p>Réponse</p>", status: "IN_PROGRESS", version: 0 };
    },
  },
  "pdca.restoreAnswer": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const { grid, questionKey } = await insertGrid(testDb(), school.id);
      const key = { establishmentId: school.id, gridId: grid.id, itemKey: questionKey };
      await testDb().gridAnswer.create({ data: { ...key, body: "<p>B</p>", status: "IN_PROGRESS", version: 2 } });
      await testDb().gridAnswerRevision.createMany({ data: [{ ...key, version: 1, body: "<p>A</p>", status: "IN_PROGRESS" }, { ...key, version: 2, body: "<p>B</p>", status: "IN_PROGRESS" }] });
      return { ...key, revision: 1, version: 2 };
    },
  },
  "pdca.loadAnswerHistory": {
    kind: "school",
    capability: "establishment.read",
    input: async ({ school }) => {
      const { grid, questionKey } = await insertGrid(testDb(), school.id);
      return { establishmentId: school.id, gridId: grid.id, itemKey: questionKey };
    },
  },
  "pdca.submitGrid": { kind: "school", capability: "establishment.write", input: async ({ school }) => gridStep(school.id, "DRAFT") },
  "pdca.validateGrid": { kind: "school", capability: "grid.review", input: async ({ school }) => gridStep(school.id, "SUBMITTED") },
  "pdca.returnGrid": { kind: "school", capability: "grid.review", input: async ({ school }) => ({ ...(await gridStep(school.id, "SUBMITTED")), comment: "À reprendre" }) },
  "pdca.reopenGrid": { kind: "school", capability: "grid.review", input: async ({ school }) => gridStep(school.id, "VALIDATED") },
  "pdca.coachGrid": {
    kind: "school",
    capability: "grid.coach",
    input: async ({ school }) => ({ establishmentId: school.id, gridId: (await insertGrid(testDb(), school.id)).grid.id, comment: "Piste de travail" }),
  },
  "pdca.addGridAction": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => ({ establishmentId: school.id, gridId: (await insertGrid(testDb(), school.id)).grid.id, title: "Action", startsOn: "2026-10-01", dueOn: "2026-12-01" }),
  },
  "pdca.updateGridAction": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const action = await insertGridAction(school.id);
      return { establishmentId: school.id, gridId: action.gridId, actionId: action.id, version: versionOf(action.updatedAt), title: "Action revue", status: "DONE" };
    },
  },
  "pdca.deleteGridAction": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const action = await insertGridAction(school.id);
      return { establishmentId: school.id, gridId: action.gridId, actionId: action.id };
    },
  },
  "pdca.addKeyDate": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => ({ establishmentId: school.id, gridId: (await insertGrid(testDb(), school.id)).grid.id, on: "2027-03-15", label: "Bilan d'étape" }),
  },
  "pdca.deleteKeyDate": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const { grid } = await insertGrid(testDb(), school.id);
      const keyDate = await testDb().gridKeyDate.create({ data: { establishmentId: school.id, gridId: grid.id, on: new Date("2027-03-15"), label: "Bilan" } });
      return { establishmentId: school.id, gridId: grid.id, keyDateId: keyDate.id };
    },
  },
  "pdca.attachEvidenceFile": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const { grid, questionKey } = await insertGrid(testDb(), school.id);
      return toFormData({
        establishmentId: school.id,
        gridId: grid.id,
        itemKey: questionKey,
        file: new File([new TextEncoder().encode("%PDF-1.4\n%%EOF")], "preuve.pdf", { type: "application/pdf" }),
      });
    },
  },
  "pdca.linkEvidenceIndicator": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const { grid, questionKey, indicatorKey } = await insertGrid(testDb(), school.id);
      return { establishmentId: school.id, gridId: grid.id, itemKey: questionKey, indicatorKey };
    },
  },
  "pdca.removeEvidence": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const { grid, questionKey, indicatorKey } = await insertGrid(testDb(), school.id);
      const evidence = await testDb().gridEvidence.create({ data: { establishmentId: school.id, gridId: grid.id, itemKey: questionKey, indicatorKey } });
      return { establishmentId: school.id, gridId: grid.id, evidenceId: evidence.id };
    },
  },

  "members.addMember": {
    kind: "school",
    capability: "members.manage",
    input: async ({ school }) => ({ establishmentId: school.id, email: freshEmail(), name: "Nouvelle Recrue", role: "TEACHER" }),
  },
  "members.changeMemberRole": {
    kind: "school",
    capability: "members.manage",
    input: async ({ school }) => ({ establishmentId: school.id, userId: (await memberOf(school)).id, role: "COORDINATOR" }),
  },
  "members.removeMember": {
    kind: "school",
    capability: "members.manage",
    input: async ({ school }) => ({ establishmentId: school.id, userId: (await memberOf(school)).id }),
  },
  "identity.changePassword": {
    kind: "self",
    input: async () => ({ currentPassword: "", newPassword: "une phrase assez longue", confirmation: "une phrase assez longue" }),
  },
  "administration.createAcademy": {
    kind: "platform",
    capability: "platform.admin",
    input: async () => {
      const academy = await unusedAcademyData(testDb());
      return { code: academy.code, name: academy.name };
    },
  },
  "administration.updateAcademy": {
    kind: "platform",
    capability: "platform.admin",
    input: async () => {
      const academy = await insertAcademy(testDb());
      return { academyId: academy.id, code: academy.code, name: `${academy.name} (renommée)` };
    },
  },
  "administration.createEstablishment": {
    kind: "platform",
    capability: "platform.admin",
    input: async ({ world }) => buildEstablishment({ academyId: world.academies.X.id }),
  },
  "administration.updateEstablishment": {
    kind: "platform",
    capability: "platform.admin",
    input: async ({ world }) => ({
      establishmentId: world.schools.B.id,
      name: `Lycée renommé ${nextSequence()}`,
      city: "Beaune",
      kind: "LP",
      academyId: world.academies.X.id,
    }),
  },
  "administration.createUser": {
    kind: "platform",
    capability: "platform.admin",
    input: async () => ({ email: freshEmail(), name: "Compte Créé" }),
  },
  "administration.updateUser": {
    kind: "platform",
    capability: "platform.admin",
    input: async () => {
      const user = await insertUser(testDb());
      return { userId: user.id, version: user.updatedAt.toISOString(), email: user.email, name: "Nom Corrigé" };
    },
  },
  "administration.disableUser": {
    kind: "platform",
    capability: "platform.admin",
    input: async () => ({ userId: (await insertUser(testDb())).id }),
  },
  "administration.enableUser": {
    kind: "platform",
    capability: "platform.admin",
    input: async () => ({ userId: (await insertUser(testDb(), { disabled: true })).id }),
  },
  "administration.setUserPassword": {
    kind: "platform",
    capability: "platform.admin",
    input: async () => ({
      userId: (await insertUser(testDb())).id,
      password: "une phrase assez longue",
      confirmation: "une phrase assez longue",
    }),
  },
  "administration.addMembership": {
    kind: "platform",
    capability: "platform.admin",
    input: async ({ world }) => ({ userId: (await insertUser(testDb())).id, establishmentId: world.schools.C.id, role: "TEACHER" }),
  },
  "administration.removeMembership": {
    kind: "platform",
    capability: "platform.admin",
    input: async ({ world }) => ({ userId: (await memberOf(world.schools.C)).id, establishmentId: world.schools.C.id }),
  },
  "administration.assignInspector": {
    kind: "platform",
    capability: "platform.admin",
    input: async ({ world }) => ({ userId: (await insertUser(testDb())).id, academyId: world.academies.Y.id }),
  },
  "administration.unassignInspector": {
    kind: "platform",
    capability: "platform.admin",
    input: async ({ world }) => ({
      userId: (await insertUser(testDb(), { inspects: [world.academies.Y.id] })).id,
      academyId: world.academies.Y.id,
    }),
  },
  "periods.createPeriod": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const year = freshYear(school.id);
      return { establishmentId: school.id, schoolYear: year, kind: "TEACHING", name: "Période 1", startsOn: `${year}-09-01`, endsOn: `${year}-10-16` };
    },
  },
  "periods.updatePeriod": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const { periods } = await insertOrganisation(testDb(), school.id, freshYear(school.id));
      const p = periods[0]!;
      return {
        establishmentId: school.id,
        periodId: p.id,
        version: p.updatedAt.toISOString(),
        schoolYear: p.schoolYear,
        kind: "TEACHING",
        name: "Période 1 (modifiée)",
        startsOn: `${p.schoolYear}-09-02`,
        endsOn: `${p.schoolYear}-10-16`,
      };
    },
  },
  "periods.deletePeriod": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const { periods } = await insertOrganisation(testDb(), school.id, freshYear(school.id));
      return { establishmentId: school.id, periodId: periods[1]!.id };
    },
  },
  "schemes.openSchemes": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const framework = await testDb().framework.findFirstOrThrow({ where: { code: "TVP-2019" } });
      return { establishmentId: school.id, schoolYear: freshYear(school.id), frameworkId: framework.id };
    },
  },
  "schemes.updateScheme": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const { schemes } = await insertOrganisation(testDb(), school.id, freshYear(school.id));
      const scheme = schemes[0]!;
      return { establishmentId: school.id, schemeId: scheme.id, version: scheme.updatedAt.toISOString(), pilot: "Claire Martin", description: "Groupes de besoin en français." };
    },
  },
  "schemes.deleteScheme": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const { schemes } = await insertOrganisation(testDb(), school.id, freshYear(school.id));
      return { establishmentId: school.id, schemeId: schemes[2]!.id };
    },
  },
  "hours.saveHours": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const o = await insertOrganisation(testDb(), school.id, freshYear(school.id));
      return {
        establishmentId: school.id,
        divisionId: o.division.id,
        schemeId: o.schemes[0]!.id,
        periodId: o.periods[0]!.id,
        kind: "planned",
        hours: "12,5",
        version: "",
      };
    },
  },
  "frameworks.createFramework": {
    kind: "platform",
    capability: "platform.admin",
    input: async () => frameworkFields(freshFrameworkCode()),
  },
  "frameworks.updateFramework": {
    kind: "platform",
    capability: "platform.admin",
    input: async () => {
      const { id } = await insertFramework();
      const { revision } = (await runInScope(testDb(), adminData, (tx) => getFramework(tx, id)))!;
      const fields = frameworkFields("INUTILE");
      fields.delete("code");
      fields.set("frameworkId", id);
      fields.set("revision", revision);
      fields.set("name", "Référentiel renommé");
      return fields;
    },
  },
  "frameworks.createFrameworkVersion": {
    kind: "platform",
    capability: "platform.admin",
    input: async () => ({ frameworkId: (await insertFramework()).id, firstSchoolYear: "2027", closePrevious: "on" }),
  },
  "frameworks.deleteFramework": {
    kind: "platform",
    capability: "platform.admin",
    input: async () => ({ frameworkId: (await insertFramework()).id }),
  },
  "divisions.createDivision": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => ({
      establishmentId: school.id,
      schoolYear: "2026",
      name: `2A-${nextSequence()}`,
      diploma: "BAC_PRO",
      yearOfStudy: "1",
      trade: "",
      headcount: "24",
    }),
  },
  "divisions.updateDivision": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const division = await insertDivision(school.id);
      return {
        establishmentId: school.id,
        divisionId: division.id,
        version: division.updatedAt.toISOString(),
        name: `${division.name}B`,
        diploma: "CAP",
        yearOfStudy: 2,
        trade: "",
        headcount: 12,
      };
    },
  },
  "divisions.deleteDivision": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => ({ establishmentId: school.id, divisionId: (await insertDivision(school.id)).id }),
  },
  "divisions.previewDivisionImport": {
    kind: "school",
    capability: "establishment.write",
    // A preview writes nothing, hence no audit row: see the check below.
    input: async ({ school }) => importForm(school.id),
  },
  "divisions.importDivisions": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const form = importForm(school.id);
      form.set("mode", "all");
      return form;
    },
  },
  "groups.createGroup": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => ({ ...groupFields(await sharedOrganisation(school)), establishmentId: school.id }),
  },
  "groups.updateGroup": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const o = await sharedOrganisation(school);
      const group = await insertNeedGroup(testDb(), { establishmentId: school.id, periodId: o.periods[0]!.id, schemeId: o.schemes[0]!.id });
      return { ...groupFields(o), establishmentId: school.id, groupId: group.id, version: group.updatedAt.toISOString(), name: "Groupe renommé" };
    },
  },
  "groups.deleteGroup": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const o = await sharedOrganisation(school);
      const group = await insertNeedGroup(testDb(), { establishmentId: school.id, periodId: o.periods[0]!.id, schemeId: o.schemes[0]!.id });
      return { establishmentId: school.id, groupId: group.id };
    },
  },
  "groups.setGroupMembers": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const o = await sharedOrganisation(school);
      const year = o.division.schoolYear;
      const group = await insertNeedGroup(testDb(), { establishmentId: school.id, periodId: o.periods[0]!.id, schemeId: o.schemes[0]!.id });
      const pupil = await insertPupil(testDb(), { establishmentId: school.id, divisionId: o.division.id, schoolYear: year });
      return { establishmentId: school.id, groupId: group.id, version: group.updatedAt.toISOString(), members: [{ pupilId: pupil.id, reason: "Fragile en lecture" }] };
    },
  },
  "groups.saveComposition": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const o = await sharedOrganisation(school);
      const year = o.division.schoolYear;
      const pupil = await insertPupil(testDb(), { establishmentId: school.id, divisionId: o.division.id, schoolYear: year });
      const { name, kind, focus, room, teacherIds, ...slot } = groupFields(o);
      void teacherIds;
      return { ...slot, establishmentId: school.id, groups: [{ name, kind, focus, room, teacherIds: "", members: [{ pupilId: pupil.id, reason: "" }] }] };
    },
  },
  "groups.recordSession": {
    kind: "school",
    capability: "sessions.record",
    // In school A the group is taught by the teacher of A, who may record it; elsewhere by a teacher of that school.
    input: async ({ world, school }) => {
      const { group, pupil, year } = await insertTaughtGroup(world, school);
      return { establishmentId: school.id, groupId: group.id, heldOn: `${year}-09-15`, hours: "1,5", attendance: [{ pupilId: pupil.id, status: "PRESENT" }] };
    },
  },
  "groups.deleteSession": {
    kind: "school",
    capability: "sessions.record",
    input: async ({ world, school }) => {
      const { group, year } = await insertTaughtGroup(world, school);
      const session = await testDb().groupSession.create({
        data: { establishmentId: school.id, groupId: group.id, heldOn: new Date(`${year}-09-16T00:00:00Z`), hours: 1 },
      });
      return { establishmentId: school.id, sessionId: session.id };
    },
  },
  "pupils.createPupil": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => ({
      establishmentId: school.id,
      schoolYear: "2026",
      divisionId: (await insertDivision(school.id)).id,
      lastName: "Matrice",
      firstName: `Élève ${nextSequence()}`,
    }),
  },
  "pupils.updatePupil": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const pupil = await insertMatrixPupil(school.id);
      return { establishmentId: school.id, pupilId: pupil.id, version: pupil.updatedAt.toISOString(), divisionId: pupil.divisionId, lastName: "Matrice", firstName: "Renommée" };
    },
  },
  "pupils.deletePupil": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => ({ establishmentId: school.id, pupilId: (await insertMatrixPupil(school.id)).id }),
  },
  "pupils.previewPupilImport": {
    kind: "school",
    capability: "establishment.write",
    // A preview writes nothing, hence no audit row.
    input: async ({ school }) => pupilImportForm(school.id, (await insertDivision(school.id)).name),
  },
  "pupils.importPupils": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const form = pupilImportForm(school.id, (await insertDivision(school.id)).name);
      form.set("mode", "all");
      return form;
    },
  },
  "diagnostics.createCompetency": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => ({ establishmentId: school.id, domain: "METHODS", label: `Compétence ${nextSequence()}` }),
  },
  "diagnostics.archiveCompetency": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const competency = await testDb().competency.create({ data: { establishmentId: school.id, domain: "FRENCH", label: `Compétence ${nextSequence()}` } });
      return { establishmentId: school.id, competencyId: competency.id, archived: true };
    },
  },
  "diagnostics.createTool": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => ({ establishmentId: school.id, label: `Outil ${nextSequence()}` }),
  },
  "diagnostics.archiveTool": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const tool = await testDb().positioningTool.create({ data: { establishmentId: school.id, kind: "SCHOOL_OWN", label: `Outil ${nextSequence()}` } });
      return { establishmentId: school.id, toolId: tool.id, archived: true };
    },
  },
  "diagnostics.saveDiagnostics": {
    kind: "school",
    capability: "diagnostics.write",
    input: async ({ school }) => {
      const pupil = await insertMatrixPupil(school.id);
      const period = await testDb().period.create({
        data: { establishmentId: school.id, schoolYear: 2026, name: `P${nextSequence()}`, startsOn: new Date("2026-09-01"), endsOn: new Date("2026-10-16") },
      });
      const [competency, tool] = await Promise.all([
        testDb().competency.findFirstOrThrow({ where: { establishmentId: null } }),
        testDb().positioningTool.findFirstOrThrow({ where: { establishmentId: null } }),
      ]);
      return { establishmentId: school.id, periodId: period.id, toolId: tool.id, cells: [{ pupilId: pupil.id, competencyId: competency.id, level: "FRAGILE", seen: null }] };
    },
  },
  "referents.assignReferent": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const o = await sharedOrganisation(school);
      const pupil = await insertPupil(testDb(), { establishmentId: school.id, divisionId: o.division.id, schoolYear: o.division.schoolYear });
      return { establishmentId: school.id, pupilId: pupil.id, userId: (await memberOf(school)).id };
    },
  },
  "referents.assignClassReferent": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const o = await sharedOrganisation(school);
      await insertPupil(testDb(), { establishmentId: school.id, divisionId: o.division.id, schoolYear: o.division.schoolYear });
      return { establishmentId: school.id, divisionId: o.division.id, userId: (await memberOf(school)).id, onlyUnassigned: "" };
    },
  },
  "referents.setCaseloadLimit": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => ({ establishmentId: school.id, limit: String(10 + (nextSequence() % 20)) }),
  },
  "referents.addInterview": {
    kind: "school",
    capability: "sessions.record",
    // In school A the pupil's referent is the teacher of A, who may note the interview.
    input: async ({ world, school }) => {
      const pupil = await insertFollowedPupil(world, school);
      return { establishmentId: school.id, pupilId: pupil.id, heldOn: `${pupil.schoolYear}-10-05`, subject: "Point sur le projet d'orientation" };
    },
  },
  "referents.deleteInterview": {
    kind: "school",
    capability: "sessions.record",
    input: async ({ world, school }) => {
      const pupil = await insertFollowedPupil(world, school);
      const referent = await testDb().pupilReferent.findUniqueOrThrow({ where: { establishmentId_pupilId: { establishmentId: school.id, pupilId: pupil.id } } });
      const interview = await testDb().referentInterview.create({
        data: { establishmentId: school.id, pupilId: pupil.id, userId: referent.userId, heldOn: new Date(`${pupil.schoolYear}-10-05T00:00:00Z`), subject: "Bilan" },
      });
      return { establishmentId: school.id, interviewId: interview.id };
    },
  },
  "meetings.createMeeting": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => meetingForm(school.id, 2026),
  },
  "meetings.updateMeeting": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const year = 2026;
      const meeting = await testDb().meeting.create({
        data: { establishmentId: school.id, schoolYear: year, heldOn: new Date(`${year}-11-10T00:00:00Z`), body: "PEDAGOGICAL_COUNCIL" },
      });
      const form = meetingForm(school.id, year);
      form.set("meetingId", meeting.id);
      form.set("version", meeting.updatedAt.toISOString());
      return form;
    },
  },
  "meetings.deleteMeeting": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const year = 2026;
      const meeting = await testDb().meeting.create({
        data: { establishmentId: school.id, schoolYear: year, heldOn: new Date(`${year}-11-10T00:00:00Z`), body: "TEACHING_TEAM" },
      });
      return { establishmentId: school.id, meetingId: meeting.id };
    },
  },
  "indicators.saveIndicatorValue": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => ({
      establishmentId: school.id,
      indicatorCode: "ATTENDANCE_RATE",
      schoolYear: "2026",
      periodId: (await insertIndicatorPeriod(school.id)).id,
      value: "92,5",
      comment: "",
      version: "",
    }),
  },
  "indicators.deleteIndicatorValue": {
    kind: "school",
    capability: "establishment.write",
    input: async ({ school }) => {
      const period = await insertIndicatorPeriod(school.id);
      const value = await testDb().indicatorValue.create({ data: { establishmentId: school.id, indicatorCode: "DROPOUT_RATE", schoolYear: 2026, periodId: period.id, value: 3 } });
      return { establishmentId: school.id, valueId: value.id, version: versionOf(value.updatedAt) };
    },
  },
  "indicators.saveIndicatorTarget": {
    kind: "school",
    capability: "indicators.target",
    input: async ({ school }) => ({ establishmentId: school.id, ...freshTarget(), baseline: "10", target: "8,5", comment: "", version: "" }),
  },
  "identity.signInWithAcademie": { kind: "exempt", reason: "starts Auth.js's SSO redirect; reads and writes no data" },
  "identity.signOutNow": { kind: "exempt", reason: "Auth.js sign-out; covered end to end in the browser" },
};

export async function discoverActions(): Promise<Record<string, (input: unknown) => Promise<ActionResult<unknown>>>> {
  const featuresDir = path.resolve(import.meta.dirname, "../../src/features");
  const found: Record<string, (input: unknown) => Promise<ActionResult<unknown>>> = {};
  for (const dirent of await readdir(featuresDir, { withFileTypes: true })) {
    if (!dirent.isDirectory()) continue;
    const feature = dirent.name;
    const file = path.join(featuresDir, feature, "actions.ts");
    const exported = (await import(file).catch((error: { code?: string }) => {
      if (error.code === "ERR_MODULE_NOT_FOUND" && String(error).includes(file)) return null;
      throw error;
    })) as Record<string, unknown> | null;
    if (!exported) continue;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === "function") found[`${feature}.${name}`] = value as never;
    }
  }
  return found;
}

