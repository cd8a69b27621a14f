// Hostile input in the browser and over HTTP: an XSS corpus stored in every
// free-text field a user can type (pupils, classes, periods, schemes, groups,
// meetings, referent interviews, grid actions and key dates, indicator
// comments, school names) runs nothing on the pages that show it; the CSV
// exports neutralise formula cells; every route handler answers bad
// parameters with a 4xx in French (or a page it legitimately chose), never a
// 500, a stack trace or SQL.
import type { Browser, Page } from "@playwright/test";
import { startGrid } from "@/features/pdca/service";
import { uaiCheckLetter } from "@/lib/uai";
import { demoPassword } from "../prisma/demo-data";
import { e2eDb } from "./support/database";
import { demo, expect, test } from "./support/fixtures";
import { signedInRequest } from "./support/session";
import { xssPayloads } from "./support/xss-payloads";

const UAI = "0210047M";
const YEAR = 2033;
const yearLabel = `${YEAR}-${YEAR + 1}`;
// PostgreSQL's text holds no NUL: the corpus without its NUL spellings (the door refuses those anyway).
const corpus = xssPayloads.filter((p) => !p.includes("\u0000"));
const fitting = (max: number) => corpus.filter((p) => p.length <= max);
/** The corpus cut into pieces of at most `max` characters, each piece whole payloads. */
function chunks(max: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const payload of fitting(max)) {
    if (current && current.length + payload.length + 1 > max) {
      out.push(current);
      current = "";
    }
    current = current ? `${current} ${payload}` : payload;
  }
  if (current) out.push(current);
  return out;
}
const formulas = ['=HYPERLINK("http://exemple.invalid","clic")', "+33 6 00 00 00 00", "-2+3", "@SUM(A1:A2)", "\tTAB", "\rCR"];

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const baseURL = test.info().project.use.baseURL!;
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const response = await page.request.post("/api/connexion", { data: { email, password: demoPassword }, headers: { origin: baseURL } });
  expect(response.status()).toBe(200);
  return page;
}

/** Opens each page, moves the mouse and focuses around; nothing of the corpus may run. */
async function expectNothingRuns(page: Page, paths: string[]) {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await page.mouse.move(100, 200);
    await page.mouse.move(700, 500);
    await page.keyboard.press("Tab");
    await page.waitForTimeout(150);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss ?? 0), `script ran on ${path}`).toBe(0);
    // Nothing ran, and not only because the Content-Security-Policy stopped it: no payload reached the DOM as markup.
    expect(await injectedMarkup(page), `markup injected on ${path}`).toEqual([]);
  }
  expect(dialogs, "no dialog opened").toEqual([]);
}

/** Elements of the page that carry an event handler, a script URL or the corpus's script. */
function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll("*"))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`<${element.tagName.toLowerCase()} ${attribute.name}>`);
        if (/^\s*(javascript|vbscript|data:text\/html)/i.test(attribute.value)) found.push(`<${element.tagName.toLowerCase()} ${attribute.name}=${attribute.value.slice(0, 30)}>`);
      }
      // The corpus's own scripts, not Next's flight data (a script of JSON strings that may quote the corpus as text).
      if (element.tagName === "SCRIPT" && /^\s*(parent\.)?window\.__xss/.test(element.textContent ?? "")) found.push("<script> of the corpus");
      if (["IFRAME", "OBJECT", "EMBED", "BASE"].includes(element.tagName)) found.push(`<${element.tagName.toLowerCase()}>`);
    }
    return found;
  });
}

test("the detector sees markup injected into a page (so that its silence means something)", async ({ page, login, isMobile }) => {
  test.skip(isMobile, "desktop only");
  await login(demo.coordinatorCastel);
  await page.goto(`/etablissements/${UAI}`);
  expect(await injectedMarkup(page)).toEqual([]);
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<img src="x" onerror="window.__xss=1"><a href="javascript:void(0)">x</a>'));
  expect(await injectedMarkup(page)).toEqual(["<img onerror>", "<a href=javascript:void(0)>"]);
});

