import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test("the home page lists the académies and their establishments", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Boussole/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 2, name: /Académie de Dijon/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Académie de Besançon/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Lycée professionnel Le Castel/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a visitor opens an establishment and walks its PDCA phases", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Lycée professionnel Le Castel/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lycée professionnel Le Castel" })).toBeVisible();
  await expect(page.getByText("0210047M")).toBeVisible();

  const phases = page.getByRole("navigation", { name: "Phases du cycle PDCA" });
  for (const title of ["Planifier", "Mettre en œuvre", "Évaluer", "Agir"]) {
    await expect(phases.getByRole("link", { name: title })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);

  await phases.getByRole("link", { name: "Évaluer" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Évaluer/ })).toBeVisible();
  await expect(phases.getByRole("link", { name: "Évaluer" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("n'est pas encore disponible")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the establishment pages are usable with the keyboard alone", async ({ page, isMobile }) => {
  test.skip(isMobile, "no physical keyboard on a phone");
  await page.goto("/etablissements/0210047M");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Aller au contenu" })).toBeFocused();
  const agir = page.getByRole("navigation", { name: "Phases du cycle PDCA" }).getByRole("link", { name: "Agir" });
  for (let i = 0; i < 20 && !(await agir.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(agir).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/etablissements\/0210047M\/agir$/);
});

test("an unknown or malformed UAI answers a French 404", async ({ page }) => {
  for (const path of ["/etablissements/0210015C", "/etablissements/0210015D", "/etablissements/%27%3B--", "/etablissements/0210047M/inconnu"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
});
