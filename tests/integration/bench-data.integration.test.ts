// The benchmark's data (issue 8, prisma/bench-data.ts): the same seed gives the same rows,
// another seed other rows, and the accounts the bench signs in with are there, in their
// roles, with the bench's password. Three generations at scale S (50 schools), each in a
// database copied from the run's migrated template, so that the migrations' own rows
// (frameworks, grid sheets, with random ids) are the same in all three.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { verifyPassword } from "@/features/identity/passwords";
import { benchAccounts, benchPassword, generateBenchDatabase, schoolTag, scales } from "../../prisma/bench-data";
import { tableFingerprints, withPg } from "../setup/fingerprints";
import { dropDatabase, serverUrl } from "../setup/postgres";

const run = randomUUID().slice(0, 8);
const names = { first: `boussole_test_bench_${run}_a`, again: `boussole_test_bench_${run}_b`, otherSeed: `boussole_test_bench_${run}_c` };
// Written anew at each generation: the password's salt, the summary's transaction snapshot,
// the generation's own timings, and every timestamp.
const leaveOut = { timestamps: true, columns: ["password_hash", "snapshot", "timings"] };

let urls: Record<keyof typeof names, string>;

beforeAll(async () => {
  const template = inject("templateName");
  const generate = async (database: string, seed: number) =>
    (await generateBenchDatabase({ scale: "S", seed, server: serverUrl, database, template, log: () => undefined })).url;
  urls = {
    first: await generate(names.first, 1),
    again: await generate(names.again, 1),
    otherSeed: await generate(names.otherSeed, 2),
  };
}, 240_000);

afterAll(async () => {
  for (const name of Object.values(names)) await dropDatabase(name);
});

describe("bench data generator", () => {
  it("gives the same rows in every table for the same seed, and other rows for another seed", async () => {
    const [first, again, otherSeed] = [await tableFingerprints(urls.first, leaveOut), await tableFingerprints(urls.again, leaveOut), await tableFingerprints(urls.otherSeed, leaveOut)];
    expect(first.establishments).toMatch(/^50:/);
    expect(first.pupils).toMatch(/^15000:/);
    expect(Number(first.diagnostic_results!.split(":")[0])).toBeGreaterThan(10_000);
    expect(again).toEqual(first);

    // Another seed: the same sizes, other ids and values; the migrations' rows unchanged.
    expect(otherSeed.establishments).toMatch(/^50:/);
    for (const table of ["establishments", "pupils", "diagnostic_results", "grid_answers", "indicator_values"]) {
      expect(otherSeed[table], table).not.toEqual(first[table]);
    }
    expect(otherSeed.frameworks).toEqual(first.frameworks);
    expect(otherSeed.grid_items).toEqual(first.grid_items);
  });

  it("has the accounts the bench signs in with, in their roles, with the bench's password", async () => {
    const accounts = benchAccounts("S");
    const found = await withPg(urls.first, async (client) => {
      const { rows } = await client.query<{ email: string; password_hash: string; role: string | null; school: string | null; academy: string | null }>(
        `SELECT u.email, u.password_hash, m.role::text AS role, e.name AS school, a.code AS academy
           FROM users u
           LEFT JOIN memberships m ON m.user_id = u.id LEFT JOIN establishments e ON e.id = m.establishment_id
           LEFT JOIN inspector_assignments i ON i.user_id = u.id LEFT JOIN academies a ON a.id = i.academy_id
          WHERE u.email = ANY($1)`,
        [[accounts.principal, accounts.coordinator, accounts.inspector]],
      );
      return new Map(rows.map((r) => [r.email, r]));
    });
    expect(found.get(accounts.principal)).toMatchObject({ role: "PRINCIPAL", school: "Lycée d'essai 1-1" });
    expect(found.get(accounts.coordinator)).toMatchObject({ role: "COORDINATOR", school: "Lycée d'essai 1-1" });
    expect(found.get(accounts.inspector)).toMatchObject({ role: null, academy: "B01" });
    for (const account of found.values()) {
      expect(await verifyPassword(account.password_hash, benchPassword)).toBe(true);
      expect(await verifyPassword(account.password_hash, `${benchPassword}!`)).toBe(false);
    }
    expect(found.size).toBe(3);
  });

  it("numbers the schools on four digits at scale L, where an académie has 1,000", () => {
    expect(schoolTag(scales.S, 1, 1)).toBe("b01001");
    expect(schoolTag(scales.M, 10, 100)).toBe("b10100");
    expect(schoolTag(scales.L, 1, 1)).toBe("b010001");
    expect(benchAccounts("L").principal).toBe("chef.b010001@banc.boussole.test");
  });
});
