// Property tests on every zod schema of the app (fast-check): whatever a
// client sends, a schema answers success or failure without throwing; every
// failure speaks French; what it accepts is clean text (well-formed Unicode,
// NFC, no NUL) and parses again to itself. Schemas are found, not listed: every
// exported zod schema of every src/features/*/schemas.ts is tried, and a file
// of src/ that builds object schemas outside one fails the first test.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { cleanInput } from "@/lib/input-text";

const srcDir = path.resolve(import.meta.dirname, "..");
const featuresDir = path.join(srcDir, "features");
const NUM_RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

/** Fields whose value is kept exactly as typed, on purpose (src/lib/input-text.ts). */
const keptAsTyped: Record<string, string> = {
  password: "a password is compared byte for byte; normalising it would change the secret",
  currentPassword: "a password is compared byte for byte",
  newPassword: "a password is compared byte for byte",
  confirmation: "a password is compared byte for byte",
};

type AnySchema = z.ZodType & { _zod: { def: Def } };
type Def = { type: string; [key: string]: unknown };

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

async function schemaModules(): Promise<string[]> {
  const features = await readdir(featuresDir, { withFileTypes: true });
  const files: string[] = [];
  for (const f of features) {
    if (!f.isDirectory()) continue;
    const file = path.join(featuresDir, f.name, "schemas.ts");
    if (await readFile(file).then(() => true, () => false)) files.push(file);
  }
  return files;
}

function isSchema(value: unknown): value is AnySchema {
  return typeof value === "object" && value !== null && "_zod" in value && typeof (value as AnySchema).safeParse === "function";
}

// ---- inputs ---------------------------------------------------------------

const nasty = [
  "",
  "   ",
  "\t\n\r ",
  "a\u0000b",
  "\u0000",
  "\ud800",
  "x\udfffy",
  "e\u0301le\u0300ve",
  "Se\u0301verine",
  "\u200b",
  "nom\u200bcache\u200d",
  "\u202enoitome",
  "\u2066abc\u2069",
  "\ufeffBOM",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e309",
  "-0",
  "9007199254740993",
  "12,5",
  "12.5",
  "-1",
  "2026-02-30",
  "2026-08-31",
  "2026-09-01",
  "2025-13-01",
  "0000-00-00",
  "31/08/2026",
  "__proto__",
  "constructor",
  "<script>alert(1)</script>",
  "=HYPERLINK(\"http://x\")",
  "' OR 1=1 --",
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  "on",
  "oui",
];
const nastyScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...nasty),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 2 ** 53 + 1, Number.MAX_VALUE, 1e-320, 12.5, -1),
  fc.constantFrom(null, undefined, true, false),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.constant("x".repeat(25_000)), // past every max length of the app (20,000 for an answer)
);
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: nastyScalar },
  { weight: 1, arbitrary: fc.array(nastyScalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("__proto__", "constructor", "a", "id"), nastyScalar, { maxKeys: 2 }) },
  { weight: 1, arbitrary: fc.constant(JSON.parse('{"__proto__": {"polluted": 1}}')) },
  { weight: 1, arbitrary: fc.constant(new File(["x"], "f.pdf")) },
);

/** Values the schema's own shape suggests, so that success paths are explored too. */
function shaped(schema: AnySchema, depth = 0): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  if (depth > 6) return nastyValue;
  const inner = (key: string) => shaped(def[key] as AnySchema, depth + 1);
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, AnySchema>;
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, shaped(v, depth + 1)])), {
        requiredKeys: Object.keys(shape).filter((k) => !["optional", "default"].includes(shape[k]!._zod.def.type)),
      });
    }
    case "pipe":
      return inner("in");
    case "optional":
    case "default":
    case "prefault":
    case "nullable":
      return fc.oneof(fc.constant(undefined), inner("innerType"));
    case "readonly":
    case "catch":
      return inner("innerType");
    case "union":
      return fc.oneof(...(def.options as AnySchema[]).map((o) => shaped(o, depth + 1)));
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "array":
      return fc.array(shaped(def.element as AnySchema, depth + 1), { maxLength: 4 });
    case "record":
      return fc.dictionary(fc.string({ maxLength: 8 }), shaped(def.valueType as AnySchema, depth + 1), { maxKeys: 3 });
    case "boolean":
      return fc.boolean();
    case "number":
      return def.coerce ? fc.oneof(fc.integer({ min: -5, max: 3000 }).map(String), fc.integer({ min: -5, max: 3000 })) : fc.integer({ min: -5, max: 3000 });
    case "string":
      if (def.format === "uuid") return fc.uuid({ version: 4 });
      if (def.format === "email") return fc.emailAddress();
      return fc.oneof(
        fc.string({ unit: "grapheme-ascii", maxLength: 30 }),
        fc.string({ unit: "grapheme", maxLength: 30 }),
        fc.constantFrom("2026-09-01", "2026", "10:00", "12,5", "1", "oui", "on", "0210047M", "07", "Dupont"),
      );
    default:
      // transform, custom (files), lazy...: anything goes
      return fc.oneof(fc.constantFrom("", "1", "2026", "10:00", "oui"), nastyValue);
  }
}

