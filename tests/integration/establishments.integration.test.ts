import { describe, expect, it } from "vitest";
import { createEstablishment } from "@/features/establishments/service";
import { isValidUai } from "@/lib/uai";
import { ConflictError, InvalidInputError } from "@/server/errors";
import { loadDemoData } from "../../prisma/seed";
import { buildEstablishment, insertAcademy, validUai } from "../factories";
import { testDb } from "../setup/database";

describe("creating an establishment", () => {
  it("stores a school with a valid UAI, normalising what was typed", async () => {
    const academy = await insertAcademy(testDb());
    const uai = validUai();
    const created = await createEstablishment({
      db: testDb(),
      input: { ...buildEstablishment({ academyId: academy.id }), uai: ` ${uai.toLowerCase()} ` },
    });
    expect(created.uai).toBe(uai);
  });

  it("refuses a wrong check letter with a French message and stores nothing", async () => {
    const academy = await insertAcademy(testDb());
    const before = await testDb().establishment.count();
    const error = await createEstablishment({
      db: testDb(),
      input: { ...buildEstablishment({ academyId: academy.id }), uai: "0210015D" },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).fieldErrors.uai).toEqual([
      "La lettre de contrôle de l'UAI 0210015D est incorrecte.",
    ]);
    expect(await testDb().establishment.count()).toBe(before);
  });

  it("refuses a malformed UAI, an empty name and unknown fields, each with its own message", async () => {
    const academy = await insertAcademy(testDb());
    const error = (await createEstablishment({
      db: testDb(),
      input: { ...buildEstablishment({ academyId: academy.id }), uai: "12AB", name: "  ", role: "ADMIN" } as never,
    }).catch((e: unknown) => e)) as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.fieldErrors.uai).toEqual(["L'UAI comporte 7 chiffres suivis d'une lettre, par exemple 0210015C."]);
    expect(error.fieldErrors.name).toEqual(["Le nom est obligatoire."]);
    expect(error.fieldErrors._?.[0]).toMatch(/role/);
  });

  it("refuses a second school with the same UAI as a conflict", async () => {
    const academy = await insertAcademy(testDb());
    const input = buildEstablishment({ academyId: academy.id });
    await createEstablishment({ db: testDb(), input });
    await expect(createEstablishment({ db: testDb(), input })).rejects.toThrow(
      new ConflictError(`Un établissement avec l'UAI ${input.uai} existe déjà.`),
    );
  });

  it("is guarded by the database too: a raw insert with a bad check letter fails", async () => {
    const academy = await insertAcademy(testDb());
    await expect(
      testDb().$executeRaw`INSERT INTO establishments (uai, name, city, kind, academy_id)
        VALUES ('0210015D', 'Lycée fantôme', 'Dijon', 'LP', ${academy.id}::uuid)`,
    ).rejects.toThrow(/establishments_uai_check/);
    expect(await testDb().establishment.count({ where: { uai: "0210015D" } })).toBe(0);
  });
});

describe("the demo data set", () => {
  it("has two académies and at least eight establishments, all with valid UAIs", async () => {
    await testDb().$transaction((tx) => loadDemoData(tx), { timeout: 60_000 });
    const academies = await testDb().academy.findMany({
      where: { code: { in: ["07", "03"] } },
      include: { establishments: true },
    });
    expect(academies.map((a) => a.name).sort()).toEqual(["Besançon", "Dijon"]);
    const establishments = academies.flatMap((a) => a.establishments);
    expect(establishments.length).toBeGreaterThanOrEqual(8);
    expect(establishments.every((e) => isValidUai(e.uai))).toBe(true);
  });
});
