import { hashPassword } from "@/features/identity/passwords";
import { nextSequence } from "../tests/factories/sequence";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/database";
import { demo, expect, test } from "./support/fixtures";

test("a principal adds a teacher to the team, changes the role, and reads it in the log", async ({ page, login, isMobile }) => {
  const email = `nouvelle.${nextSequence()}.${Date.now()}@ac-dijon.example`;
  await login(demo.principalCastel);
  await page.goto("/etablissements/0210047M/membres");
  await expect(page.getByRole("heading", { level: 2, name: "Équipe de l'établissement" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "Ajouter un membre" }) });
  await form.getByLabel("Adresse électronique").fill(email);
  await form.getByLabel("Nom et prénom").fill("Léa Nouvelle");
  await form.getByLabel("Rôle").selectOption("TEACHER");
  await form.getByRole("button", { name: "Ajouter" }).click();
  await expect(form.getByRole("status")).toHaveText("Membre ajouté.");
  const row = page.getByRole("list", { name: "Membres de l'équipe" }).getByRole("listitem").filter({ hasText: email });
  await expect(row).toBeVisible();

  await row.getByLabel("Rôle de Léa Nouvelle").selectOption("COORDINATOR");
  await row.getByRole("button", { name: "Changer" }).click();
  await expect(row.getByRole("status")).toHaveText("Rôle modifié.");

  // Adding the same person twice is a clear conflict, not a duplicate.
  await form.getByLabel("Adresse électronique").fill(email);
  await form.getByLabel("Nom et prénom").fill("Léa Nouvelle");
  await form.getByRole("button", { name: "Ajouter" }).click();
  await expect(form.getByRole("alert")).toHaveText("Léa Nouvelle fait déjà partie de l'équipe.");

  // A bad email is refused next to its field.
  await form.getByLabel("Adresse électronique").fill("pas-une-adresse");
  await form.getByRole("button", { name: "Ajouter" }).click();
  await expect(form.getByText("L'adresse électronique n'est pas valide.")).toBeVisible();

  await page.goto("/etablissements/0210047M/journal");
  const log = page.getByRole("table");
  await expect(log.getByRole("row").filter({ hasText: "Membre ajouté" }).filter({ hasText: email })).toBeVisible();
  await expect(log.getByRole("row").filter({ hasText: "Rôle modifié" }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  if (!isMobile) {
    await page.goto("/etablissements/0210047M/membres");
    const members = page.getByRole("list", { name: "Membres de l'équipe" });
    await members.getByRole("button", { name: "Retirer Léa Nouvelle" }).click();
    await expect(members.getByRole("listitem").filter({ hasText: email })).toHaveCount(0);
  }
});

test("a coordinator reads the team without managing it; a teacher does not see it", async ({ page, login }) => {
  await login(demo.coordinatorCastel);
  await page.goto("/etablissements/0210047M/membres");
  await expect(page.getByRole("listitem").filter({ hasText: "Julien Bernard" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ajouter" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Retirer/ })).toHaveCount(0);

  await page.context().clearCookies();
  await login(demo.teacherCastel);
  expect((await page.goto("/etablissements/0210047M/membres"))?.status()).toBe(404);
});

test("a person changes their password from the profile page", async ({ page, login }) => {
  const db = e2eDb();
  const email = `profil.${nextSequence()}.${Date.now()}@ac-dijon.example`;
  try {
    await db.user.create({ data: { email, name: "Nina Profil", passwordHash: await hashPassword("ancienne phrase de passe") } });
  } finally {
    await db.$disconnect();
  }
  await login(email, "ancienne phrase de passe");
  await page.goto("/profil");
  await expect(page.getByRole("heading", { level: 1, name: "Mon profil" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Mot de passe actuel").fill("ancienne phrase de passe");
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("court");
  await page.getByLabel("Confirmation du nouveau mot de passe").fill("court");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByText("Le mot de passe doit comporter au moins 12 caractères.")).toBeVisible();

  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("une toute nouvelle phrase");
  await page.getByLabel("Confirmation du nouveau mot de passe").fill("une toute nouvelle phrase");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByRole("status")).toHaveText("Mot de passe modifié.");

  const response = await page.request.post("/api/connexion", {
    headers: { origin: test.info().project.use.baseURL! },
    data: { email, password: "une toute nouvelle phrase" },
  });
  expect(response.status()).toBe(200);
});