/** A shaped input with one field made nasty, an unknown or dangerous key added, or anything at all. */
function inputs(schema: AnySchema): fc.Arbitrary<unknown> {
  const base = shaped(schema);
  return fc.oneof(
    { weight: 3, arbitrary: base },
    {
      weight: 4,
      arbitrary: fc.tuple(base, fc.nat(), nastyValue).map(([value, n, bad]) => {
        if (typeof value !== "object" || value === null || Array.isArray(value)) return bad;
        const keys = Object.keys(value);
        return keys.length === 0 ? bad : { ...value, [keys[n % keys.length]!]: bad };
      }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(base, fc.constantFrom("establishmentId", "role", "status", "version", "id", "__proto__", "constructor", "isAdmin"), nastyScalar).map(
        ([value, key, extra]) => {
          if (typeof value !== "object" || value === null) return value;
          const copy = { ...value } as Record<string, unknown>;
          Object.defineProperty(copy, key, { value: extra, enumerable: true, configurable: true, writable: true });
          return copy;
        },
      ),
    },
    { weight: 1, arbitrary: nastyValue },
    { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true, withTypedArray: true }) },
  );
}

// ---- what every answer must be -------------------------------------------

const englishMessage =
  /\b(invalid|expected|required|received|unrecognized|too (big|small)|must|should|input|characters?|greater|less|than|string|array|object|number|integer|undefined)\b/i;

function strings(value: unknown, key = "", seen = new Set<unknown>()): [string, string][] {
  if (typeof value === "string") return [[key, value]];
  if (typeof value !== "object" || value === null || seen.has(value) || value instanceof File || value instanceof Date) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([k, v]) => strings(v, Array.isArray(value) ? key : k, seen));
}

function checkAnswer(name: string, schema: AnySchema, input: unknown) {
  let result: ReturnType<AnySchema["safeParse"]>;
  // What every server action does before its schema (src/server/action.ts): text composed to NFC, malformed text refused in French.
  const cleaned = cleanInput(input);
  if (!cleaned.ok) {
    expect(cleaned.message).not.toMatch(englishMessage);
    return;
  }
  try {
    result = schema.safeParse(cleaned.value);
  } catch (error) {
    throw new Error(`${name}: safeParse threw ${String(error)}`);
  }
  if (!result.success) {
    expect(result.error.issues.length, `${name}: a failure names its issue`).toBeGreaterThan(0);
    for (const issue of result.error.issues) {
      expect(issue.message, `${name}: a message for ${issue.path.join(".")}`).toMatch(/\S/);
      expect(issue.message, `${name}: French message for ${issue.path.join(".")}`).not.toMatch(englishMessage);
    }
    return;
  }
  for (const [key, text] of strings(result.data)) {
    if (key in keptAsTyped) continue;
    expect(text.isWellFormed(), `${name}.${key}: well-formed Unicode (${JSON.stringify(text.slice(0, 40))})`).toBe(true);
    // Version tokens ("version", a diagnostic cell's "seen") are compared with the stored row's, never stored: a wrong one is a Conflict.
    if (key === "version" || key === "seen") continue;
    expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text), `${name}.${key}: no control character (${JSON.stringify(text.slice(0, 40))})`).toBe(false);
    expect(text === text.normalize("NFC"), `${name}.${key}: NFC (${JSON.stringify(text.slice(0, 40))})`).toBe(true);
  }
  // What a schema accepted, given back to it, is accepted as itself (outputs that are no longer inputs, e.g. numbers from text, aside).
  const again = schema.safeParse(result.data);
  if (again.success) expect(again.data, `${name}: parse is idempotent`).toEqual(result.data);
}

// ---- the tests ------------------------------------------------------------

const found: { name: string; schema: AnySchema }[] = [];
for (const file of await schemaModules()) {
  const exported = (await import(file)) as Record<string, unknown>;
  const feature = path.basename(path.dirname(file));
  for (const [exportName, value] of Object.entries(exported)) if (isSchema(value)) found.push({ name: `${feature}.${exportName}`, schema: value });
}

describe("every zod schema", () => {
  it("is found: object schemas live only in src/features/*/schemas.ts", async () => {
    const schemaFiles = new Set(await schemaModules());
    const elsewhere: string[] = [];
    for (const file of await walk(srcDir)) {
      if (schemaFiles.has(file)) continue;
      const text = await readFile(file, "utf8");
      if (/\bz\s*\.\s*(strictObject|object|looseObject)\s*\(/.test(text) && !file.endsWith(path.join("server", "env.ts"))) elsewhere.push(path.relative(srcDir, file));
    }
    expect(elsewhere, "move these input schemas into their feature's schemas.ts so that they are property-tested").toEqual([]);
    expect(found.length).toBeGreaterThan(40);
  });

  it("gets French messages from zod itself: every schema file imports z from @/lib/zod-fr", async () => {
    for (const file of await schemaModules()) {
      expect(await readFile(file, "utf8"), path.relative(srcDir, file)).not.toMatch(/from "zod"/);
    }
  });

  for (const { name, schema } of found) {
    it(`${name}: never throws, answers in French, accepts only clean text, idempotent`, () => {
      fc.assert(
        fc.property(inputs(schema), (input) => checkAnswer(name, schema, input)),
        { numRuns: NUM_RUNS, seed: Number(process.env.PROPERTY_SEED ?? 20261123) },
      );
    });
  }
});
