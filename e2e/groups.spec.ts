// Need groups end to end: a coordinator asks the assistant for groups from a
// period's diagnostic, adjusts them (moves a pupil, renames, names a teacher)
// and saves; a double booking is refused in French; the teacher then records
// a session's attendance. Each browser project works in a school year of its
// own at Le Castel, so that the runs never clash with each other or the demo.
import { expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/database";
import { demo, expect, test } from "./support/fixtures";

const uai = "0210047M";

async function prepareYear(year: number) {
  const db = e2eDb();
  try {
    const school = await db.establishment.findUniqueOrThrow({ where: { uai } });
    const establishmentId = school.id;
    await db.pupil.deleteMany({ where: { establishmentId, schoolYear: year } });
    await db.needGroup.deleteMany({ where: { establishmentId, period: { schoolYear: year } } });
    await db.period.deleteMany({ where: { establishmentId, schoolYear: year } });
    await db.scheme.deleteMany({ where: { establishmentId, schoolYear: year } });
    await db.division.deleteMany({ where: { establishmentId, schoolYear: year } });
    const framework = await db.framework.findFirstOrThrow({ where: { code: "TVP-2019" }, orderBy: { version: "desc" } });
    const period = await db.period.create({
      data: { establishmentId, schoolYear: year, name: "Période 1", startsOn: new Date(`${year}-09-01T00:00:00Z`), endsOn: new Date(`${year}-10-16T00:00:00Z`) },
    });
    await db.scheme.create({ data: { establishmentId, schoolYear: year, frameworkId: framework.id, strand: "CONSOLIDATION" } });
    const division = await db.division.create({ data: { establishmentId, schoolYear: year, name: "2GR", diploma: "BAC_PRO", yearOfStudy: 1, headcount: 6 } });
    const names = [
      ["Lina", "Aubert"],
      ["Yanis", "Barbier"],
      ["Maëlys", "Carré"],
      ["Tom", "Denis"],
      ["Sarah", "Étienne"],
      ["Nolan", "Fabre"],
    ] as const;
    const pupils = [];
    for (const [firstName, lastName] of names) {
      pupils.push(await db.pupil.create({ data: { establishmentId, schoolYear: year, divisionId: division.id, firstName, lastName } }));
    }
    const competency = (label: string) => db.competency.findFirstOrThrow({ where: { establishmentId: null, label } });
    const reading = await competency("Lire et comprendre un texte");
    const numbers = await competency("Nombres et calcul");
    const tool = await db.positioningTool.findFirstOrThrow({ where: { establishmentId: null, kind: "DIAGNOSTIC_EVALUATION" } });
    // Aubert, Barbier: fragile in reading; Carré: insufficient in numbers; Denis, Étienne: very good everywhere; Fabre: satisfactory.
    const levels = [
      ["FRAGILE", "SATISFACTORY"],
      ["FRAGILE", "SATISFACTORY"],
      ["SATISFACTORY", "INSUFFICIENT"],
      ["VERY_GOOD", "VERY_GOOD"],
      ["VERY_GOOD", "VERY_GOOD"],
      ["SATISFACTORY", "SATISFACTORY"],
    ] as const;
    for (const [i, pupil] of pupils.entries()) {
      for (const [j, c] of [reading, numbers].entries()) {
        await db.diagnosticResult.create({
          data: { establishmentId, pupilId: pupil.id, competencyId: c.id, periodId: period.id, level: levels[i]![j]!, toolId: tool.id },
        });
      }
    }
    return { periodId: period.id };
  } finally {
    await db.$disconnect();
  }
}

test("a coordinator accepts and adjusts the assistant's groups; a teacher records attendance", async ({ page, login, isMobile }) => {
  const year = isMobile ? 2041 : 2040;
  const label = `${year}-${year + 1}`;
  const size = isMobile ? "390" : "1280";
  const groupName = `Lecture ${label}`;
  const { periodId } = await prepareYear(year);

  await login(demo.coordinatorCastel);
  await page.goto(`/etablissements/${uai}/groupes/${label}/assistant`);
  await expect(page.getByRole("heading", { name: "Composer les groupes à partir du diagnostic" })).toBeVisible();
  await page.getByLabel("Élèves par groupe, au plus").fill("4");
  await page.getByRole("button", { name: "Proposer des groupes" }).click();
  await expect(page).toHaveURL(new RegExp(`periode=${periodId}`));

  const groups = page.getByRole("list", { name: "Groupes proposés" });
  await expect(groups.getByRole("listitem").filter({ has: page.getByRole("button", { name: /Supprimer ce groupe/ }) })).toHaveCount(3);
  // Every placement says why.
  await expect(page.getByText("Fragile en Lire et comprendre un texte (évaluation diagnostique).").first()).toBeVisible();
  await expect(page.getByText("Maîtrise insuffisante en Nombres et calcul (évaluation diagnostique).")).toBeVisible();
  await expect(page.getByText("Pas de besoin repéré : maîtrise satisfaisante ou très bonne partout.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `/tmp/shots/groups-assistant-${size}.png`, fullPage: true });

  // Adjust: rename the reading group, give it the teacher, move Barbier to the numbers group, take Fabre in.
  await page.getByLabel("Nom du groupe 1").fill(groupName);
  await page.getByLabel("Professeur").first().selectOption({ label: "Karim Haddad" });
  await page.getByLabel("Salle").first().fill("B12");
  await page.getByLabel("Déplacer Barbier Yanis").selectOption({ label: "Remédiation – Nombres et calcul" });
  await page.getByLabel("Placer Fabre Nolan").selectOption({ label: groupName });
  const reading = groups.getByRole("list", { name: `Élèves de ${groupName}` });
  await expect(reading.getByText("Aubert Lina", { exact: true })).toBeVisible();
  await expect(reading.getByText("Fabre Nolan", { exact: true })).toBeVisible();
  await expect(groups.getByRole("list", { name: "Élèves de Remédiation – Nombres et calcul" }).getByText("Barbier Yanis", { exact: true })).toBeVisible();

  await page.getByLabel("Jour").selectOption({ label: "lundi" });
  await page.getByRole("button", { name: "Enregistrer les 3 groupes" }).click();
  await expect(page).toHaveURL(new RegExp(`/groupes/${label}$`));
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: groupName }) });
  await expect(card).toContainText("2/4 élèves");
  await expect(card).toContainText("Karim Haddad");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `/tmp/shots/groups-list-${size}.png`, fullPage: true });

  // A second group on the same slot with Aubert: refused, in French, naming her.
  await page.getByRole("link", { name: "Approfondissement" }).click();
  await page.getByLabel("Élève à ajouter").selectOption({ label: "Aubert Lina (2GR)" });
  await page.getByRole("button", { name: "Ajouter au groupe" }).click();
  await page.getByRole("button", { name: "Enregistrer les élèves" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Lina Aubert" })).toContainText(`Lina Aubert est déjà dans le groupe « ${groupName} »`);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `/tmp/shots/groups-group-${size}.png`, fullPage: true });

  // The teacher records a session of their group.
  await page.context().clearCookies();
  await login(demo.teacherCastel);
  await page.goto(`/etablissements/${uai}/mes-groupes`);
  await page.getByRole("link", { name: `Faire l'appel de ${groupName}` }).click();
  await expect(page.getByRole("heading", { name: groupName })).toBeVisible();
  await page.getByLabel("Date de la séance").fill(`${year}-09-14`);
  await page.getByLabel("Durée (heures)").fill("1,5");
  await page.getByRole("radiogroup", { name: /Fabre Nolan/ }).getByLabel("Absent").check();
  await expect(page.getByText("1 présent, 1 absent, 0 excusé.")).toBeVisible();
  await page.getByRole("button", { name: "Enregistrer la séance" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Séance enregistrée :" })).toBeVisible();
  await expect(page.getByText("Fabre Nolan (absent)")).toBeVisible();
  await expect(page.getByText("1,5 h faites")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `/tmp/shots/groups-session-${size}.png`, fullPage: true });

  // As a referent, the teacher notes an interview with one of their pupils.
  await page.goto(`/etablissements/${uai}/mes-groupes`);
  const followed = page.getByRole("region", { name: /Les élèves dont je suis référent/ });
  const first = followed.getByRole("listitem").first();
  await first.getByText("Noter un entretien").click();
  await first.getByLabel(/Sujet de l'entretien avec/).fill("Point d'étape après la période 1");
  await first.getByRole("button", { name: "Noter l'entretien" }).click();
  await expect(first.getByText("Entretien noté.")).toBeVisible();
  await expect(first.getByText(/Point d'étape après la période 1/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `/tmp/shots/groups-mine-${size}.png`, fullPage: true });

  // The teacher cannot open another group's register.
  const db = e2eDb();
  const other = await db.needGroup.findFirstOrThrow({ where: { name: "Approfondissement", period: { schoolYear: year } } }).finally(() => db.$disconnect());
  expect((await page.goto(`/etablissements/${uai}/mes-groupes/${other.id}`))?.status()).toBe(404);
});

test("the paths, referents and meetings pages are keyboard-usable and axe-clean", async ({ page, login, isMobile }) => {
  const size = isMobile ? "390" : "1280";
  await login(demo.coordinatorCastel);
  for (const [section, heading] of [
    ["parcours", "Parcours des élèves d'une période à l'autre"],
    ["referents", "Élèves suivis par référent"],
    ["reunions", "Réunions de concertation"],
  ] as const) {
    await page.goto(`/etablissements/${uai}/groupes/2026-2027/${section}`);
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `/tmp/shots/groups-${section}-${size}.png`, fullPage: true });
  }
  // An inspector never opens them.
  await page.context().clearCookies();
  await login(demo.inspectorDijon);
  expect((await page.goto(`/etablissements/${uai}/groupes/2026-2027`))?.status()).toBe(404);
});

test("a coordinator attaches minutes: a lying file is refused, the download is an attachment of the detected type, kept from inspectors", async ({ page, login, isMobile }) => {
  test.skip(isMobile, "one device is enough for the download's headers");
  await login(demo.coordinatorCastel);
  await page.goto(`/etablissements/${uai}/groupes/2026-2027/reunions`);
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "Noter une réunion" }) });
  await form.getByLabel("Date").fill("2026-11-20");
  await form.getByLabel("Instance", { exact: true }).selectOption({ label: "Conseil d'enseignement" });
  await form.getByLabel("Ordre du jour").fill("Bilan de la période 2");
  // A PNG named .pdf: refused, whatever the name and the type the browser claims.
  await form.getByLabel(/Compte rendu/).setInputFiles({ name: "cr.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) });
  await form.getByRole("button", { name: "Ajouter la réunion" }).click();
  await expect(form.getByText(/se termine par \.pdf mais son contenu est un image PNG/)).toBeVisible();
  await expect(form.getByLabel("Ordre du jour")).toHaveValue("Bilan de la période 2");
  await form.getByLabel(/Compte rendu/).setInputFiles({ name: "CR conseil d'enseignement.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await form.getByRole("button", { name: "Ajouter la réunion" }).click();
  await expect(form.getByText("Réunion ajoutée.")).toBeVisible();
  const href = await page.getByRole("link", { name: /CR conseil d'enseignement\.pdf/ }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="CR conseil d'enseignement\.pdf"/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await response.body()).toString()).toBe("%PDF-1.4\n%%EOF\n");

  await page.context().clearCookies();
  await login(demo.inspectorDijon);
  expect((await page.request.get(href!)).status()).toBe(404);
});
