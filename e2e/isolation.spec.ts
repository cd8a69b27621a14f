// The isolation matrix for pages: every page route of the app is requested
// by every persona, on objects of school A, B (same académie) and C (other
// académie), through the real server with real sessions. A new page without
// an entry here fails the first test.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import type { Capability } from "@/features/access/policy";
import { hashPassword } from "@/features/identity/passwords";
import { insertNeedGroup } from "../tests/factories/needs";
import { allowedOnAcademy, allowedOnPlatform, allowedOnSchool, signedIn } from "../tests/isolation/expectations";
import { buildWorld, personas, schools, type Persona, type SchoolName, type World } from "../tests/isolation/world";
import { e2eDb } from "./support/database";
import { signedInRequest } from "./support/session";

type PageEntry =
  | { kind: "public" }
  | { kind: "signed-in"; path: string }
  | { kind: "school"; capability: Capability; path: (uai: string) => string; allowedStatus?: number }
  | { kind: "academy"; path: (code: string) => string }
  | { kind: "platform"; capability: Capability; path: (world: World) => string }
  | { kind: "exempt"; reason: string };

const pageEntries: Record<string, PageEntry> = {
  "/": { kind: "signed-in", path: "/" },
  "/connexion": { kind: "public" },
  "/profil": { kind: "signed-in", path: "/profil" },
  "/academies/[code]": { kind: "academy", path: (code) => `/academies/${code}` },
  "/academies/[code]/comparaison": { kind: "academy", path: (code) => `/academies/${code}/comparaison?annee=2026-2027` },
  "/academies/[code]/comparaison/csv": { kind: "academy", path: (code) => `/academies/${code}/comparaison/csv?annee=2026-2027` },
  "/etablissements/[uai]": { kind: "school", capability: "establishment.read", path: (uai) => `/etablissements/${uai}` },
  "/etablissements/[uai]/organisation": {
    kind: "school",
    capability: "organisation.read",
    path: (uai) => `/etablissements/${uai}/organisation`,
    // It sends to the current school year.
    allowedStatus: 307,
  },
  "/etablissements/[uai]/organisation/[annee]": {
    kind: "school",
    capability: "organisation.read",
    path: (uai) => `/etablissements/${uai}/organisation/2026-2027`,
  },
  "/etablissements/[uai]/organisation/[annee]/periodes": {
    kind: "school",
    capability: "organisation.read",
    path: (uai) => `/etablissements/${uai}/organisation/2026-2027/periodes`,
  },
  "/etablissements/[uai]/organisation/[annee]/classes": {
    kind: "school",
    capability: "organisation.read",
    path: (uai) => `/etablissements/${uai}/organisation/2026-2027/classes`,
  },
  "/etablissements/[uai]/organisation/[annee]/dispositifs": {
    kind: "school",
    capability: "organisation.read",
    path: (uai) => `/etablissements/${uai}/organisation/2026-2027/dispositifs`,
  },
  "/etablissements/[uai]/organisation/[annee]/heures": {
    kind: "school",
    capability: "organisation.read",
    path: (uai) => `/etablissements/${uai}/organisation/2026-2027/heures`,
  },
  "/etablissements/[uai]/fichiers/[id]": {
    kind: "school",
    capability: "establishment.read",
    // A file stored in each school by beforeAll (not a meeting's minutes: those need groups.read).
    path: (uai) => `/etablissements/${uai}/fichiers/${storedFileIds.get(uai) ?? "missing"}`,
  },
  "/etablissements/[uai]/eleves": {
    kind: "school",
    capability: "pupils.read",
    path: (uai) => `/etablissements/${uai}/eleves`,
    // It sends to the current school year.
    allowedStatus: 307,
  },
  "/etablissements/[uai]/eleves/[annee]": {
    kind: "school",
    capability: "pupils.read",
    path: (uai) => `/etablissements/${uai}/eleves/2026-2027`,
  },
  "/etablissements/[uai]/eleves/[annee]/diagnostics": {
    kind: "school",
    capability: "pupils.read",
    path: (uai) => `/etablissements/${uai}/eleves/2026-2027/diagnostics`,
  },
  "/etablissements/[uai]/eleves/[annee]/referentiel": {
    kind: "school",
    capability: "pupils.read",
    path: (uai) => `/etablissements/${uai}/eleves/2026-2027/referentiel`,
  },
  "/etablissements/[uai]/grilles": {
    kind: "school",
    capability: "establishment.read",
    path: (uai) => `/etablissements/${uai}/grilles`,
    // It sends to the current school year.
    allowedStatus: 307,
  },
  "/etablissements/[uai]/grilles/[annee]": {
    kind: "school",
    capability: "establishment.read",
    path: (uai) => `/etablissements/${uai}/grilles/2026-2027`,
  },
  // A grid started in each school by beforeAll.
  "/etablissements/[uai]/grilles/[annee]/[volet]": {
    kind: "school",
    capability: "establishment.read",
    path: (uai) => `/etablissements/${uai}/grilles/2026-2027/accompagnement-personnalise`,
  },
  "/etablissements/[uai]/grilles/[annee]/[volet]/[phase]": {
    kind: "school",
    capability: "establishment.read",
    path: (uai) => `/etablissements/${uai}/grilles/2026-2027/accompagnement-personnalise/agir`,
  },
  "/etablissements/[uai]/grilles/[annee]/[volet]/impression": {
    kind: "school",
    capability: "establishment.read",
    path: (uai) => `/etablissements/${uai}/grilles/2026-2027/accompagnement-personnalise/impression`,
  },
  "/etablissements/[uai]/grilles/[annee]/[volet]/pdf": {
    kind: "school",
    capability: "establishment.read",
    path: (uai) => `/etablissements/${uai}/grilles/2026-2027/accompagnement-personnalise/pdf`,
  },
  "/etablissements/[uai]/groupes": {
    kind: "school",
    capability: "groups.read",
    path: (uai) => `/etablissements/${uai}/groupes`,
    // It sends to the current school year.
    allowedStatus: 307,
  },
  "/etablissements/[uai]/groupes/[annee]": {
    kind: "school",
    capability: "groups.read",
    path: (uai) => `/etablissements/${uai}/groupes/2026-2027`,
  },
  "/etablissements/[uai]/groupes/[annee]/[groupe]": {
    kind: "school",
    capability: "groups.read",
    path: (uai) => `/etablissements/${uai}/groupes/2026-2027/${needGroupIds.get(uai) ?? "missing"}`,
  },
  "/etablissements/[uai]/groupes/[annee]/assistant": {
    kind: "school",
    capability: "groups.read",
    path: (uai) => `/etablissements/${uai}/groupes/2026-2027/assistant`,
  },
  "/etablissements/[uai]/groupes/[annee]/parcours": {
    kind: "school",
    capability: "groups.read",
    path: (uai) => `/etablissements/${uai}/groupes/2026-2027/parcours`,
  },
  "/etablissements/[uai]/groupes/[annee]/referents": {
    kind: "school",
    capability: "groups.read",
    path: (uai) => `/etablissements/${uai}/groupes/2026-2027/referents`,
  },
  "/etablissements/[uai]/groupes/[annee]/reunions": {
    kind: "school",
    capability: "groups.read",
    path: (uai) => `/etablissements/${uai}/groupes/2026-2027/reunions`,
  },
  "/etablissements/[uai]/mes-groupes": {
    kind: "school",
    capability: "sessions.record",
    path: (uai) => `/etablissements/${uai}/mes-groupes`,
  },
  "/etablissements/[uai]/mes-groupes/[groupe]": {
    kind: "school",
    capability: "sessions.record",
    // School A's group is taught by the teacher of A (a teacher opens only their own groups).
    path: (uai) => `/etablissements/${uai}/mes-groupes/${needGroupIds.get(uai) ?? "missing"}`,
  },
  "/etablissements/[uai]/tableau-de-bord": {
    kind: "school",
    capability: "indicators.read",
    path: (uai) => `/etablissements/${uai}/tableau-de-bord?annee=2026-2027`,
  },
  "/etablissements/[uai]/tableau-de-bord/evolutions": {
    kind: "school",
    capability: "indicators.read",
    path: (uai) => `/etablissements/${uai}/tableau-de-bord/evolutions?annee=2026-2027`,
  },
  "/etablissements/[uai]/tableau-de-bord/csv": {
    kind: "school",
    capability: "indicators.read",
    path: (uai) => `/etablissements/${uai}/tableau-de-bord/csv?annee=2026-2027`,
  },
  "/etablissements/[uai]/indicateurs": {
    kind: "school",
    capability: "indicators.target",
    path: (uai) => `/etablissements/${uai}/indicateurs`,
    // It sends to the current school year.
    allowedStatus: 307,
  },
  "/etablissements/[uai]/indicateurs/[annee]": {
    kind: "school",
    capability: "indicators.target",
    path: (uai) => `/etablissements/${uai}/indicateurs/2026-2027`,
  },
  "/etablissements/[uai]/membres": { kind: "school", capability: "members.read", path: (uai) => `/etablissements/${uai}/membres` },
  "/etablissements/[uai]/journal": { kind: "school", capability: "audit.read", path: (uai) => `/etablissements/${uai}/journal` },
  "/admin": { kind: "platform", capability: "platform.admin", path: () => "/admin" },
  "/admin/academies": { kind: "platform", capability: "platform.admin", path: () => "/admin/academies" },
  "/admin/etablissements": { kind: "platform", capability: "platform.admin", path: () => "/admin/etablissements" },
  "/admin/etablissements/[uai]": {
    kind: "platform",
    capability: "platform.admin",
    path: (world) => `/admin/etablissements/${world.schools.A.uai}`,
  },
  "/admin/journal": { kind: "platform", capability: "platform.admin", path: () => "/admin/journal" },
  "/admin/referentiels": { kind: "platform", capability: "platform.admin", path: () => "/admin/referentiels" },
  "/admin/referentiels/[id]": {
    kind: "platform",
    capability: "platform.admin",
    path: (world) => `/admin/referentiels/${world.frameworkId}`,
  },
  "/admin/grilles": { kind: "platform", capability: "platform.admin", path: () => "/admin/grilles" },
  "/admin/grilles/[id]": { kind: "platform", capability: "platform.admin", path: (world) => `/admin/grilles/${world.sheetId}` },
  "/admin/utilisateurs": { kind: "platform", capability: "platform.admin", path: () => "/admin/utilisateurs" },
  "/admin/utilisateurs/[id]": {
    kind: "platform",
    capability: "platform.admin",
    path: (world) => `/admin/utilisateurs/${world.users["teacher of A"].id}`,
  },
  "/api/auth/[...nextauth]": { kind: "exempt", reason: "Auth.js endpoints: no school data; sign-in refusals are tested in auth.spec.ts" },
  "/api/connexion": { kind: "exempt", reason: "the sign-in endpoint (POST only), tested in auth.spec.ts" },
  "/etat": { kind: "exempt", reason: "service state page: renders after SELECT 1, reads no school data, needs no session" },
  "/api/sante": { kind: "exempt", reason: "health check: answers {ok: true} after SELECT 1, reads no school data, needs no session" },
};

