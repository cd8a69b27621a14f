import { expect, test } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/axe";

test("the service state page says the application and its database answer, to anyone", async ({ page }) => {
  const response = await page.goto("/etat");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "État du service" })).toBeVisible();
  await expect(page.getByText(/Base de données : joignable \(réponse en [\d ,]+ ms\)/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `/tmp/shots/service-state-${test.info().project.name}.png`, fullPage: true });
});
