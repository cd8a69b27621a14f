import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A separate build folder lets several builds (e.g. parallel test runs) share one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2"],
  // Class lists are imported as CSV files of up to 5 Mo (checked again by the action); the default limit is 1 Mo.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
