import { nextSequence } from "../tests/factories/sequence";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { demo, expect, test } from "./support/fixtures";

test("an administrator adds the 2024 'soutien au parcours' framework from the browser", async ({ page, login, isMobile }) => {
  test.skip(isMobile, "an administration task done at a desk");
  const code = `SOUTIEN-PARCOURS-${nextSequence()}`;
  await login(demo.admin);
  await page.goto("/admin/referentiels");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Code").fill(code);
  await page.getByLabel("Nom", { exact: true }).fill("Soutien au parcours (réforme 2024)");
  await page.getByLabel("Première année scolaire").fill("2024");
  for (const label of ["Consolidation des acquis", "Aide à l'orientation"]) {
    const box = page.getByRole("checkbox", { name: label });
    if (await box.isChecked()) await box.uncheck();
  }
  const ap = page.getByRole("checkbox", { name: "Accompagnement personnalisé" });
  if (!(await ap.isChecked())) await ap.check();
  for (const diploma of ["CAP", "Collège"]) {
    const box = page.getByRole("checkbox", { name: diploma, exact: true });
    if (await box.isChecked()) await box.uncheck();
  }
  const bacPro = page.getByRole("checkbox", { name: "Bac Pro", exact: true });
  if (!(await bacPro.isChecked())) await bacPro.check();
  await page.getByLabel("Heures sur l'année, Bac Pro, Seconde").fill("30,5");
  await page.getByLabel("Heures sur l'année, Bac Pro, Première").fill("29.5");
  await page.getByLabel("Heures sur l'année, Bac Pro, Terminale").fill("-3");
  await page.getByRole("button", { name: "Créer le référentiel" }).click();
  await expect(page.getByText("Saisissez un nombre positif ou nul.").first()).toBeVisible();

  await page.getByLabel("Heures sur l'année, Bac Pro, Terminale").fill("31");
  await expect(page.getByText(/91 h/).first()).toBeVisible();
  await page.getByRole("button", { name: "Créer le référentiel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${code} · version 1` })).toBeVisible();
  await expect(page.getByText("Soutien au parcours (réforme 2024)").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
