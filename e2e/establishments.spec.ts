import { expectNoSeriousA11yViolations } from "./support/axe";
import { demo, expect, test } from "./support/fixtures";

test("a coordinator sees her schools on the home page and opens one", async ({ page, login }) => {
  await login(demo.coordinatorCastel);
  await page.goto("/");
  await expect(page).toHaveTitle(/Boussole/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1, name: "Bonjour Claire Martin" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Lycée professionnel Le Castel/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Lycée professionnel Les Marcs d'Or/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: /Lycée professionnel Le Castel/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lycée professionnel Le Castel" })).toBeVisible();
  await expect(page.getByText("0210047M")).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Rubriques de l'établissement" });
  for (const title of ["Grilles PDCA", "Organisation", "Équipe"]) {
    await expect(nav.getByRole("link", { name: title })).toBeVisible();
  }
  await expect(nav.getByRole("link", { name: "Journal" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await nav.getByRole("link", { name: "Grilles PDCA" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Grilles PDCA 2026-2027" })).toBeVisible();
  await page.getByRole("link", { name: "Accompagnement personnalisé" }).click();
  await page.getByRole("navigation", { name: "Phases de la grille" }).getByRole("link", { name: /Évaluer/ }).click();
  await expect(page.getByRole("heading", { level: 3, name: /Évaluer/ })).toBeVisible();
  // The guiding indicators of the three-strand sheet (seed 002), which the school's TVP 2019 schemes follow.
  await expect(page.getByText("Mettre en œuvre l’accompagnement renforcé (version 1)")).toBeVisible();
  await expect(page.getByText("Organigramme de pilotage", { exact: true }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("an inspector sees the schools of the académie, not the others", async ({ page, login }) => {
  await login(demo.inspectorDijon);
  await page.goto("/");
  await page.getByRole("link", { name: "Académie de Dijon" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Académie de Dijon" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Lycée professionnel Le Castel/ })).toBeVisible();
  await expect(page.getByText("Lycée professionnel Pierre-Adrien Pâris")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  expect((await page.goto("/academies/03"))?.status()).toBe(404);
});

test("the establishment pages are usable with the keyboard alone", async ({ page, login, isMobile }) => {
  test.skip(isMobile, "no physical keyboard on a phone");
  await login(demo.coordinatorCastel);
  await page.goto("/etablissements/0210047M");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Aller au contenu" })).toBeFocused();
  const grids = page.getByRole("navigation", { name: "Rubriques de l'établissement" }).getByRole("link", { name: "Grilles PDCA" });
  for (let i = 0; i < 30 && !(await grids.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(grids).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/etablissements\/0210047M\/grilles\/2026-2027$/);
});

test("an unknown, malformed or foreign UAI answers the same French 404", async ({ page, login }) => {
  await login(demo.coordinatorCastel);
  for (const path of [
    "/etablissements/0210015C",
    "/etablissements/0210015D",
    "/etablissements/%27%3B--",
    "/etablissements/0210047M/inconnu",
    "/etablissements/0250063H",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
});

test("a person with two schools switches from one to the other in the header", async ({ page, login }) => {
  await login(demo.coordinatorCastel);
  await page.goto("/etablissements/0210047M");
  await page.getByText("Changer d'établissement").click();
  await page.getByRole("link", { name: /Lycée professionnel Les Marcs d'Or/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lycée professionnel Les Marcs d'Or" })).toBeVisible();
  // A teacher there: no team page in the navigation.
  await expect(page.getByRole("navigation", { name: "Rubriques de l'établissement" }).getByRole("link", { name: "Équipe" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("the Plan phase shows the seed's guiding questions word for word", async ({ page, login }) => {
  await login(demo.teacherCastel);
  await page.goto("/etablissements/0210047M/grilles/2026-2027/orientation/planifier");
  await expect(page.getByText("La grille n'est pas commencée : voici ses questions.")).toBeVisible();
  await expect(page.getByText("Un échéancier, des indicateurs cibles, des bilans d’étapes sont-ils prévus ?")).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  // A school with no scheme opened this year is told where to open them.
  await page.context().clearCookies();
  await login("proviseur.paris@ac-besancon.example");
  await page.goto("/etablissements/0250063H/grilles");
  await expect(page.getByText("Aucun dispositif n'est ouvert pour 2026-2027.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Ouvrir les dispositifs de l'année" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
