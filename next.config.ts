import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./src/server/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A separate build folder lets several builds (e.g. parallel test runs) share one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2", "pdfkit"],
  // Every page's <title> is rendered in the <head> before the page's body, for every browser, instead
  // of streamed after it. Streamed, the title was taken out of the document and put back on each save,
  // and 5 times out of 235 it stayed out for 130-220 ms: the tab showed the address meanwhile, and axe,
  // run then, found a document without a title (e2e/page-title.spec.ts). Titles are static or come from
  // a lookup the page makes anyway, so waiting for them holds nothing back.
  htmlLimitedBots: /.*/,
  headers: async () => [{ source: "/:path*", headers: staticSecurityHeaders }],
  // Class lists (CSV, up to 5 Mo) and stored files (minutes, evidence, up to 10 Mo) are uploaded
  // through server actions, which check the size again; the default limit is 1 Mo.
  experimental: { serverActions: { bodySizeLimit: "11mb" } },
};

export default nextConfig;