let groupId = "";
const schoolNames: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const db = e2eDb();
  try {
    const school = await db.establishment.findUniqueOrThrow({ where: { uai: UAI } });
    const coordinator = await db.user.findUniqueOrThrow({ where: { email: demo.coordinatorCastel } });
    const establishmentId = school.id;
    if (await db.period.findFirst({ where: { establishmentId, schoolYear: YEAR } })) return; // the other project already stored it
    const framework = await db.framework.findFirstOrThrow({ where: { code: "TVP-2019" }, orderBy: { version: "desc" } });
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const period = await db.period.create({
      data: { establishmentId, schoolYear: YEAR, name: fitting(80)[0]!, startsOn: day(`${YEAR}-09-01`), endsOn: day(`${YEAR}-10-16`) },
    });
    const schemes = await Promise.all(
      (["CONSOLIDATION", "PERSONALISED_SUPPORT", "GUIDANCE"] as const).map((strand, i) =>
        db.scheme.create({
          data: { establishmentId, schoolYear: YEAR, frameworkId: framework.id, strand, pilot: fitting(120)[i]!, description: chunks(4000)[0]! },
        }),
      ),
    );
    const divisions = await Promise.all(
      fitting(40)
        .slice(0, 6)
        .map((name, i) =>
          db.division.create({ data: { establishmentId, schoolYear: YEAR, name, trade: fitting(120)[i] ?? "", diploma: "BAC_PRO", yearOfStudy: 1, headcount: 20 } }),
        ),
    );
    const names = fitting(80);
    const pupils = await db.pupil.createManyAndReturn({
      data: names.map((name, i) => ({ establishmentId, schoolYear: YEAR, divisionId: divisions[i % divisions.length]!.id, lastName: name, firstName: names[(i + 7) % names.length]! })),
    });
    const group = await db.needGroup.create({
      data: {
        establishmentId,
        periodId: period.id,
        schemeId: schemes[0]!.id,
        name: fitting(120)[3]!,
        kind: "REMEDIATION",
        focus: fitting(160)[5]!,
        weekday: 1,
        startMinute: 600,
        endMinute: 660,
        room: fitting(60)[2]!,
        capacity: 30,
        teachers: { create: [{ userId: coordinator.id }] },
        members: { create: pupils.slice(0, 20).map((p, i) => ({ pupilId: p.id, reason: fitting(200)[i] ?? "" })) },
      },
    });
    groupId = group.id;
    for (const [i, text] of chunks(120).slice(0, 12).entries()) {
      await db.needGroup.create({
        data: { establishmentId, periodId: period.id, schemeId: schemes[1]!.id, name: text, kind: "REMEDIATION", focus: "", weekday: 2, startMinute: 600 + i, endMinute: 660 + i, room: "", capacity: 12 },
      });
    }
    const pieces = chunks(2000);
    for (const [i, piece] of chunks(4000).entries()) {
      await db.meeting.create({
        data: { establishmentId, schoolYear: YEAR, heldOn: day(`${YEAR}-10-${String(1 + i).padStart(2, "0")}`), body: "OTHER", bodyLabel: fitting(120)[i]!, participants: pieces[i] ?? "", agenda: piece, decisions: piece },
      });
    }
    await db.pupilReferent.createMany({ data: pupils.slice(0, 10).map((p) => ({ establishmentId, pupilId: p.id, userId: coordinator.id })) });
    await db.referentInterview.createMany({
      data: chunks(300).map((subject, i) => ({ establishmentId, pupilId: pupils[i % 10]!.id, userId: coordinator.id, heldOn: day(`${YEAR}-11-02`), subject })),
    });
    const { gridId } = await startGrid(db, { userId: coordinator.id }, { establishmentId, schemeId: schemes[2]!.id, carryOver: "non" });
    for (const [i, title] of fitting(200).entries()) {
      await db.gridAction.create({
        data: { establishmentId, gridId, title, process: fitting(300)[i] ?? "", owner: fitting(120)[i % fitting(120).length]!, indicator: fitting(300)[i] ?? "" },
      });
    }
    await db.gridKeyDate.createMany({ data: fitting(200).map((label, i) => ({ establishmentId, gridId, on: day(`${YEAR}-12-${String(1 + (i % 28)).padStart(2, "0")}`), label })) });
    const indicators = await db.indicator.findMany({ where: { source: { in: ["ENTERED", "SURVEY"] }, unit: "PERCENT" }, take: 10 });
    const comments = chunks(1000);
    for (const [i, indicator] of indicators.entries()) {
      await db.indicatorValue.create({ data: { establishmentId, indicatorCode: indicator.code, schoolYear: YEAR, periodId: null, value: 50, comment: comments[i % comments.length]! } });
    }
  } finally {
    await db.$disconnect();
  }
});