/** One stored file per school of the world, by UAI (see beforeAll). */
const storedFileIds = new Map<string, string>();
/** One need group per school of the world, by UAI, taught in school A by the teacher of A (see beforeAll). */
const needGroupIds = new Map<string, string>();

/** Every page.tsx and route.ts under src/app, as its URL pattern. */
function discoverRoutes(): string[] {
  const appDir = path.resolve(import.meta.dirname, "../src/app");
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^(page|route)\.tsx?$/.test(entry.name)) {
        const route = path
          .relative(appDir, dir)
          .split(path.sep)
          .filter((segment) => segment && !/^\(.*\)$/.test(segment))
          .join("/");
        routes.push(`/${route}`);
      }
    }
  };
  walk(appDir);
  return routes.sort();
}

test.describe("the page isolation matrix", () => {
  test.skip(({ isMobile }) => isMobile, "the matrix speaks HTTP; one device is enough");
  test.describe.configure({ mode: "serial" });

  let world: World;
  const contexts = new Map<Persona, APIRequestContext>();
  const password = "matrice isolation 2026";
  let attempts = 0;

  test.beforeAll(async ({}, testInfo) => {
    const baseURL = testInfo.project.use.baseURL!;
    const db = e2eDb();
    try {
      world = await buildWorld(db, { passwordHash: await hashPassword(password) });
      for (const school of Object.values(world.schools)) {
        const content = new TextEncoder().encode(`%PDF-1.4 ${school.name}`);
        const file = await db.storedFile.create({
          data: { establishmentId: school.id, fileName: "piece.pdf", mediaType: "application/pdf", byteSize: content.length, sha256: "0".repeat(64), content },
        });
        storedFileIds.set(school.uai, file.id);
        // A started grid of the personalised support scheme, 2026-2027.
        const scheme =
          (await db.scheme.findFirst({ where: { establishmentId: school.id, schoolYear: 2026, strand: "PERSONALISED_SUPPORT" } })) ??
          (await db.scheme.create({ data: { establishmentId: school.id, schoolYear: 2026, strand: "PERSONALISED_SUPPORT", frameworkId: world.frameworkId } }));
        const sheet = await db.gridSheet.findUniqueOrThrow({ where: { key_version: { key: "tvp-three-strands", version: 1 } } });
        await db.grid.upsert({
          where: { establishmentId_schemeId: { establishmentId: school.id, schemeId: scheme.id } },
          create: { establishmentId: school.id, schemeId: scheme.id, sheetId: sheet.id },
          update: {},
        });
      }
      for (const [name, school] of Object.entries(world.schools)) {
        const period = await db.period.create({
          data: { establishmentId: school.id, schoolYear: 2026, name: "Période 1", startsOn: new Date("2026-09-01T00:00:00Z"), endsOn: new Date("2026-10-16T00:00:00Z") },
        });
        const scheme = await db.scheme.findFirstOrThrow({ where: { establishmentId: school.id, schoolYear: 2026 } });
        const group = await insertNeedGroup(db, {
          establishmentId: school.id,
          periodId: period.id,
          schemeId: scheme.id,
          name: `Groupe de ${school.name}`,
          teacherIds: name === "A" ? [world.users["teacher of A"].id] : [],
        });
        needGroupIds.set(school.uai, group.id);
      }
      for (const persona of personas) {
        if (persona === "anonymous") {
          contexts.set(persona, await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } }));
        } else {
          contexts.set(persona, await signedInRequest(baseURL, world.users[persona].email, password));
        }
      }
      // Disabled while signed in: the very next request must no longer be theirs.
      await db.user.update({ where: { id: world.users["disabled user"].id }, data: { disabledAt: new Date() } });
    } finally {
      await db.$disconnect();
    }
  });

  test.afterAll(async () => {
    for (const context of contexts.values()) await context.dispose();
    console.log(`page isolation matrix: ${attempts} requests`);
  });

  test("has an entry for every page and route in the code, and no stale entry", () => {
    expect(discoverRoutes()).toEqual(Object.keys(pageEntries).sort());
  });

  async function expectPage(persona: Persona, url: string, allowed: boolean, secret?: string, allowedStatus = 200) {
    const response = await contexts.get(persona)!.get(url, { maxRedirects: 0 });
    attempts += 1;
    const where = `${persona} → ${url}`;
    if (!signedIn(persona)) {
      expect(response.status(), where).toBe(307);
      expect(response.headers().location, where).toMatch(/\/connexion/);
      return;
    }
    expect(response.status(), where).toBe(allowed ? allowedStatus : 404);
    const body = await response.text();
    if (!allowed && secret) expect(body.includes(secret), `${where} leaks "${secret}"`).toBe(false);
    if (allowed && allowedStatus === 200) expect(response.headers()["cache-control"], where).toContain("no-store");
  }

  for (const [route, entry] of Object.entries(pageEntries)) {
    if (entry.kind === "exempt") continue;
    test(`${route}`, async () => {
      for (const persona of personas) {
        if (entry.kind === "public") {
          const response = await contexts.get(persona)!.get(route, { maxRedirects: 0 });
          attempts += 1;
          expect(response.status(), `${persona} → ${route}`).toBe(signedIn(persona) ? 307 : 200);
        } else if (entry.kind === "signed-in") {
          await expectPage(persona, entry.path, true);
        } else if (entry.kind === "academy") {
          for (const academy of ["X", "Y"] as const) {
            await expectPage(persona, entry.path(world.academies[academy].code), allowedOnAcademy(persona, academy));
          }
        } else if (entry.kind === "platform") {
          await expectPage(persona, entry.path(world), allowedOnPlatform(persona, entry.capability));
        } else {
          for (const school of schools as readonly SchoolName[]) {
            const target = world.schools[school];
            // A school the persona may not open at all must not even be named in the answer.
            const secret = allowedOnSchool(persona, school, "establishment.read") ? undefined : target.name;
            await expectPage(persona, entry.path(target.uai), allowedOnSchool(persona, school, entry.capability), secret, entry.allowedStatus);
          }
        }
      }
    });
  }
});
