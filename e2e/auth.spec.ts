import { request as playwrightRequest } from "@playwright/test";
import { hashPassword } from "@/features/identity/passwords";
import { MAX_FAILURES } from "@/features/identity/throttle";
import { nextSequence } from "../tests/factories/sequence";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/database";
import { demo, expect, test } from "./support/fixtures";

const password = "une phrase de passe solide";

/** A fresh account of school 0210047M (LP Le Castel), so tests never lock or change the demo accounts. */
async function freshAccount(role: "COORDINATOR" | "TEACHER" | "PRINCIPAL" = "TEACHER") {
  const db = e2eDb();
  try {
    const school = await db.establishment.findUniqueOrThrow({ where: { uai: "0210047M" } });
    const n = nextSequence();
    const user = await db.user.create({
      data: {
        email: `compte.${n}.${Date.now()}@ac-dijon.example`,
        name: `Compte Essai ${n}`,
        passwordHash: await hashPassword(password),
        memberships: { create: [{ establishmentId: school.id, role }] },
      },
    });
    return user;
  } finally {
    await db.$disconnect();
  }
}

async function withDb<T>(work: (db: ReturnType<typeof e2eDb>) => Promise<T>): Promise<T> {
  const db = e2eDb();
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

test.describe("signing in", () => {
  test("by keyboard through the form, then out again", async ({ page, isMobile }) => {
    test.skip(isMobile, "keyboard flow");
    await page.goto("/");
    await expect(page).toHaveURL(/\/connexion$/);
    await expectNoSeriousA11yViolations(page);
    // Skip link, product name, then the form's first field.
    for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
    await expect(page.getByLabel("Adresse électronique")).toBeFocused();
    await page.keyboard.type(demo.teacherCastel);
    await page.keyboard.press("Tab");
    await page.keyboard.type("Boussole-demo-2026");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Bonjour Karim Haddad" })).toBeVisible();

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/connexion/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/connexion$/);
  });

  test("a wrong password gets one French message that does not tell which part was wrong", async ({ page }) => {
    await page.goto("/connexion");
    await page.getByLabel("Adresse électronique").fill(demo.teacherCastel);
    await page.getByLabel("Mot de passe").fill("pas le bon mot de passe");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Adresse électronique ou mot de passe incorrect.");
    await page.getByLabel("Adresse électronique").fill("personne@ac-dijon.example");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Adresse électronique ou mot de passe incorrect.");
    await expectNoSeriousA11yViolations(page);
  });

  test(`is throttled after ${MAX_FAILURES} failures for one account: HTTP 429 with the wait, even with the right password`, async ({ request, baseURL }) => {
    const user = await freshAccount();
    const headers = { origin: baseURL! };
    const started = Date.now();
    for (let i = 1; i <= MAX_FAILURES; i++) {
      const response = await request.post("/api/connexion", { headers, data: { email: user.email, password: `faux ${i}` } });
      expect(response.status(), `attempt ${i}`).toBe(i < MAX_FAILURES ? 401 : 429);
    }
    const refused = await request.post("/api/connexion", { headers, data: { email: user.email, password } });
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(14 * 60);
    expect((await refused.json()).message).toMatch(/^Trop de tentatives de connexion pour ce compte : réessayez dans 15 min\.$/);
    console.log(`throttling: ${MAX_FAILURES} failed attempts then 2 refusals (429) in ${Date.now() - started} ms, Retry-After ${refused.headers()["retry-after"]} s`);

    // Another account from the same place is not affected.
    const other = await freshAccount();
    expect((await request.post("/api/connexion", { headers, data: { email: other.email, password } })).status()).toBe(200);
  });

  for (const [label, body] of [
    ["nothing", {}],
    ["empty fields", { email: "", password: "" }],
    ["100,000 characters", { email: `${"a".repeat(100_000)}@ac-dijon.example`, password: "x".repeat(100_000) }],
    ["NUL bytes", { email: "prof.castel\u0000@ac-dijon.example", password: "Boussole-demo-2026\u0000" }],
    ["a look-alike Unicode email", { email: "prof.cаstel@ac-dijon.example", password: "Boussole-demo-2026" }],
    ["SQL", { email: "' OR 1=1 --@ac-dijon.example", password: "' OR '1'='1" }],
    ["HTML", { email: "<script>alert(1)</script>@x.fr", password: "<img src=x onerror=alert(1)>" }],
    ["numbers and arrays", { email: 12, password: ["a", "b"] }],
    ["an object for the email", { email: { $ne: null }, password: "x" }],
  ] as const) {
    test(`refuses ${label} with a French 4xx, never a 500`, async ({ request, baseURL }) => {
      const response = await request.post("/api/connexion", { headers: { origin: baseURL! }, data: body });
      expect(response.status()).toBeGreaterThanOrEqual(400);
      expect(response.status()).toBeLessThan(500);
      const json = await response.json();
      expect(json.ok).toBe(false);
      expect(json.message).toMatch(/[a-zé]/);
      expect(JSON.stringify(json)).not.toMatch(/prisma|SELECT|stack|Error:/i);
    });
  }

  test("refuses a body that is not JSON, or too large, with a French 400", async ({ request, baseURL }) => {
    const notJson = await request.post("/api/connexion", {
      headers: { origin: baseURL!, "content-type": "application/json" },
      data: "{pas du json",
    });
    expect(notJson.status()).toBe(400);
    expect((await notJson.json()).message).toMatch(/illisible/);
  });
});

