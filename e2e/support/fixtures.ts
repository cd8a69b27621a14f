import { expect, test as base, type Page } from "@playwright/test";
import { demoPassword } from "../../prisma/demo-data";

/** Signs the page's browser context in through the real sign-in endpoint. */
async function login(page: Page, email: string, password = demoPassword) {
  const baseURL = test.info().project.use.baseURL!;
  const response = await page.request.post("/api/connexion", {
    data: { email, password },
    headers: { origin: baseURL },
  });
  expect(response.status(), `sign-in of ${email}`).toBe(200);
}

export const test = base.extend<{ login: (email: string, password?: string) => Promise<void> }>({
  login: async ({ page }, use) => {
    await use((email, password) => login(page, email, password));
  },
});

export { expect };

export const demo = {
  principalCastel: "proviseur.castel@ac-dijon.example",
  coordinatorCastel: "coordo.castel@ac-dijon.example",
  teacherCastel: "prof.castel@ac-dijon.example",
  inspectorDijon: "ien.dijon@ac-dijon.example",
  admin: "admin@boussole.example",
} as const;
