import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl =
  process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/boussole_e2e";
// The académie's single sign-on, played by a real OpenID Connect provider (e2e/support/oidc-provider.ts).
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? 3101);
// E2E_EXTERNAL_APP=1: the app is already served at 127.0.0.1:E2E_PORT (e.g. two instances behind
// nginx, e2e/two-instances/run.sh), on a database prepared by the caller: only the OIDC provider is started.
const externalApp = process.env.E2E_EXTERNAL_APP === "1";
const oidc = {
  OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
  OIDC_CLIENT_ID: "boussole-e2e",
  OIDC_CLIENT_SECRET: "e2e-oidc-client-secret-not-for-production",
};

// Debian's Chromium: Playwright cannot download its own browsers here.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: ".",
  // The cross-instance checks need two instances behind a proxy: run by e2e/two-instances/run.sh only.
  testIgnore: externalApp ? [] : ["two-instances/**"],
  // One folder per port: parallel runs in one checkout must not share artifacts.
  outputDir: path.join(root, "test-results", String(port)),
  fullyParallel: false,
  // The longest journeys (an account created then signed in, a diagnostic typed by keyboard then
  // checked by axe) took 21-27 s against the default limit of 30 s on a slower CI machine, and 33-35 s
  // through the two instances of test:scale, where they failed on time alone.
  timeout: 60_000,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: path.join(root, "playwright-report") }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "fr-FR",
    trace: "retain-on-failure",
    launchOptions: chromium,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions: chromium } },
  ],
  webServer: [
    {
      command: "npx tsx e2e/support/oidc-provider.ts",
      cwd: root,
      url: `${oidc.OIDC_ISSUER}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
      env: { OIDC_PORT: String(oidcPort), APP_PORT: String(port), ...oidc },
    },
    ...(externalApp ? [] : [{
      command: "npx tsx e2e/support/prepare-database.ts && npx tsx src/cli/start.ts",
      cwd: root,
      url: `http://127.0.0.1:${port}`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe" as const,
      env: {
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_SECRET: "e2e-secret-not-for-production-0123456789abcdef",
        ...oidc,
        ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
      },
    }]),
  ],
});
