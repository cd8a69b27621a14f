import { nextSequence } from "../tests/factories/sequence";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { demo, expect, test } from "./support/fixtures";

test("an administrator creates an account, attaches it to a school, and the person can sign in", async ({ page, login, browser, baseURL }) => {
  const email = `recrue.${nextSequence()}.${Date.now()}@ac-dijon.example`;
  await login(demo.admin);

  for (const path of ["/admin", "/admin/academies", "/admin/etablissements", "/admin/etablissements/0210047M", "/admin/journal"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }

  await page.goto("/admin/utilisateurs");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Nom et prénom").fill("Hugo Recrue");
  await page.getByLabel("Mot de passe initial (facultatif)").fill("court");
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByText("Le mot de passe doit comporter au moins 12 caractères.")).toBeVisible();
  // The refused form kept what was typed.
  await expect(page.getByLabel("Adresse électronique")).toHaveValue(email);

  await page.getByLabel("Mot de passe initial (facultatif)").fill("une phrase de bienvenue");
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Compte créé." })).toBeVisible();
  await page.getByRole("link", { name: /Ouvrir le compte créé/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Hugo Recrue/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Établissement", { exact: true }).selectOption({ label: "Lycée professionnel Le Castel — Dijon (0210047M)" });
  await page.getByLabel("Rôle", { exact: true }).selectOption("TEACHER");
  await page.getByRole("button", { name: "Ajouter", exact: true }).first().click();
  await expect(page.getByRole("status").filter({ hasText: "Ajouté à l'équipe." })).toBeVisible();

  const person = await browser.newContext({ baseURL });
  const signIn = await person.request.post("/api/connexion", {
    headers: { origin: baseURL! },
    data: { email, password: "une phrase de bienvenue" },
  });
  expect(signIn.status()).toBe(200);
  const home = await person.newPage();
  await home.goto("/");
  await expect(home.getByRole("link", { name: /Lycée professionnel Le Castel/ })).toBeVisible();
  await person.close();
});
