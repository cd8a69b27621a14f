import { demo, expect, test } from "./support/fixtures";

const school = "/etablissements/0210047M";
const catalogue = `${school}/eleves/2026-2027/referentiel`;
const catalogueTitle = "Outils et compétences · Boussole";

// A screen reader announces the title on arrival, and the tab shows it before any script runs. (Streamed
// titles passed this too, when resolved before the body was sent; in the <head>, it holds however slow.)
test("each page names itself in the <head> of its first answer, before its body", async ({ page, login }) => {
  await login(demo.coordinatorCastel);
  for (const [path, title] of [
    ["/", "Boussole"],
    [school, "Lycée professionnel Le Castel · Boussole"],
    [catalogue, catalogueTitle],
  ] as const) {
    const html = await (await page.request.get(path)).text();
    expect(html.match(/<head>([\s\S]*?)<\/head>/)?.[1], path).toContain(`<title>${title}</title>`);
  }
});

// With the title streamed (next.config.ts, htmlLimitedBots), this failed in 6 of 26 runs; with it in the
// <head>, it passed in 20 of 20. So it catches a return of streamed titles in about two runs of five (it
// runs in two projects), not always: whether the title stays out depends on the server's timing.
test("the page keeps its title through saves and the refreshes that follow them", async ({ page, login }) => {
  await login(demo.coordinatorCastel);
  await page.goto(catalogue);
  await expect(page).toHaveTitle(catalogueTitle);
  // From here on, records each moment, after a batch of changes to the document, when no <title> is left in it.
  const titleMissing = await page.evaluateHandle(() => {
    const missing: number[] = [];
    new MutationObserver(() => {
      if (!document.querySelector("head > title")) missing.push(Math.round(performance.now()));
    }).observe(document, { childList: true, subtree: true });
    return missing;
  });
  const label = `Titre de page (${test.info().project.name} ${test.info().repeatEachIndex})`;
  await page.getByLabel("Nouvelle compétence de l'établissement").fill(label);
  await page.getByRole("button", { name: "Ajouter la compétence" }).click();
  // Archived, restored, … and archived last, so that the other tests do not meet it.
  for (let save = 0; save < 15; save++) {
    const [from, to] = save % 2 === 0 ? ["Archiver", "Rétablir"] : ["Rétablir", "Archiver"];
    await page.getByRole("button", { name: `${from} ${label}` }).click();
    await expect(page.getByRole("button", { name: `${to} ${label}` })).toBeVisible();
  }
  await page.waitForLoadState("networkidle");
  await expect(page).toHaveTitle(catalogueTitle);
  expect(await titleMissing.jsonValue()).toEqual([]);
});
