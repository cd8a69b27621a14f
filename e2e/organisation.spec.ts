import { expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/database";
import { demo, expect, test } from "./support/fixtures";

const year = "/etablissements/0210047M/organisation/2026-2027";

test("a coordinator walks the year's organisation: periods, schemes, hours", async ({ page, login }) => {
  await login(demo.coordinatorCastel);
  await page.goto("/etablissements/0210047M");
  await page.getByRole("navigation", { name: "Rubriques de l'établissement" }).getByRole("link", { name: "Organisation" }).click();
  await expect(page).toHaveURL(/\/organisation\/\d{4}-\d{4}$/);
  await page.goto(year);
  await expect(page.getByRole("heading", { level: 2, name: "Organisation de l'année 2026-2027" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("navigation", { name: "Organisation de l'année" }).getByRole("link", { name: "Périodes" }).click();
  await expect(page.getByRole("list", { name: "Périodes de l'année" }).getByRole("listitem")).toHaveCount(7);
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "Ajouter une période" }) });
  await form.getByLabel("Nom").fill("Stage intensif");
  await form.getByLabel("Début").fill("2026-10-12");
  await form.getByLabel("Fin").fill("2026-10-23");
  await form.getByRole("button", { name: "Ajouter la période" }).click();
  await expect(form.getByText(/Ces dates chevauchent « Période 1 »/)).toBeVisible();
  // The refused form keeps what was typed.
  await expect(form.getByLabel("Nom")).toHaveValue("Stage intensif");
  await expectNoSeriousA11yViolations(page);

  await page.goto(`${year}/dispositifs`);
  const schemes = page.getByRole("list", { name: "Dispositifs de l'année" });
  for (const strand of ["Consolidation des acquis", "Accompagnement personnalisé", "Aide à l'orientation"]) {
    await expect(schemes.getByRole("heading", { name: strand })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);

  await page.goto(`${year}/heures`);
  const compliance = page.getByRole("table", { name: /Conformité des heures par classe/ });
  const premiere = compliance.getByRole("row").filter({ hasText: "1MELEC1" });
  await expect(premiere).toContainText("84 h");
  await expect(premiere).toContainText("Insuffisant");
  await premiere.getByText("Détail du calcul").click();
  await expect(premiere.getByText("Réglementaire 84 h − prévu 75 h = 9 h manquantes.")).toBeVisible();
  const seconde = compliance.getByRole("row").filter({ hasText: "2MELEC1" });
  await expect(seconde).toContainText("265 h sur le cycle");
  await expect(seconde).toContainText("reste 175 h");
  await expectNoSeriousA11yViolations(page);
});

test("a principal reads the hour plan without editing it; an inspector sees only counts for the académie", async ({ page, login }) => {
  await login(demo.principalCastel);
  await page.goto(`${year}/heures`);
  await expect(page.getByRole("table", { name: /Conformité des heures par classe/ })).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);

  await page.context().clearCookies();
  await login(demo.inspectorDijon);
  expect((await page.goto(`${year}/heures`))?.status()).toBe(404);
  await page.goto("/academies/07");
  const table = page.getByRole("table", { name: /nombre de classes par statut/ });
  const castel = table.getByRole("row").filter({ hasText: "Lycée professionnel Le Castel" });
  // As many classes as the school has this year (other tests may have imported some).
  const db = e2eDb();
  const classes = await db.division
    .count({ where: { schoolYear: 2026, establishment: { uai: "0210047M" } } })
    .finally(() => db.$disconnect());
  expect(classes).toBeGreaterThanOrEqual(4);
  await expect(castel.getByRole("cell").first()).toHaveText(String(classes));
  await expect(table).not.toContainText("1MELEC1");
  await expectNoSeriousA11yViolations(page);
});

test("a coordinator imports classes, plans a Bac Pro class's hours and sees its gap to 265 h", async ({ page, login, isMobile }) => {
  test.skip(isMobile, "a data-entry task done at a desk");
  const n = `${Date.now() % 100000}`;
  await login(demo.coordinatorCastel);
  await page.goto(`${year}/classes`);
  await expectNoSeriousA11yViolations(page);

  // As exported by school software: Windows-1252, ";" separators, one bad line.
  const csv = `Classe;Formation;Spécialité;Effectif\r\n2PRO${n};2NDPRO;Métiers de l'électricité;24\r\n1CAP${n};1CAP2;Équipier polyvalent du commerce;12\r\nFAUX${n};2NDPRO;;abc\r\n`;
  const bytes = Buffer.from(csv, "latin1");
  await page.getByLabel("Fichier CSV").setInputFiles({ name: "classes.csv", mimeType: "text/csv", buffer: bytes });
  await page.getByRole("button", { name: "Prévisualiser" }).click();
  await expect(page.getByRole("status").filter({ hasText: "lignes lues" })).toContainText("3 lignes lues · 2 classes à importer · 1 ligne en erreur");
  await expect(page.getByText(/Ligne 4 :.*effectif/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Importer", exact: true })).toBeDisabled();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Importer seulement les lignes valides (2)" }).click();
  await expect(page.getByRole("row").filter({ hasText: `2PRO${n}` })).toBeVisible();
  // Accents of the Windows-1252 file arrived intact.
  await expect(page.getByRole("row").filter({ hasText: `1CAP${n}` })).toContainText("Équipier polyvalent du commerce");

  await page.goto(`${year}/heures`);
  await page.getByLabel("Classe", { exact: true }).selectOption({ label: `2PRO${n} — Bac Pro Seconde` });
  await page.getByRole("button", { name: "Afficher" }).click();
  const first = page.getByLabel("Heures prévues, Consolidation des acquis, Période 1");
  await first.fill("12,5");
  await first.press("Enter");
  await expect(page.getByText("enregistré").first()).toBeVisible();
  await first.fill("-3");
  await first.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Saisissez un nombre positif ou nul." })).toBeVisible();
  for (const period of ["Période 1", "Période 2", "Période 3", "Période 4", "Période 5"]) {
    const cell = page.getByLabel(`Heures prévues, Consolidation des acquis, ${period}`);
    await cell.fill("18");
    await cell.press("Enter");
  }
  await expect(page.getByRole("row").filter({ hasText: /^Total/ })).toContainText("90 h");

  await page.reload();
  const row = page.getByRole("table", { name: /Conformité des heures par classe/ }).getByRole("row").filter({ hasText: `2PRO${n}` });
  await expect(row).toContainText("Conforme");
  await expect(row).toContainText("265 h sur le cycle · reste 175 h");
  await expectNoSeriousA11yViolations(page);
});
