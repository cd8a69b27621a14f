// The PDCA grid in the browser: autosave and its round-trip time, the conflict
// of two editors, a draft that survives a closed tab, the workflow between
// coordinator and principal, an XSS corpus rendered without running, axe on
// every phase and the print view, and the PDF download.
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { saveAnswer } from "@/features/pdca/answers";
import { startGrid } from "@/features/pdca/service";
import { demoPassword } from "../prisma/demo-data";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/database";
import { demo, expect, test } from "./support/fixtures";
import { xssPayloads } from "./support/xss-payloads";

const grid = "/etablissements/0210047M/grilles/2026-2027/accompagnement-personnalise";

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  const response = await page.request.post("/api/connexion", { data: { email, password: demoPassword }, headers: { origin: test.info().project.use.baseURL! } });
  expect(response.status()).toBe(200);
  return page;
}

/** The editor of one answer, found by its question's words. */
function answerOf(page: Page, question: string) {
  const item = page.locator("li", { has: page.getByText(question, { exact: true }) }).first();
  return { item, editor: item.getByRole("textbox"), state: item.locator("[data-save-state]") };
}

test.describe.configure({ mode: "serial" });

test("a coordinator's answer saves as she types, and the round trip is measured", async ({ page, login, isMobile }) => {
  test.skip(isMobile, "one device is enough for the timing");
  test.setTimeout(120_000);
  await login(demo.coordinatorCastel);
  await page.goto(`${grid}/evaluer`);
  const { editor, state } = answerOf(page, "Organigramme de pilotage");
  const firstSave = page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined);
  await editor.click();
  await editor.press("Control+a");
  await editor.press("Delete");
  await editor.pressSequentially("Organigramme affiché en salle des professeurs");
  await expect(state).toHaveText(/Enregistré à \d\d:\d\d/, { timeout: 10_000 });
  // Chromium vouches for the autosave's origin, so proxy.ts lets it through without running
  // (no policy of its own on the answer), and next.config.ts still sets the security headers.
  const save = await firstSave;
  expect((await save.request().allHeaders())["sec-fetch-site"]).toBe("same-origin");
  const saveHeaders = await save.allHeaders();
  expect(saveHeaders["content-security-policy"]).toBeUndefined();
  expect(saveHeaders["x-content-type-options"]).toBe("nosniff");
  expect(saveHeaders["x-frame-options"]).toBe("DENY");
  // Many saves, one after the other, for the figure of the note.
  for (let i = 0; i < 30; i++) {
    await editor.press("End");
    await editor.pressSequentially(` ${i}`);
    await expect(state).toHaveText(/Enregistré à/, { timeout: 10_000 });
  }
  const timings = await page.evaluate(() => window.__boussoleSaveTimings ?? []);
  expect(timings.length).toBeGreaterThanOrEqual(30);
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  console.log(`grid save round trip over ${sorted.length} saves: p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`);

  await page.reload();
  await expect(answerOf(page, "Organigramme de pilotage").editor).toContainText("Organigramme affiché en salle des professeurs 0 1 2");
});