test("an XSS corpus stored in every free-text field runs nothing for the school's staff", async ({ browser, isMobile }) => {
  test.skip(isMobile, "a desktop run is enough: the same markup");
  test.setTimeout(180_000);
  const base = `/etablissements/${UAI}`;
  const db = e2eDb();
  const group = groupId || (await db.needGroup.findFirst({ where: { period: { schoolYear: YEAR }, teachers: { some: {} } }, select: { id: true } }))?.id;
  await db.$disconnect();
  const page = await signedInPage(browser, demo.coordinatorCastel);
  await expectNothingRuns(page, [
    `${base}/organisation/${yearLabel}`,
    `${base}/organisation/${yearLabel}/classes`,
    `${base}/organisation/${yearLabel}/periodes`,
    `${base}/organisation/${yearLabel}/dispositifs`,
    `${base}/eleves/${yearLabel}`,
    `${base}/eleves/${yearLabel}/diagnostics`,
    `${base}/groupes/${yearLabel}`,
    `${base}/groupes/${yearLabel}/${group}`,
    `${base}/groupes/${yearLabel}/reunions`,
    `${base}/groupes/${yearLabel}/referents`,
    `${base}/groupes/${yearLabel}/parcours`,
    `${base}/mes-groupes`,
    `${base}/grilles/${yearLabel}`,
    ...["planifier", "mettre-en-oeuvre", "evaluer", "agir", "impression"].map((phase) => `${base}/grilles/${yearLabel}/orientation/${phase}`),
    `${base}/indicateurs/${yearLabel}`,
    `${base}/tableau-de-bord?annee=${yearLabel}`,
  ]);
  await page.context().close();
});

// The hostile schools leave the Dijon académie after this file: later specs (the phone project's
// inspector pages) count its schools.
const hostileSchoolUais: string[] = [];
test.afterAll(async () => {
  if (hostileSchoolUais.length === 0) return;
  const db = e2eDb();
  try {
    await db.establishment.deleteMany({ where: { uai: { in: hostileSchoolUais } } });
  } finally {
    await db.$disconnect();
  }
});

test("school names made of the corpus and of formulas run nothing in the admin's and inspector's pages, and the CSV neutralises them", async ({ browser, isMobile }) => {
  test.skip(isMobile, "a desktop run is enough: the same markup");
  test.setTimeout(180_000);
  const db = e2eDb();
  try {
    const academy = await db.academy.findUniqueOrThrow({ where: { code: "07" } });
    const names = [...fitting(160).slice(0, 12), ...formulas];
    for (const [i, name] of names.entries()) {
      const digits = `0219${String(900 + i).padStart(3, "0")}`;
      const uai = `${digits}${uaiCheckLetter(digits)}`;
      await db.establishment.upsert({
        where: { uai },
        create: { uai, name, city: formulas[i % formulas.length]!, kind: "LP", academyId: academy.id },
        update: { name },
      });
      schoolNames.push(name);
      hostileSchoolUais.push(uai);
    }
  } finally {
    await db.$disconnect();
  }
  const admin = await signedInPage(browser, demo.admin);
  await expectNothingRuns(admin, ["/admin/etablissements", "/admin/journal", "/admin"]);
  await admin.context().close();
  const inspector = await signedInPage(browser, demo.inspectorDijon);
  await expectNothingRuns(inspector, ["/academies/07", `/academies/07/comparaison?annee=${yearLabel}`, "/academies/07/comparaison"]);

  for (const path of ["/academies/07/comparaison/csv", `/academies/07/comparaison/csv?annee=${yearLabel}`, `/etablissements/${UAI}/tableau-de-bord/csv?annee=${yearLabel}`]) {
    const response = await inspector.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const text = (await response.text()).replace(/^\uFEFF/, "");
    const cells = parseCsv(text);
    for (const cell of cells) {
      // A formula start may only begin a number the app wrote (a negative change), never a text.
      if (/^[=+@\t\r]/.test(cell) || (cell.startsWith("-") && !/^-\d+(,\d+)?$/.test(cell))) throw new Error(`${path}: formula cell ${JSON.stringify(cell)}`);
    }
    if (path.startsWith("/academies")) {
      for (const formula of formulas) expect(cells, `${path} holds the neutralised name`).toContain(`'${formula}`);
    }
  }
  await inspector.context().close();
});

