// Single sign-on through the académie, against a real OpenID Connect provider
// started by the run (e2e/support/oidc-provider.ts): its login form takes any
// password, and the login typed is the email it vouches for.
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { signInErrors } from "../src/features/identity/sign-in-errors";
import { expectNoSeriousA11yViolations } from "./support/axe";

// Same defaults as e2e/playwright.config.ts.
const databaseUrl = process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/boussole_e2e";
const issuer = `http://127.0.0.1:${Number(process.env.E2E_OIDC_PORT ?? 3101)}`;
const ssoButton = "Connexion académique (guichet unique)";

async function sql(text: string, values: unknown[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** From Boussole's sign-in page to the provider and back, as `email`. */
async function signInThroughAcademie(page: Page, email: string) {
  // The provider's development pages import a web font: no network here, so fail it at once.
  await page.route("https://fonts.googleapis.com/**", (route) => route.abort());
  await page.goto("/connexion");
  await page.getByRole("button", { name: ssoButton }).click();

  await expect(page).toHaveURL((url) => url.origin === issuer && url.pathname.startsWith("/interaction/"));
  await page.getByPlaceholder("Enter any login").fill(email);
  await page.getByPlaceholder("and password").fill("unused");
  await page.getByRole("button", { name: "Sign-in" }).click();

  // Consent to Boussole reading the email address.
  await expect(page.getByRole("heading", { name: "Authorize" })).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL((url) => url.origin !== issuer);
}

async function expectRefused(page: Page) {
  await expect(page).toHaveURL((url) => url.pathname === "/connexion" && url.searchParams.get("error") === "AccessDenied");
  await expect(page.getByRole("alert").filter({ hasText: signInErrors.AccessDenied })).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies.filter((c) => c.name.includes("session-token"))).toEqual([]);
  await page.goto("/");
  await expect(page).toHaveURL((url) => url.pathname === "/connexion");
}

async function latestSessionMethod(email: string): Promise<string | undefined> {
  const { rows } = await sql(
    `SELECT s.method FROM user_sessions s JOIN users u ON u.id = s.user_id
     WHERE u.email = $1 AND s.revoked_at IS NULL ORDER BY s.created_at DESC LIMIT 1`,
    [email],
  );
  return rows[0]?.method;
}

test("a demo user signs in through the académie's single sign-on", async ({ page }) => {
  const email = "coordo.castel@ac-dijon.example";
  await signInThroughAcademie(page, email);

  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(page.getByRole("heading", { level: 1, name: "Bonjour Claire Martin" })).toBeVisible();
  expect(await latestSessionMethod(email)).toBe("academie");

  await page.goto("/etablissements/0210047M");
  await expect(page.getByRole("heading", { level: 1, name: "Lycée professionnel Le Castel" })).toBeVisible();
});

test("an académie identity that matches no Boussole account is refused", async ({ page }) => {
  const email = "inconnu@ac-dijon.example";
  expect((await sql("SELECT 1 FROM users WHERE email = $1", [email])).rowCount).toBe(0);
  await signInThroughAcademie(page, email);
  await expectRefused(page);
  // Never created on the way.
  expect((await sql("SELECT 1 FROM users WHERE email = $1", [email])).rowCount).toBe(0);
});

test.describe("a disabled account", () => {
  const email = "prof.castel@ac-dijon.example";

  test.afterEach(async () => {
    await sql("UPDATE users SET disabled_at = NULL WHERE email = $1", [email]);
  });

  test("is refused by the single sign-on, and let in again once re-enabled", async ({ page }) => {
    const disabled = await sql("UPDATE users SET disabled_at = now() WHERE email = $1", [email]);
    expect(disabled.rowCount).toBe(1);
    await signInThroughAcademie(page, email);
    await expectRefused(page);

    // The same identity comes in once the account is enabled: the refusal was the disabling.
    await sql("UPDATE users SET disabled_at = NULL WHERE email = $1", [email]);
    await page.context().clearCookies();
    await signInThroughAcademie(page, email);
    await expect(page.getByRole("heading", { level: 1, name: "Bonjour Karim Haddad" })).toBeVisible();
  });
});

test("the sign-in page with the single sign-on button is accessible", async ({ page }) => {
  await page.goto("/connexion");
  await expect(page.getByRole("button", { name: ssoButton })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
