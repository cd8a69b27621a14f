import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    // Playwright fixtures call their callback `use`, which is no React hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    ignores: ["node_modules/**", ".next/**", "src/generated/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**", ".next-*/**"],
  },
];

export default config;