test.describe("sessions", () => {
  test("a signed-out session cannot be replayed", async ({ page, context, baseURL }) => {
    const user = await freshAccount();
    await page.goto("/connexion");
    await page.getByLabel("Adresse électronique").fill(user.email);
    await page.getByLabel("Mot de passe").fill(password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Bonjour ${user.name}` })).toBeVisible();
    const stolen = await context.storageState();

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/connexion/);

    const replay = await playwrightRequest.newContext({ baseURL, storageState: stolen });
    const response = await replay.get("/", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toMatch(/\/connexion/);
    await replay.dispose();
  });

  test("disabling an account ends its session on the next request", async ({ page, login }) => {
    const user = await freshAccount();
    await login(user.email, password);
    await page.goto("/etablissements/0210047M");
    await expect(page.getByRole("heading", { level: 1, name: "Lycée professionnel Le Castel" })).toBeVisible();
    await withDb((db) => db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } }));
    await page.reload();
    await expect(page).toHaveURL(/\/connexion\?retour=%2Fetablissements%2F0210047M$/);
  });

  test("removing a membership closes the school on the next request", async ({ page, login }) => {
    const user = await freshAccount("COORDINATOR");
    await login(user.email, password);
    expect((await page.goto("/etablissements/0210047M"))?.status()).toBe(200);
    await withDb((db) => db.membership.deleteMany({ where: { userId: user.id } }));
    expect((await page.goto("/etablissements/0210047M"))?.status()).toBe(404);
  });

  test("cookies are HttpOnly and SameSite=Lax", async ({ page, context, login }) => {
    await login(demo.teacherCastel);
    await page.goto("/");
    const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("authjs.session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });
});

test.describe("HTTP hardening", () => {
  test("pages carry a strict CSP, refuse framing and are never cached", async ({ request, login, page }) => {
    const anonymous = await request.get("/connexion");
    const csp = anonymous.headers()["content-security-policy"]!;
    expect(csp).toContain("frame-ancestors 'none'");
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(anonymous.headers()["cache-control"]).toContain("no-store");

    await login(demo.teacherCastel);
    const signedIn = await page.request.get("/etablissements/0210047M");
    expect(signedIn.status()).toBe(200);
    expect(signedIn.headers()["cache-control"]).toContain("no-store");
  });

  test("an injected inline script does not run, while the page's own scripts do", async ({ page, login }) => {
    await login(demo.teacherCastel);
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    // Simulates a stored-XSS: the server's HTML gains a script without the nonce.
    await page.route("**/etablissements/0210047M", async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("</main>", "<script>window.__injected = true</script></main>");
      await route.fulfill({ response, body: html });
    });
    await page.goto("/etablissements/0210047M");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // React hydrated: client-side navigation works.
    await page.getByRole("navigation", { name: "Rubriques de l'établissement" }).getByRole("link", { name: "Grilles PDCA" }).click();
    await expect(page).toHaveURL(/\/grilles\/2026-2027$/);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected ?? false)).toBe(false);
    expect(violations.length).toBeGreaterThan(0);
  });

  for (const [label, origin] of [
    ["a foreign Origin", "https://evil.example"],
    ["Origin: null", "null"],
    ["no Origin", undefined],
  ] as const) {
    test(`refuses state-changing requests with ${label}`, async ({ baseURL }) => {
      const context = await playwrightRequest.newContext({ baseURL });
      const headers: Record<string, string> = origin ? { origin } : {};
      const signIn = await context.post("/api/connexion", {
        headers,
        data: { email: demo.teacherCastel, password: "Boussole-demo-2026" },
      });
      expect(signIn.status()).toBe(403);
      const action = await context.post("/etablissements/0210047M/membres", {
        headers: { ...headers, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
        data: "[]",
      });
      expect(action.status()).toBe(403);
      expect(await action.text()).toContain("Requête refusée");
      await context.dispose();
    });
  }

  test("an action that claims to come from our pages still meets the proxy when it names no Origin or its path has an escape", async ({ baseURL }) => {
    const context = await playwrightRequest.newContext({ baseURL });
    const action = { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", "sec-fetch-site": "same-origin" };
    const noOrigin = await context.post("/etablissements/0210047M/membres", { headers: action, data: "[]" });
    expect(noOrigin.status()).toBe(403);
    expect(await noOrigin.text()).toContain("Requête refusée");
    const escaped = await context.post("/etablissements/%ED%A0%80", { headers: { ...action, origin: baseURL! }, data: "[]" });
    expect(escaped.status()).toBe(400);
    expect(await escaped.text()).toContain("Adresse invalide");
    expect(escaped.headers()["x-content-type-options"]).toBe("nosniff");
    await context.dispose();
  });
});
