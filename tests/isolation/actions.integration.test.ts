// The isolation matrix for server actions: every action exported by a
// feature's actions.ts is tried as every persona on objects of school A, B
// (same académie) and C (other académie). A new action without an entry in
// action-entries.ts fails the first test.
import { beforeAll, describe, expect, it } from "vitest";
import { runAsScope } from "@/server/action";
import { testDb } from "../setup/database";
import { actionEntries, discoverActions } from "./action-entries";
import { allowedOnPlatform, allowedOnSchool, signedIn } from "./expectations";
import { buildWorld, personas, schools, type Persona, type World } from "./world";

/** Actions that only read (a preview): allowed ones must not write an audit row either. */
const readOnlyActions = new Set(["pupils.previewPupilImport", "divisions.previewDivisionImport", "pdca.loadAnswerHistory"]);

let world: World;
let actions: Awaited<ReturnType<typeof discoverActions>>;
const auditCount = () => testDb().auditEvent.count();

beforeAll(async () => {
  world = await buildWorld(testDb());
  actions = await discoverActions();
}, 60_000);

describe("the action isolation matrix", () => {
  it("has an entry for every server action in the code, and no stale entry", () => {
    expect(Object.keys(actions).sort()).toEqual(Object.keys(actionEntries).sort());
  });

  let tried = 0;

  async function attempt(persona: Persona, name: string, input: unknown, allowed: boolean) {
    const before = await auditCount();
    const result = await runAsScope(world.scopes[persona], () => actions[name]!(input));
    tried += 1;
    if (allowed) {
      expect(result, `${persona} → ${name}`).toMatchObject({ ok: true });
      if (readOnlyActions.has(name)) expect(await auditCount(), `${name} writes nothing`).toBe(before);
      else expect(await auditCount(), `${name} audits its change`).toBeGreaterThan(before);
    } else {
      expect(result, `${persona} → ${name}`).toMatchObject({ ok: false, status: signedIn(persona) ? 404 : 401 });
      expect(await auditCount(), `${persona} → ${name} changed nothing`).toBe(before);
    }
  }

  for (const name of Object.keys(actionEntries)) {
    const entry = actionEntries[name]!;
    if (entry.kind === "exempt") continue;
    for (const persona of personas) {
      if (entry.kind === "school") {
        for (const school of schools) {
          it(`${name} as ${persona} on school ${school}`, async () => {
            const input = await entry.input({ world, school: world.schools[school] });
            await attempt(persona, name, input, allowedOnSchool(persona, school, entry.capability));
          });
        }
      } else if (entry.kind === "platform") {
        it(`${name} as ${persona}`, async () => {
          await attempt(persona, name, await entry.input({ world }), allowedOnPlatform(persona, entry.capability));
        });
      } else {
        it(`${name} as ${persona} (own account)`, async () => {
          await attempt(persona, name, await entry.input({ world }), signedIn(persona));
        });
      }
    }
  }

  it("tried every combination", () => {
    expect(tried).toBeGreaterThan(0);
    console.log(`action isolation matrix: ${tried} attempts`);
  });
});
