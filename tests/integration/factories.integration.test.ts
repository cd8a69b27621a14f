// The test factories against the real database: an académie's generated code,
// three characters shared by every worker of a run, gives way when another
// process has taken it.
import { describe, expect, it } from "vitest";
import { academyCodeOf, insertAcademy, nextSequence, unusedAcademyData } from "../factories";
import { testDb } from "../setup/database";

/** Takes, as another process would, the code the factory generates after the next académie it builds. */
async function takeTheCodeAfterNext(): Promise<string> {
  const n = nextSequence();
  const code = academyCodeOf(n + 2); // n + 1 goes to the académie inserted here
  await insertAcademy(testDb(), { code, name: `Académie prise ${n}` });
  return code;
}

describe("académie factory", () => {
  it("takes the next code when the generated one is already taken", async () => {
    const taken = await takeTheCodeAfterNext();
    const academy = await insertAcademy(testDb());
    expect(academy.code).not.toBe(taken);
    expect(await testDb().academy.count({ where: { code: taken } })).toBe(1);
  });

  it("gives data for a new académie that no académie holds yet", async () => {
    const taken = await takeTheCodeAfterNext();
    const data = await unusedAcademyData(testDb());
    expect(data.code).not.toBe(taken);
    expect(await testDb().academy.findFirst({ where: { OR: [{ code: data.code }, { name: data.name }] } })).toBeNull();
  });
});