/** Cells of a ";" CSV with quoted fields (RFC 4180 quoting). */
function parseCsv(text: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = "";
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ";" && !(text[i] === "\r" && text[i + 1] === "\n")) cell += text[i++];
    }
    cells.push(cell);
    if (text[i] === ";") i++;
    else if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
  }
  return cells;
}

// ---- route handlers -----------------------------------------------------------

const badSegments = [
  "%00",
  "a%00b",
  "%ED%A0%80",
  "e%CC%81",
  "%E2%80%AE",
  "%E2%80%8B",
  "NaN",
  "Infinity",
  "1e309",
  "-0",
  "9007199254740993",
  "12,5",
  "2026-02-30",
  "2025-2027",
  "2026-13",
  "__proto__",
  "constructor",
  "..%2F..%2Fetc%2Fpasswd",
  "%27%20OR%201%3D1--",
  "00000000-0000-0000-0000-000000000000",
  "x".repeat(4000),
];
// Stack frames, Prisma or PostgreSQL errors, SQL text (case-sensitive: a page's <select> is no SQL).
const leak = /\bat [\w.<>]+ \(|\.tsx?:\d+:\d+|Prisma|PrismaClient|violates \w+ (key )?constraint|syntax error at or near|SELECT .{1,80} FROM |INSERT INTO |TypeError|ReferenceError|Internal Server Error/;

async function expectSafeAnswer(label: string, response: { status(): number; text(): Promise<string>; headers(): Record<string, string> }) {
  const status = response.status();
  expect(status, `${label}: never a 500`).toBeLessThan(500);
  const body = await response.text();
  expect(body, `${label}: no stack trace or SQL`).not.toMatch(leak);
  if (status >= 400 && status !== 431 && body.trim()) {
    expect(body, `${label}: a French message`).toMatch(/[àâçéèêîôûù]|n'existe|introuvable|accès|connexion|demande/i);
  }
}

test("route handlers answer bad parameters with a 4xx in French, never a 500, a stack trace or SQL", async ({ isMobile }) => {
  test.skip(isMobile, "HTTP only");
  test.setTimeout(240_000);
  const baseURL = test.info().project.use.baseURL!;
  for (const email of [demo.coordinatorCastel, demo.inspectorDijon, demo.admin]) {
    const http = await signedInRequest(baseURL, email, demoPassword);
    for (const bad of badSegments) {
      const urls = [
        `/etablissements/${bad}/tableau-de-bord/csv`,
        `/etablissements/${UAI}/tableau-de-bord/csv?annee=${bad}`,
        `/etablissements/${UAI}/tableau-de-bord/csv?annee=2026-2027&annee=${bad}`,
        `/academies/${bad}/comparaison/csv`,
        `/academies/07/comparaison/csv?annee=${bad}&indicateurs=${bad}&type=${bad}&tri=${bad}`,
        `/academies/07/comparaison/csv?annee=2026-2027&annee=${bad}&__proto__=${bad}&constructor=${bad}`,
        `/etablissements/${UAI}/grilles/${bad}/orientation/pdf`,
        `/etablissements/${UAI}/grilles/2026-2027/${bad}/pdf`,
        `/etablissements/${bad}/grilles/2026-2027/orientation/pdf`,
        `/etablissements/${UAI}/fichiers/${bad}`,
        `/etablissements/${bad}/fichiers/00000000-0000-4000-8000-000000000000`,
        `/api/sante?x=${bad}`,
      ];
      for (const url of urls) await expectSafeAnswer(`${email} GET ${url.slice(0, 120)}`, await http.get(url, { maxRedirects: 0 }));
    }
    // Another académie's and another school's exports: 404, like a missing one.
    await expectSafeAnswer(`${email} another académie`, await http.get("/academies/03/comparaison/csv", { maxRedirects: 0 }));
    await http.dispose();
  }
});

test("pages answer bad year segments and query parameters without a 500, a stack trace or SQL", async ({ isMobile }) => {
  test.skip(isMobile, "HTTP only");
  test.setTimeout(300_000);
  const baseURL = test.info().project.use.baseURL!;
  const pages: [string, (bad: string) => string[]][] = [
    [demo.coordinatorCastel, (bad) => [
      `/etablissements/${UAI}/tableau-de-bord?annee=${bad}&__proto__=${bad}`,
      `/etablissements/${UAI}/indicateurs/${bad}`,
      `/etablissements/${UAI}/groupes/${bad}`,
      `/etablissements/${UAI}/eleves/${bad}`,
      `/etablissements/${UAI}/grilles/${bad}`,
      `/etablissements/${UAI}/organisation/${bad}/classes`,
    ]],
    [demo.inspectorDijon, (bad) => [`/academies/07/comparaison?annee=${bad}&indicateurs=${bad}&__proto__=${bad}&constructor=${bad}`, `/academies/${bad}/comparaison`]],
  ];
  for (const [email, urlsOf] of pages) {
    const http = await signedInRequest(baseURL, email, demoPassword);
    for (const bad of badSegments) {
      for (const url of urlsOf(bad)) await expectSafeAnswer(`${email} GET ${url.slice(0, 120)}`, await http.get(url, { maxRedirects: 0 }));
    }
    await http.dispose();
  }
});

test("the sign-in endpoint refuses bad bodies in French, never a 500", async ({ playwright, isMobile }) => {
  test.skip(isMobile, "HTTP only");
  const baseURL = test.info().project.use.baseURL!;
  const http = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const email = `inconnu.${Date.now()}@ac-test.example`;
  const json = (data: string) => ({ headers: { "content-type": "application/json" }, data });
  const form = (data: string) => ({ headers: { "content-type": "application/x-www-form-urlencoded" }, data });
  const bodies: [string, { headers: Record<string, string>; data: string }][] = [
    ["empty JSON", json("")],
    ["not JSON", json("{email:")],
    ["NaN token", json('{"email": NaN, "password": Infinity}')],
    ["array", json("[1,2]")],
    ["null", json("null")],
    ["numbers", json('{"email": 1e309, "password": -0}')],
    ["arrays for scalars", json(`{"email": ["${email}", "${email}"], "password": ["a"]}`)],
    ["duplicated keys", json(`{"email": "${email}", "email": "autre.${email}", "password": "x", "password": "y"}`)],
    ["__proto__", json(`{"__proto__": {"isAdmin": true}, "email": "${email}", "password": "x"}`)],
    ["NUL", json(`{"email": "a\\u0000@b.fr", "password": "x"}`)],
    ["lone surrogate", json(`{"email": "\\ud800@b.fr", "password": "x"}`)],
    ["RTL override", json(`{"email": "\\u202e@b.fr", "password": "x"}`)],
    ["whitespace", json('{"email": "   ", "password": "   "}')],
    ["1 MB", json(`{"email": "${"a".repeat(1 << 20)}@b.fr", "password": "x"}`)],
    ["form duplicated keys", form(`email=${encodeURIComponent(email)}&email=x&password=a&password=b`)],
    ["form NUL", form("email=a%00b%40c.fr&password=x")],
    ["form 1 MB", form(`email=${"a".repeat(1 << 20)}&password=x`)],
  ];
  for (const [label, { headers, data }] of bodies) {
    const response = await http.post("/api/connexion", { headers: { ...headers, accept: "application/json" }, data, maxRedirects: 0 });
    await expectSafeAnswer(`sign-in: ${label}`, response);
    expect([400, 401, 303, 413, 429], `sign-in: ${label} is refused (${response.status()})`).toContain(response.status());
  }
  await http.dispose();
});
