// Every CSV the app sends is written by toCsv (formula cells neutralised) with
// csvHeaders: a route that builds a CSV by hand fails here.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { neutralise, toCsv } from "./csv-export";

const appDir = path.resolve(import.meta.dirname, "../app");

async function routes(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await routes(full)));
    else if (entry.name === "route.ts") out.push(full);
  }
  return out;
}

describe("CSV exports", () => {
  it("are all written by toCsv with csvHeaders", async () => {
    const csvRoutes: string[] = [];
    for (const file of await routes(appDir)) {
      const text = await readFile(file, "utf8");
      if (!/csv/i.test(path.relative(appDir, file)) && !/text\/csv|\.csv\b/.test(text)) continue;
      csvRoutes.push(path.relative(appDir, file));
      expect(text, file).toMatch(/import \{[^}]*\btoCsv\b[^}]*\} from "@\/lib\/csv-export"/);
      expect(text, file).toMatch(/\bcsvHeaders\(/);
      expect(text, `${file} sets no CSV header of its own`).not.toMatch(/text\/csv/);
    }
    expect(csvRoutes.length).toBeGreaterThanOrEqual(2);
  });

  it.each(["=1+1", "+33 6", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", '=HYPERLINK("http://x","y")'])("neutralise a text cell starting like a formula: %j", (text) => {
    expect(neutralise(text)).toBe(`'${text}`);
    const line = toCsv(["a"], [[text]]).split("\r\n")[1]!;
    expect(line.replace(/^"/, "").startsWith("'")).toBe(true);
  });

  it("leave numbers the app writes as numbers, negative ones too", () => {
    expect(toCsv(["a"], [[-2.5]]).split("\r\n")[1]).toBe("-2,5");
  });
});
