import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./src/server/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A separate build folder lets several builds (e.g. parallel test runs) share one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2", "pdfkit"],
  headers: async () => [{ source: "/:path*", headers: staticSecurityHeaders }],
  // Class lists (CSV, up to 5 Mo) and stored files (minutes, evidence, up to 10 Mo) are uploaded
  // through server actions, which check the size again; the default limit is 1 Mo.
  experimental: { serverActions: { bodySizeLimit: "11mb" } },
};

export default nextConfig;
