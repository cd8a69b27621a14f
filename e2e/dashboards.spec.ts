// Indicators in the browser: a principal reads Le Castel's dashboard (figures
// against targets, charts with their tables), a coordinator enters a value in
// French format (a rate above 100 refused), an inspector compares the
// académie's schools, sorts, exports the CSV and opens a school's aggregate
// dashboard, where no pupil is ever named. Axe on every page; screenshots.
import { expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/database";
import { demo, expect, test } from "./support/fixtures";

const castel = "/etablissements/0210047M";

async function pupilNamesOfCastel(): Promise<string[]> {
  const db = e2eDb();
  try {
    const pupils = await db.pupil.findMany({ where: { establishment: { uai: "0210047M" } }, select: { lastName: true, firstName: true } });
    // Full names: a last name alone may also be a school's (Hippolyte Fontaine).
    return [...new Set(pupils.flatMap((p) => [`${p.firstName} ${p.lastName}`, `${p.lastName} ${p.firstName}`, `${p.lastName};${p.firstName}`]))];
  } finally {
    await db.$disconnect();
  }
}

test("a principal reads the dashboard: figures against targets, trends as charts and tables, hours, grids, late actions", async ({ page, login }) => {
  await login(demo.principalCastel);
  await page.goto(castel);
  await page.getByRole("navigation", { name: "Rubriques de l'établissement" }).getByRole("link", { name: "Tableau de bord" }).click();
  await expect(page).toHaveURL(/\/tableau-de-bord$/);
  await page.goto(`${castel}/tableau-de-bord?annee=2026-2027`);
  await expect(page.getByRole("heading", { name: "Tableau de bord des indicateurs — 2026-2027" })).toBeVisible();

  const outcomes = page.getByRole("table", { name: "Résultats" });
  const attendance = outcomes.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Taux d'assiduité/ }) });
  // The latest period's 89,8 % against last year's 90,5 % and a target of 93 %: behind.
  await expect(attendance).toContainText("89,8 %");
  await expect(attendance).toContainText("90,5 %");
  await expect(attendance).toContainText("93 %");
  await expect(attendance).toContainText("En retrait");
  await expect(page.getByRole("table", { name: "Activité" }).getByRole("row").filter({ hasText: "Élèves en groupe de besoin" })).toContainText("%");

  // The essential figures' trends on the dashboard; every indicator's on their own page.
  await expect(page.getByRole("heading", { name: "Évolution de l'essentiel" })).toBeVisible();
  await expect(page.getByRole("figure", { name: /Taux d'assiduité/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Conformité des heures" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Actions en retard" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `/tmp/shots/dashboard-principal-${test.info().project.name}.png`, fullPage: true });

  // A chart per trend, drawn in the browser when it comes near the screen, with the same figures as a table.
  await page.getByRole("link", { name: /Évolution de tous les indicateurs/ }).click();
  await expect(page.getByRole("heading", { name: "Évolution des indicateurs — 2026-2027" })).toBeVisible();
  const trend = page.getByRole("figure", { name: /Taux d'assiduité — par période/ });
  await trend.scrollIntoViewIfNeeded();
  await expect(trend.locator("svg.recharts-surface")).toBeVisible();
  await expect(trend.getByRole("table")).toContainText("Période 1");
  await expect(trend.getByRole("table")).toContainText("91,2 %");
  await expect(page.getByRole("heading", { name: "Résultats", level: 3 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `/tmp/shots/trends-principal-${test.info().project.name}.png`, fullPage: true });
  await page.getByRole("link", { name: "Retour au tableau de bord" }).click();
  await expect(page.getByRole("heading", { name: "Tableau de bord des indicateurs — 2026-2027" })).toBeVisible();
});

test("a coordinator enters a rate in French format; a rate above 100 is refused with a French message", async ({ page, login }) => {
  await login(demo.coordinatorCastel);
  await page.goto(`${castel}/indicateurs/2026-2027?indicateur=EXAM_SUCCESS_RATE`);
  await expect(page.getByRole("heading", { name: "Taux de réussite aux examens" })).toBeVisible();
  // Each project on a period of its own, so that the two runs never meet.
  const period = test.info().project.name === "phone" ? "Période 4" : "Période 3";
  const form = page.locator("form").filter({ has: page.getByRole("group", { name: period }) });
  const input = form.getByLabel("Valeur (%)");
  await input.fill("101");
  await form.getByRole("button", { name: "Enregistrer" }).click();
  await expect(form.getByText("Saisissez un nombre inférieur ou égal à 100.")).toBeVisible();
  await expect(input).toHaveAttribute("aria-describedby", /error/);
  await input.fill("87,5");
  await form.getByLabel("Commentaire").fill("Résultats provisoires");
  await form.getByRole("button", { name: "Enregistrer" }).click();
  await expect(form.getByRole("status")).toHaveText("Valeur enregistrée.");
  // The page's data refreshed after the save: the stored value can now be cleared.
  await expect(form.getByRole("button", { name: "Effacer la valeur" })).toBeVisible({ timeout: 15_000 });
  await page.reload();
  const saved = page.locator("form").filter({ has: page.getByRole("group", { name: period }) });
  await expect(saved.getByLabel("Valeur (%)")).toHaveValue("87,5");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `/tmp/shots/indicator-entry-${test.info().project.name}.png`, fullPage: true });
  // A value typed by mistake is cleared.
  await saved.getByRole("button", { name: "Effacer la valeur" }).click();
  await expect(saved.getByRole("status")).toHaveText("Valeur effacée.");
  await expect(saved.getByLabel("Valeur (%)")).toHaveValue("");
  await expect(saved.getByRole("button", { name: "Effacer la valeur" })).toHaveCount(0);
});

test("an inspector compares the académie's schools, sorts, exports, and opens a school's aggregate dashboard without a pupil's name", async ({ page, login }) => {
  const names = await pupilNamesOfCastel();
  expect(names.length).toBeGreaterThan(10);
  await login(demo.inspectorDijon);
  await page.goto("/academies/07");
  await page.getByRole("link", { name: "Comparer les établissements sur leurs indicateurs" }).click();
  await expect(page.getByRole("heading", { name: "Comparaison des établissements" })).toBeVisible();

  await page.goto("/academies/07/comparaison?annee=2026-2027&indicateurs=ATTENDANCE_RATE&indicateurs=DROPOUT_RATE");
  const table = page.getByRole("table", { name: /Établissements de l'académie/ });
  await expect(table.getByRole("row")).toHaveCount(2 + 6 + 3);
  await expect(table).toContainText("Médiane de l'académie");
  await expectNoSeriousA11yViolations(page);

  // Sort by attendance: highest first, then lowest first.
  await table.getByRole("columnheader").filter({ hasText: "Valeur" }).first().getByRole("link").click();
  await expect(table.getByRole("columnheader", { name: /Valeur/ }).first()).toHaveAttribute("aria-sort", "descending");
  await expect(table.locator("tbody tr").first().getByRole("rowheader")).toContainText("Collège Albert Camus");
  await table.getByRole("columnheader").filter({ hasText: "Valeur" }).first().getByRole("link").click();
  await expect(table.getByRole("columnheader", { name: /Valeur/ }).first()).toHaveAttribute("aria-sort", "ascending");
  await expect(table.locator("tbody tr").first().getByRole("rowheader")).toContainText("Lycée polyvalent Hippolyte Fontaine");
  await page.screenshot({ path: `/tmp/shots/comparison-${test.info().project.name}.png`, fullPage: true });

  // The export: UTF-8 with a BOM, ";" between cells, the same schools, no pupil.
  const href = await page.getByRole("link", { name: "Exporter en CSV" }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString("utf8");
  expect(csv.split("\r\n")[0]).toContain("UAI;Établissement;Commune;Type;Taux d'assiduité (%)");
  expect(csv).toContain("0210047M;Lycée professionnel Le Castel;Dijon;Lycée professionnel;89,8;-0,7");
  for (const name of names) expect(csv.includes(name), name).toBe(false);

  // A click opens the school's dashboard, aggregated: small counts hidden, no pupil named.
  await table.getByRole("link", { name: "Lycée professionnel Le Castel" }).click();
  await expect(page.getByRole("heading", { name: "Tableau de bord des indicateurs — 2026-2027" })).toBeVisible();
  await expect(page.getByText(/Vue agrégée : aucune donnée nominative/)).toBeVisible();
  const text = await page.locator("main").innerText();
  for (const name of names) expect(text.includes(name), name).toBe(false);
  const dashboardCsv = (await (await page.request.get(`${castel}/tableau-de-bord/csv?annee=2026-2027`)).body()).toString("utf8");
  for (const name of names) expect(dashboardCsv.includes(name), name).toBe(false);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `/tmp/shots/dashboard-inspector-${test.info().project.name}.png`, fullPage: true });
  // Every trend, aggregated alike.
  await page.getByRole("link", { name: /Évolution de tous les indicateurs/ }).click();
  await expect(page.getByRole("heading", { name: "Évolution des indicateurs — 2026-2027" })).toBeVisible();
  await expect(page.getByText(/Vue agrégée : les effectifs de 1 à 4 élèves sont masqués/)).toBeVisible();
  const trendsText = await page.locator("main").innerText();
  for (const name of names) expect(trendsText.includes(name), name).toBe(false);
  await expectNoSeriousA11yViolations(page);
});
