import { describe, expect, it } from "vitest";
import { parsePurgeArguments } from "./purge";
import { purgeRefusal, purgeableFrom } from "./retention";

describe("retention of a school year's pupils", () => {
  it("ends with the following school year: 2024-2025's pupils may go from 1 September 2026", () => {
    expect(purgeableFrom(2024).toISOString()).toBe("2026-09-01T00:00:00.000Z");
    expect(purgeRefusal(2024, new Date("2026-09-01T00:00:00Z"))).toBeNull();
    expect(purgeRefusal(2024, new Date("2026-08-31T23:59:59Z"))).toBe(
      "Les élèves de 2024-2025 sont conservés jusqu'au 31 août 2026 (fin de l'année scolaire suivante) : la purge ne sera possible qu'à partir du 1 septembre 2026.",
    );
    expect(purgeRefusal(2025, new Date("2026-11-22T00:00:00Z"))).not.toBeNull();
  });

  it("reads the command line", () => {
    expect(parsePurgeArguments(["--year", "2024", "--dry-run"])).toEqual({ year: 2024, dryRun: true });
    expect(parsePurgeArguments(["--year=2024-2025"])).toEqual({ year: 2024, dryRun: false });
    expect(parsePurgeArguments([])).toMatch(/^Indiquez l'année scolaire/);
    expect(parsePurgeArguments(["--year", "2024-2026"])).toMatch(/^Indiquez l'année scolaire/);
    expect(parsePurgeArguments(["--force"])).toMatch(/^Option inconnue « --force »/);
  });
});
