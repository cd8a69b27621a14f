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
  for (const title of ["Planifier", "Mettre en œuvre", "Évaluer", "Agir", "Équipe"]) {
    await expect(nav.getByRole("link", { name: title })).toBeVisible();
  }
  await expect(nav.getByRole("link", { name: "Journal" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await nav.getByRole("link", { name: "Évaluer" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Évaluer/ })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Évaluer" })).toHaveAttribute("aria-current", "page");
  // The guiding indicators of the three-strand sheet (seed 002), which the school's TVP 2019 schemes follow.
  await expect(page.getByRole("heading", { level: 3, name: "Mettre en œuvre l’accompagnement renforcé" })).toBeVisible();
  await expect(page.getByText("Organigramme de pilotage")).toBeVisible();
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
  const agir = page.getByRole("navigation", { name: "Rubriques de l'établissement" }).getByRole("link", { name: "Agir" });
  for (let i = 0; i < 30 && !(await agir.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(agir).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/etablissements\/0210047M\/agir$/);
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
  await page.goto("/etablissements/0210047M/planifier");
  await expect(page.getByText("Un échéancier, des indicateurs cibles, des bilans d’étapes sont-ils prévus ?")).toBeVisible();
  await expect(page.getByText("Volets : Consolidation des acquis, Accompagnement personnalisé, Aide à l'orientation")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // A school with no scheme opened this year sees the general grid and where to open its schemes.
  await page.context().clearCookies();
  await login("proviseur.paris@ac-besancon.example");
  await page.goto("/etablissements/0250063H/agir");
  await expect(page.getByRole("link", { name: "ouvrez les volets de l'année" })).toBeVisible();
  await expect(page.getByText("Points forts")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