test("an answer's history restores an earlier version; evidence is attached, refused when its content lies, and downloaded", async ({ page, login, isMobile }) => {
  test.skip(isMobile, "a desktop flow");
  test.setTimeout(60_000);
  await login(demo.coordinatorCastel);
  await page.goto(`${grid}/evaluer`);
  const { item, editor, state } = answerOf(page, "Organigramme de pilotage");
  await item.getByRole("button", { name: "Historique" }).click();
  const history = item.getByRole("region", { name: "Historique de la réponse" });
  await expect(history.getByText(/^Version 1 — Claire Martin/)).toBeVisible();
  await history.getByRole("button", { name: "Restaurer la version 1", exact: true }).click();
  await expect(editor).toHaveText("Organigramme affiché en salle des professeurs");
  await expect(state).toHaveText(/Enregistré/);
  await page.reload();
  await expect(answerOf(page, "Organigramme de pilotage").editor).toHaveText("Organigramme affiché en salle des professeurs");

  const evidence = answerOf(page, "Organigramme de pilotage").item;
  await evidence.getByText("Joindre une pièce ou lier un indicateur").click();
  await evidence.getByLabel(/^Fichier/).setInputFiles({ name: "organigramme.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
  await evidence.getByRole("button", { name: "Joindre" }).click();
  await expect(evidence.getByText(/Ce type de fichier n'est pas accepté/)).toBeVisible();
  await evidence.getByLabel(/^Fichier/).setInputFiles({ name: "organigramme.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF") });
  await evidence.getByRole("button", { name: "Joindre" }).click();
  const link = evidence.getByRole("link", { name: /organigramme\.pdf/ });
  await expect(link).toBeVisible();
  const download = await page.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
});

test("two editors of one answer: one save wins, the other sees both texts and merges, nothing is lost", async ({ browser, isMobile }) => {
  test.skip(isMobile, "a desktop flow");
  test.setTimeout(60_000);
  const question = "Outils numériques facilitateurs";
  const alice = await signedInPage(browser, demo.coordinatorCastel);
  const bruno = await signedInPage(browser, demo.coordinatorCastel);
  await alice.goto(`${grid}/evaluer`);
  await bruno.goto(`${grid}/evaluer`);
  const a = answerOf(alice, question);
  const b = answerOf(bruno, question);

  await a.editor.click();
  await a.editor.pressSequentially("ENT et Pronote pour les groupes");
  await expect(a.state).toHaveText(/Enregistré/, { timeout: 10_000 });

  await b.editor.click();
  await b.editor.pressSequentially("Tableau blanc interactif en salle B12");
  const conflict = bruno.getByRole("alert").filter({ hasText: "Conflit" });
  await expect(conflict).toBeVisible({ timeout: 10_000 });
  await expect(conflict).toContainText("Tableau blanc interactif en salle B12");
  await expect(conflict).toContainText("ENT et Pronote pour les groupes");
  await expect(b.state).toHaveText("Non enregistré : conflit à résoudre");

  await conflict.getByRole("button", { name: "Fusionner les deux" }).click();
  await expect(b.state).toHaveText(/Enregistré/, { timeout: 10_000 });
  await alice.reload();
  const merged = answerOf(alice, question).editor;
  await expect(merged).toContainText("Tableau blanc interactif en salle B12");
  await expect(merged).toContainText("ENT et Pronote pour les groupes");
  await alice.context().close();
  await bruno.context().close();
});

test("a draft typed without connection survives the closed tab and is saved on return", async ({ browser, isMobile }) => {
  test.skip(isMobile, "a desktop flow");
  const question = "Actions de formation prévues/réalisées";
  const page = await signedInPage(browser, demo.coordinatorCastel);
  await page.goto(`${grid}/evaluer`);
  const first = answerOf(page, question);
  await page.context().setOffline(true);
  await first.editor.click();
  await first.editor.pressSequentially("Deux demi-journées de formation à la co-animation");
  await expect(first.state).toContainText("Hors connexion", { timeout: 10_000 });
  await page.close();

  await page.context().setOffline(false);
  const again = await page.context().newPage();
  await again.goto(`${grid}/evaluer`);
  const second = answerOf(again, question);
  await expect(again.getByText("Un brouillon non enregistré de cette réponse a été retrouvé")).toBeVisible();
  await expect(second.state).toHaveText(/Enregistré/, { timeout: 10_000 });
  await again.reload();
  await expect(answerOf(again, question).editor).toContainText("Deux demi-journées de formation à la co-animation");
  await again.context().close();
});

test("the coordinator starts and submits a grid, the principal sees what is missing, returns it, then validates it", async ({ browser, isMobile }) => {
  test.skip(isMobile, "a desktop flow");
  test.setTimeout(90_000);
  const consolidation = "/etablissements/0210047M/grilles/2026-2027/consolidation";
  const coordinator = await signedInPage(browser, demo.coordinatorCastel);
  await coordinator.goto("/etablissements/0210047M/grilles/2026-2027");
  const card = coordinator.locator("li", { has: coordinator.getByRole("link", { name: "Consolidation des acquis" }) });
  await card.getByRole("button", { name: "Commencer la grille" }).click();
  await expect(card.getByText("En cours de rédaction")).toBeVisible();
  await coordinator.goto(`${consolidation}/planifier`);
  const { editor, item, state } = answerOf(coordinator, "Le pilotage des actions est-il mis en place ?");
  await editor.click();
  await editor.pressSequentially("Comité de pilotage mensuel");
  await expect(state).toHaveText(/Enregistré/, { timeout: 10_000 });
  await item.getByLabel("État").selectOption("ANSWERED");
  await expect(state).toHaveText(/Enregistré/, { timeout: 10_000 });
  await coordinator.goto(consolidation);
  await coordinator.getByRole("button", { name: "Soumettre la grille" }).click();
  await expect(coordinator.getByText("Grille soumise.")).toBeVisible();

  const principal = await signedInPage(browser, demo.principalCastel);
  await principal.goto(consolidation);
  await expect(principal.getByRole("progressbar", { name: "Réponses de la grille" })).toHaveAttribute("aria-valuetext", /^\d+ % \(1 sur \d+\)$/);
  await principal.getByText(/à compléter/).first().click();
  await expect(principal.getByText("Ces modules s’inscrivent-ils dans un axe / des axes du projet d’établissement ?").first()).toBeVisible();
  await expect(principal.getByRole("textbox")).toHaveCount(2); // the validation and return comments, never an answer editor
  await principal.screenshot({ path: `/tmp/shots/grid-principal-${test.info().project.name}.png`, fullPage: true });
  await principal.getByRole("button", { name: "Renvoyer au coordonnateur" }).click();
  await expect(principal.getByText("Dites au coordonnateur ce qui est à reprendre.")).toBeVisible();
  await principal.getByLabel("Ce qui est à reprendre").fill("Compléter les indicateurs cibles.");
  await principal.getByRole("button", { name: "Renvoyer au coordonnateur" }).click();
  await expect(principal.getByText("Grille renvoyée.")).toBeVisible();

  await coordinator.reload();
  await expect(coordinator.getByText("Compléter les indicateurs cibles.")).toBeVisible();
  await coordinator.getByRole("button", { name: "Soumettre la grille" }).click();
  await expect(coordinator.getByText("Grille soumise.")).toBeVisible();
  await principal.reload();
  await principal.getByRole("button", { name: "Valider la grille" }).click();
  await expect(principal.getByText("Grille validée.")).toBeVisible();
  await coordinator.goto(`${consolidation}/planifier`);
  await expect(coordinator.getByText("La grille est validée : les réponses sont en lecture seule.")).toBeVisible();
  await expect(coordinator.getByRole("textbox")).toHaveCount(0);
  await coordinator.context().close();
  await principal.context().close();
});

test(`an XSS corpus of ${xssPayloads.length} payloads saved as answers runs nothing, for editors and readers`, async ({ browser, isMobile }) => {
  test.skip(isMobile, "a desktop flow");
  test.setTimeout(120_000);
  const db = e2eDb();
  let path: string;
  try {
    const school = await db.establishment.findUniqueOrThrow({ where: { uai: "0210047M" } });
    const coordinator = await db.user.findUniqueOrThrow({ where: { email: demo.coordinatorCastel } });
    const framework = await db.framework.findFirstOrThrow({ where: { code: "TVP-2019" } });
    const scheme =
      (await db.scheme.findFirst({ where: { establishmentId: school.id, schoolYear: 2030, strand: "GUIDANCE" }, include: { grid: true } })) ??
      (await db.scheme.create({ data: { establishmentId: school.id, schoolYear: 2030, strand: "GUIDANCE", frameworkId: framework.id }, include: { grid: true } }));
    const actor = { userId: coordinator.id };
    const gridId = scheme.grid?.id ?? (await startGrid(db, actor, { establishmentId: school.id, schemeId: scheme.id, carryOver: "non" })).gridId;
    const items = await db.gridItem.findMany({ where: { sheet: { grids: { some: { id: gridId } } } }, orderBy: { position: "asc" } });
    // Through the service, as a save from the editor would go: several payloads per answer, every item used.
    const perItem = Math.ceil(xssPayloads.length / items.length);
    await db.gridAnswer.deleteMany({ where: { gridId } });
    for (const [i, item] of items.entries()) {
      const body = xssPayloads.slice(i * perItem, (i + 1) * perItem).join("<p>—</p>");
      if (body) await saveAnswer(db, actor, { establishmentId: school.id, gridId, itemKey: item.key, body, status: "IN_PROGRESS", version: 0 });
    }
    path = "/etablissements/0210047M/grilles/2030-2031/orientation";
  } finally {
    await db.$disconnect();
  }
  for (const email of [demo.coordinatorCastel, demo.principalCastel]) {
    const page = await signedInPage(browser, email);
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    for (const view of ["planifier", "mettre-en-oeuvre", "evaluer", "agir", "impression"]) {
      await page.goto(`${path}/${view}`);
      await page.mouse.move(200, 300);
      await page.mouse.move(600, 500);
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss ?? 0), `${email} on ${view}`).toBe(0);
    }
    expect(dialogs).toEqual([]);
    await page.context().close();
  }
});

test("every phase, the overview and the print view pass axe; the PDF downloads", async ({ page, login }) => {
  test.setTimeout(90_000);
  await login(demo.coordinatorCastel);
  for (const view of ["", "/planifier", "/mettre-en-oeuvre", "/evaluer", "/agir", "/impression"]) {
    await page.goto(`${grid}${view}`);
    await expect(page.getByRole("heading", { level: 2 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
  await page.goto(`${grid}/agir`);
  await expect(page.getByRole("heading", { name: "Chronologie des actions" })).toBeVisible();
  await expect(page.getByText("Tutorat des élèves absentéistes de seconde").first()).toBeVisible();
  await page.screenshot({ path: `/tmp/shots/grid-act-${test.info().project.name}.png`, fullPage: true });
  await page.goto(`${grid}/planifier`);
  await page.screenshot({ path: `/tmp/shots/grid-plan-${test.info().project.name}.png`, fullPage: true });
  await page.goto("/etablissements/0210047M/grilles/2026-2027");
  await expect(page.getByRole("heading", { level: 2, name: "Grilles PDCA 2026-2027" })).toBeVisible();
  await page.screenshot({ path: `/tmp/shots/grid-list-${test.info().project.name}.png`, fullPage: true });
  await page.goto(`${grid}/impression`);
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: `/tmp/shots/grid-print-${test.info().project.name}.png`, fullPage: true });
  // Printed by Chromium: A4 landscape, and the school, year and scheme head every page.
  const printed = path.join(test.info().outputDir, "impression.pdf");
  await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: true });
  expect(execFileSync("pdfinfo", [printed], { encoding: "utf8" })).toMatch(/Page size:\s+84[12]\.\d+ x 59[45]\.\d+ pts \(A4\)/);
  const printedPages = execFileSync("pdftotext", ["-enc", "UTF-8", printed, "-"], { encoding: "utf8" }).split("\f").filter((t) => t.trim());
  expect(printedPages.length).toBeGreaterThan(1);
  for (const text of printedPages) {
    expect(text).toContain("Lycée professionnel Le Castel (0210047M)");
    expect(text).toContain("année 2026-2027");
    expect(text).toContain("Accompagnement personnalisé");
  }
  await page.emulateMedia({ media: "screen" });

  const pdf = await page.request.get(`${grid}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toContain("attachment");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("the principal reads the grid, an inspector comments it without editing", async ({ page, login }) => {
  await login(demo.inspectorDijon);
  await page.goto(`${grid}/planifier`);
  await expect(page.getByText("Oui : axe 2 du projet d'établissement")).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await page.goto(grid);
  await page.getByLabel("Commentaire d'accompagnement").fill(`Pensez aux bilans d'étape (${test.info().project.name}).`);
  await page.getByRole("button", { name: "Publier le commentaire" }).click();
  await expect(page.getByText("Commentaire publié.")).toBeVisible();
  await expect(page.getByText(`Pensez aux bilans d'étape (${test.info().project.name}).`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
