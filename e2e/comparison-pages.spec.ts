// A large académie in the browser: its inspector pages through 130 schools,
// 100 to a page, by keyboard; the quartiles stay those of all the schools, a
// new order starts at the first page, a page past the last shows the last,
// and the CSV export holds every school. Axe; screenshots at both widths.
import type pg from "pg";
import { withClient } from "@/features/school-transfer/database";
import { demoPassword } from "../prisma/demo-data";
import { writeAcademy, writeInspector } from "../tests/benchmarks/comparison";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDatabaseUrl } from "./support/database";
import { expect, test } from "./support/fixtures";

const SCHOOLS = 130;

/** Each project (desktop, phone) its own académie, inspector and UAIs. */
function world(project: string) {
  const desktop = project === "desktop";
  return {
    code: desktop ? "96" : "97",
    name: `Pages-${project}`,
    inspector: `ien.pages.${project}@ac-pages.example`,
    firstNumber: desktop ? 800_000 : 810_000,
  };
}

async function removeAcademy(owner: pg.Client, w: ReturnType<typeof world>) {
  const schools = "SELECT e.id FROM establishments e JOIN academies a ON a.id = e.academy_id WHERE a.code = $1";
  await owner.query("BEGIN");
  await owner.query("DELETE FROM users WHERE email = $1", [w.inspector]);
  // The classes first: deleting them logs a change of the school's figures, which must go before the school.
  await owner.query(`DELETE FROM divisions WHERE establishment_id IN (${schools})`, [w.code]);
  await owner.query(`DELETE FROM indicator_changes WHERE establishment_id IN (${schools})`, [w.code]);
  await owner.query(`DELETE FROM establishments WHERE id IN (${schools})`, [w.code]);
  await owner.query("DELETE FROM academies WHERE code = $1", [w.code]);
  await owner.query("COMMIT");
}

test.beforeAll(async ({}, info) => {
  const w = world(info.project.name);
  await withClient(e2eDatabaseUrl, async (owner) => {
    await removeAcademy(owner, w);
    await writeAcademy(owner, { code: w.code, name: w.name }, SCHOOLS, w.firstNumber);
    await writeInspector(owner, { email: w.inspector, name: "Inspecteur des pages", password: demoPassword }, [w.code]);
  });
});

test.afterAll(async ({}, info) => {
  await withClient(e2eDatabaseUrl, (owner) => removeAcademy(owner, world(info.project.name)));
});

test("an inspector pages through a large académie's schools by keyboard; quartiles, order and export cover them all", async ({ page, login }, info) => {
  const w = world(info.project.name);
  await login(w.inspector);
  const base = `/academies/${w.code}/comparaison`;
  await page.goto(`${base}?annee=2026-2027`);
  const table = page.getByRole("table", { name: /Établissements de l'académie/ });
  const top = page.getByRole("navigation", { name: "Pages de la comparaison", exact: true });
  await expect(page.getByText("Établissements 1 à 100 sur 130 (page 1 sur 2)")).toBeVisible();
  // Two header rows, a page of schools, three quartile rows.
  await expect(table.getByRole("row")).toHaveCount(2 + 100 + 3);
  await expect(top.getByRole("link", { name: "Page 1" })).toHaveAttribute("aria-current", "page");
  await expect(top.getByText("← Précédente")).toHaveAttribute("aria-disabled", "true");
  const medianOfAll = await table.getByRole("row", { name: /Médiane de l'académie/ }).textContent();
  // Counted over the académie: more schools than a page holds (a figure hidden as "< 5" is left out,
  // and the generated figures hide a few, which differ from run to run with the schools' ids).
  const counted = Number(/sur (\d+) établissements/.exec(medianOfAll ?? "")?.[1]);
  expect(counted).toBeGreaterThan(100);
  expect(counted).toBeLessThanOrEqual(SCHOOLS);
  const firstOfPageOne = await table.locator("tbody tr").first().getByRole("rowheader").textContent();

  // By keyboard: the next page from the navigation above the table.
  await top.getByRole("link", { name: "Suivante →" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(page.getByText("Établissements 101 à 130 sur 130 (page 2 sur 2)")).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(2 + 30 + 3);
  await expect(top.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  await expect(top.getByText("Suivante →")).toHaveAttribute("aria-disabled", "true");
  // The same quartiles on every page: they are the académie's.
  expect(await table.getByRole("row", { name: /Médiane de l'académie/ }).textContent()).toBe(medianOfAll);
  await expect(table.locator("tbody tr").first().getByRole("rowheader")).not.toHaveText(firstOfPageOne!);
  await expectNoSeriousA11yViolations(page);
  await top.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/comparison-pages-${info.project.name}.png` });

  // The navigation under the table goes back.
  await page.getByRole("navigation", { name: "Pages de la comparaison, sous le tableau" }).getByRole("link", { name: "← Précédente" }).click();
  await expect(page.getByText("Établissements 1 à 100 sur 130 (page 1 sur 2)")).toBeVisible();

  // A new order starts at the first page.
  await page.goto(`${base}?annee=2026-2027&page=2`);
  await table.getByRole("columnheader").filter({ hasText: "Valeur" }).first().getByRole("link").click();
  await expect(table.getByRole("columnheader", { name: /Valeur/ }).first()).toHaveAttribute("aria-sort", "descending");
  await expect(page).not.toHaveURL(/page=/);
  await expect(page.getByText("Établissements 1 à 100 sur 130 (page 1 sur 2)")).toBeVisible();

  // A page past the last, or not a number, answers a page, never an error.
  await page.goto(`${base}?annee=2026-2027&page=9`);
  await expect(page.getByText("Établissements 101 à 130 sur 130 (page 2 sur 2)")).toBeVisible();
  await page.goto(`${base}?annee=2026-2027&page=deux`);
  await expect(page.getByText("Établissements 1 à 100 sur 130 (page 1 sur 2)")).toBeVisible();

  // The export holds every school, whatever the page.
  await page.goto(`${base}?annee=2026-2027&page=2`);
  const href = await page.getByRole("link", { name: "Exporter en CSV" }).getAttribute("href");
  expect(href).not.toContain("page=");
  const csv = (await (await page.request.get(href!)).body()).toString("utf8");
  // A header, a line a school, the three quartiles, and the last line's end.
  expect(csv.split("\r\n").filter(Boolean)).toHaveLength(1 + SCHOOLS + 3);
});
