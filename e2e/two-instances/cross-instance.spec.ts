// Run by e2e/two-instances/run.sh only: two app instances (E2E_INSTANCE_A, E2E_INSTANCE_B) of one
// build behind nginx (the project's baseURL), PgBouncer in transaction mode in front of PostgreSQL.
// Proves that nothing that matters lives in one process: sessions, sign-in throttling, fresh pages.
import { request as playwrightRequest } from "@playwright/test";
import { hashPassword } from "@/features/identity/passwords";
import { MAX_FAILURES, throttleKey } from "@/features/identity/throttle";
import { nextSequence } from "../../tests/factories/sequence";
import { e2eDb } from "../support/database";
import { demo, expect, test } from "../support/fixtures";

const instanceA = process.env.E2E_INSTANCE_A!;
const instanceB = process.env.E2E_INSTANCE_B!;
const password = "une phrase de passe solide";

test.beforeAll(() => {
  if (!instanceA || !instanceB) throw new Error("E2E_INSTANCE_A and E2E_INSTANCE_B are set by e2e/two-instances/run.sh");
});

/** A fresh teacher of LP Le Castel, so that these tests never lock or change the demo accounts. */
async function freshAccount() {
  const db = e2eDb();
  try {
    const school = await db.establishment.findUniqueOrThrow({ where: { uai: "0210047M" } });
    const n = nextSequence();
    return await db.user.create({
      data: {
        email: `instances.${n}.${Date.now()}@ac-dijon.example`,
        name: `Compte Instances ${n}`,
        passwordHash: await hashPassword(password),
        memberships: { create: [{ establishmentId: school.id, role: "TEACHER" }] },
      },
    });
  } finally {
    await db.$disconnect();
  }
}

async function failuresRecorded(email: string, address: string): Promise<number | undefined> {
  const db = e2eDb();
  try {
    const rows = await db.$queryRaw<{ failures: number }[]>`
      SELECT failures FROM auth_throttles WHERE key = ${throttleKey(email, address)}`;
    return rows[0]?.failures;
  } finally {
    await db.$disconnect();
  }
}

test("a session opened on instance A is honoured by instance B, and signing out on B ends it on A too", async ({ page, isMobile }) => {
  test.skip(isMobile, "server behaviour: once is enough");
  const user = await freshAccount();
  // Cookies belong to the host, not the port: the browser sends A's session cookie to B.
  const signIn = await page.request.post(`${instanceA}/api/connexion`, {
    headers: { origin: instanceA },
    data: { email: user.email, password },
  });
  expect(signIn.status()).toBe(200);
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.includes("session-token"))).toBe(true);

  await page.goto(`${instanceB}/`);
  await expect(page.getByRole("heading", { level: 1, name: `Bonjour ${user.name}` })).toBeVisible();

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/connexion/);

  // The token signed before the sign-out is still well signed: instance A must refuse it because
  // the session was revoked in the database by B, not in B's memory.
  const replay = await playwrightRequest.newContext({ storageState: { cookies, origins: [] } });
  const home = await replay.get(`${instanceA}/`, { maxRedirects: 0 });
  expect(home.status()).toBeGreaterThanOrEqual(300);
  expect(home.status()).toBeLessThan(400);
  expect(home.headers().location).toMatch(/\/connexion/);
  await replay.dispose();
});

test(`sign-in failures are counted across both instances: blocked after ${MAX_FAILURES}, whichever answers`, async ({ isMobile }) => {
  test.skip(isMobile, "server behaviour: once is enough");
  const user = await freshAccount();
  const address = "203.0.113.7";
  const context = await playwrightRequest.newContext();
  const attempt = (base: string, pass: string, from = address) =>
    context.post(`${base}/api/connexion`, {
      // Straight to an instance (TRUST_PROXY=1): the address is the last one of X-Forwarded-For.
      headers: { origin: base, "x-forwarded-for": from },
      data: { email: user.email, password: pass },
    });

  for (let i = 1; i <= MAX_FAILURES; i++) {
    const base = i % 2 ? instanceA : instanceB;
    const response = await attempt(base, `faux ${i}`);
    expect(response.status(), `attempt ${i} on ${base}`).toBe(i < MAX_FAILURES ? 401 : 429);
  }
  // Both instances wrote the same row: MAX_FAILURES failures, half from each.
  expect(await failuresRecorded(user.email, address)).toBe(MAX_FAILURES);
  for (const base of [instanceA, instanceB]) {
    const refused = await attempt(base, password);
    expect(refused.status(), `right password on ${base}`).toBe(429);
    expect((await refused.json()).message).toMatch(/^Trop de tentatives de connexion pour ce compte/);
  }
  // The block is for this account from this address: the same account from elsewhere still signs in.
  expect((await attempt(instanceB, password, "203.0.113.8")).status()).toBe(200);
  await context.dispose();
});

test("through nginx a client cannot escape throttling by sending its own X-Forwarded-For", async ({ baseURL, isMobile }) => {
  test.skip(isMobile, "server behaviour: once is enough");
  const user = await freshAccount();
  const context = await playwrightRequest.newContext({ baseURL });
  const served = new Set<string>();
  for (let i = 1; i <= MAX_FAILURES; i++) {
    const response = await context.post("/api/connexion", {
      headers: { origin: baseURL!, "x-forwarded-for": `198.51.100.${i}` },
      data: { email: user.email, password: `faux ${i}` },
    });
    expect(response.status(), `attempt ${i}`).toBe(i < MAX_FAILURES ? 401 : 429);
    served.add(response.headers()["x-boussole-instance"] ?? "");
  }
  // nginx appended the real peer (127.0.0.1): every attempt counted against it, on both instances.
  expect([...served].sort()).toEqual([instanceA, instanceB].map((u) => new URL(u).host).sort());
  expect(await failuresRecorded(user.email, "127.0.0.1")).toBe(MAX_FAILURES);
  await context.dispose();
});

test("a change saved through instance A shows at once on a page instance B had already served", async ({ page, login, isMobile }) => {
  test.skip(isMobile, "server behaviour: once is enough");
  const email = `instances.recrue.${nextSequence()}.${Date.now()}@ac-dijon.example`;
  await login(demo.admin);

  const search = `${instanceB}/admin/utilisateurs?q=${encodeURIComponent(email)}`;
  await page.goto(search);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Inès Deux-Instances")).toHaveCount(0);

  await page.goto(`${instanceA}/admin/utilisateurs`);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Nom et prénom").fill("Inès Deux-Instances");
  await page.getByLabel("Mot de passe initial (facultatif)").fill("une phrase de bienvenue");
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Compte créé." })).toBeVisible();

  await page.goto(search);
  await expect(page.getByText("Inès Deux-Instances").first()).toBeVisible();
});
