// Bad input on every server action: each action's valid input (from the
// isolation matrix's builders, tests/isolation/action-entries.ts) is spoiled
// one way at a time — empty, 1 MB, NUL, lone surrogate, decomposed accents,
// invisible and bidirectional characters, odd numbers, impossible dates,
// arrays and duplicated form keys, __proto__, extra fields, another school's
// ids, malformed ids — and sent as a persona allowed to run the action.
// A refusal must be a 4xx with a French message, no stack trace or SQL, and
// must change nothing in the database; an acceptance must store clean text
// (NFC, no control or bidirectional character, no replacement character, no
// megabyte). A 500 is always a defect.
import { beforeAll, describe, expect, it } from "vitest";
import { runAsScope, type ActionResult } from "@/server/action";
import { actionEntries, discoverActions, type Entry } from "../isolation/action-entries";
import { allowedOnPlatform, allowedOnSchool } from "../isolation/expectations";
import { buildWorld, personas, type Persona, type World } from "../isolation/world";
import { testDb } from "../setup/database";

const MEGABYTE = "é".repeat(1 << 20);
const DECOMPOSED = "Se\u0301verine Ce\u0301cile";
/** Scalars that each field of each action receives in turn (several fields each, every value at least once per action). */
const badScalars: { label: string; value: string | number }[] = [
  { label: "empty", value: "" },
  { label: "whitespace", value: " \t \n " },
  { label: "1 MB", value: MEGABYTE },
  { label: "NUL byte", value: "a\u0000b" },
  { label: "lone surrogate", value: "x\ud800y" },
  { label: "decomposed accents", value: DECOMPOSED },
  { label: "zero-width", value: "\u200bnom\u200d" },
  { label: "right-to-left override", value: "fichier\u202efdp.exe" },
  { label: "NaN", value: "NaN" },
  { label: "Infinity", value: "Infinity" },
  { label: "1e309", value: "1e309" },
  { label: "-0", value: "-0" },
  { label: "2^53+1", value: "9007199254740993" },
  { label: "12,5", value: "12,5" },
  { label: "number NaN", value: NaN },
  { label: "number Infinity", value: Infinity },
  { label: "number -0", value: -0 },
  { label: "number 2^53+1", value: 2 ** 53 + 1 },
  { label: "30 February", value: "2026-02-30" },
  { label: "month 13", value: "2026-13-01" },
  { label: "31 August", value: "2026-08-31" },
  { label: "1 September", value: "2026-09-01" },
  { label: "French date", value: "31/08/2026" },
  { label: "year 0 (JavaScript has it, PostgreSQL not)", value: "0000-01-01" },
  { label: "2^31-1", value: 2_147_483_647 },
  { label: "longer once lower-cased", value: `${"İ".repeat(130)}@ac-dijon.fr` },
];
const malformedIds = ["not-an-id", "00000000-0000-0000-0000-000000000000", "' OR '1'='1", "1", "../../etc/passwd"];
const extraFields = ["establishmentId", "role", "status", "version", "id", "isAdmin", "userId", "academyId"];
const VALUES_PER_FIELD = 4;
/** Fields an action knows though its valid input leaves them out (an unchecked box): not "extra". */
const optionalFields: Record<string, string[]> = {
  "administration.createUser": ["isAdmin"],
  "administration.updateUser": ["isAdmin"],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const englishOrLeak =
  /\b(invalid input|expected|required|received|unrecognized|too (big|small)|must|should|undefined|null|error|exception|prisma|select|insert|update|delete from|violates|constraint|relation|column|syntax|stack)\b|\bat \S+ \(|\.ts:\d+/i;

type Fields = [string, unknown][];
type Mutation = { label: string; mustRefuse: boolean; build: (fields: Fields) => unknown };

function fieldsOf(input: unknown): { fields: Fields; form: boolean } {
  if (input instanceof FormData) return { fields: [...input.entries()], form: true };
  return { fields: Object.entries(input as Record<string, unknown>), form: false };
}

function rebuild(fields: Fields, form: boolean): unknown {
  if (form) {
    const data = new FormData();
    for (const [key, value] of fields) data.append(key, value instanceof File ? value : String(value));
    return data;
  }
  const object: Record<string, unknown> = {};
  for (const [key, value] of fields) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

function mutations(name: string, fields: Fields, form: boolean, otherSchool: Fields | null): Mutation[] {
  const list: Mutation[] = [];
  const set = (key: string, value: unknown) => (f: Fields) => rebuild(f.map(([k, v]) => [k, k === key ? value : v]), form);
  // Every field gets a few bad scalars; every bad scalar reaches at least one field.
  const keys = fields.map(([k]) => k);
  const rounds = Math.max(VALUES_PER_FIELD, Math.ceil(badScalars.length / Math.max(keys.length, 1)));
  keys.forEach((key, i) => {
    for (let j = 0; j < rounds; j++) {
      const bad = badScalars[(i * rounds + j) % badScalars.length]!;
      list.push({ label: `${key} = ${bad.label}`, mustRefuse: false, build: set(key, bad.value) });
    }
  });
  for (const [key, value] of fields) {
    if (typeof value === "string" && UUID.test(value)) {
      for (const id of malformedIds) list.push({ label: `${key} = malformed id ${JSON.stringify(id)}`, mustRefuse: true, build: set(key, id) });
    }
  }
  const firstScalar = fields.find(([, v]) => typeof v === "string" || typeof v === "number");
  if (firstScalar) {
    const [key, value] = firstScalar;
    if (form) {
      list.push({ label: `${key} sent twice`, mustRefuse: true, build: (f) => rebuild([...f, [key, value]], true) });
    } else {
      list.push({ label: `${key} as an array`, mustRefuse: false, build: set(key, [value, value]) });
      list.push({ label: `${key} as an object`, mustRefuse: true, build: set(key, { toString: String(value) }) });
    }
  }
  for (const key of ["__proto__", "constructor"]) {
    list.push({ label: `extra key ${key}`, mustRefuse: true, build: (f) => rebuild([...f, [key, form ? "x" : { isAdmin: true }]], form) });
  }
  for (const key of extraFields) {
    if (keys.includes(key) || optionalFields[name]?.includes(key)) continue;
    list.push({ label: `extra field ${key}`, mustRefuse: true, build: (f) => rebuild([...f, [key, key === "isAdmin" ? "true" : "ADMIN"]], form) });
  }
  if (otherSchool) {
    const theirs = new Map(otherSchool);
    for (const [key, value] of fields) {
      const other = theirs.get(key);
      if (typeof value === "string" && UUID.test(value) && typeof other === "string" && other !== value) {
        list.push({ label: `${key} of another school`, mustRefuse: true, build: set(key, other) });
      }
    }
  }
  list.push({ label: "nothing at all", mustRefuse: true, build: () => rebuild([], form) });
  return list;
}

// ---- the database, as its owner -------------------------------------------

type Column = { table: string; column: string; array: boolean };
let tables: string[] = [];
let textColumns: Column[] = [];

/** Per table: rows and the newest transaction that wrote one (any insert, update or delete changes it). */
async function fingerprint(): Promise<Map<string, string>> {
  const sql = tables.map((t) => `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text AS f FROM "${t}"`).join(" UNION ALL ");
  const rows = await testDb().$queryRawUnsafe<{ t: string; f: string }[]>(sql);
  return new Map(rows.map((r) => [r.t, r.f]));
}

const DIRTY = "[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\u202a-\\u202e\\u2066-\\u2069\\ufffd]";
/** Text cells that are not clean, per table: what an accepted input must never add. */
async function dirtyText(onlyTables: Set<string>): Promise<Map<string, number>> {
  const columns = textColumns.filter((c) => onlyTables.has(c.table));
  if (columns.length === 0) return new Map();
  const sql = columns
    .map((c) => {
      const value = c.array ? `array_to_string("${c.column}", ' ')` : `"${c.column}"`;
      return `SELECT '${c.table}.${c.column}' AS c, count(*)::int AS n FROM "${c.table}" WHERE ${value} ~ '${DIRTY}' OR NOT (${value} IS NFC NORMALIZED) OR length(${value}) > 100000`;
    })
    .join(" UNION ALL ");
  const rows = await testDb().$queryRawUnsafe<{ c: string; n: number }[]>(sql);
  return new Map(rows.map((r) => [r.c, r.n]));
}

/** Cells of these tables' text columns that hold the text. */
async function textFound(onlyTables: Set<string>, text: string): Promise<number> {
  const columns = textColumns.filter((c) => onlyTables.has(c.table));
  if (columns.length === 0) return 0;
  const sql = columns
    .map((c) => `SELECT count(*)::int AS n FROM "${c.table}" WHERE position($1 in ${c.array ? `array_to_string("${c.column}", ' ')` : `"${c.column}"`}) > 0`)
    .join(" UNION ALL ");
  const rows = await testDb().$queryRawUnsafe<{ n: number }[]>(sql, text);
  return rows.reduce((sum, r) => sum + r.n, 0);
}

function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((t) => before.get(t) !== after.get(t));
}

// ---- the run ---------------------------------------------------------------

let world: World;
let actions: Awaited<ReturnType<typeof discoverActions>>;

function personaFor(entry: Exclude<Entry, { kind: "exempt" }>): Persona {
  if (entry.kind === "self") return "coordinator of A";
  if (entry.kind === "platform") return personas.find((p) => allowedOnPlatform(p, entry.capability))!;
  return personas.find((p) => allowedOnSchool(p, "A", entry.capability))!;
}

beforeAll(async () => {
  world = await buildWorld(testDb());
  actions = await discoverActions();
  tables = (
    await testDb().$queryRawUnsafe<{ t: string }[]>(
      `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    )
  ).map((r) => r.t);
  textColumns = await testDb().$queryRawUnsafe<Column[]>(
    `SELECT c.table_name AS "table", c.column_name AS "column", (c.data_type = 'ARRAY') AS "array"
       FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'
        AND (c.data_type IN ('text', 'character varying') OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))`,
  );
}, 60_000);

const stats = { attempts: 0, refused: 0, accepted: 0, composedStored: 0 };

function checkRefusal(where: string, result: Extract<ActionResult<unknown>, { ok: false }>) {
  expect(result.status, `${where}: a refusal is a 4xx, not ${result.status} (${result.message})`).toBeGreaterThanOrEqual(400);
  expect(result.status, `${where}: a refusal is a 4xx, not ${result.status} (${result.message})`).toBeLessThan(500);
  const texts = [result.message, ...Object.values(result.fieldErrors ?? {}).flat()];
  for (const text of texts) {
    expect(text, `${where}: a French message`).toMatch(/[a-zàâçéèêëîïôûù]{2,}/i);
    expect(text, `${where}: no English, stack trace or SQL in ${JSON.stringify(text)}`).not.toMatch(englishOrLeak);
  }
}

describe("bad input on every server action", () => {
  it("covers every action of the code", () => {
    expect(Object.keys(actions).sort()).toEqual(Object.keys(actionEntries).sort());
  });

  for (const [name, entry] of Object.entries(actionEntries)) {
    if (entry.kind === "exempt") continue;
    it(`${name}: refuses bad input in French and changes nothing; stores accepted input clean`, { timeout: 120_000 }, async () => {
      const persona = personaFor(entry);
      const scope = world.scopes[persona];
      const build = () => (entry.kind === "school" ? entry.input({ world, school: world.schools.A }) : entry.input({ world }));
      let base = fieldsOf(await build());
      const other = entry.kind === "school" ? fieldsOf(await entry.input({ world, school: world.schools.C })).fields : null;
      const failures: string[] = [];
      // Nothing else writes between two attempts: the state after one is the state before the next, until a rebuild.
      let before = await fingerprint();
      const rebuild = async () => {
        base = fieldsOf(await build());
        before = await fingerprint();
      };
      for (const mutation of mutations(name, base.fields, base.form, other)) {
        const where = `${name} as ${persona}, ${mutation.label}`;
        const result = await runAsScope(scope, () => actions[name]!(mutation.build(base.fields)));
        stats.attempts += 1;
        const after = await fingerprint();
        const changed = changedTables(before, after);
        before = after;
        try {
          if (!result.ok) {
            stats.refused += 1;
            checkRefusal(where, result);
            expect(changed, `${where}: a refusal changes nothing`).toEqual([]);
            continue;
          }
          stats.accepted += 1;
          expect(mutation.mustRefuse, `${where}: must be refused, was accepted`).toBe(false);
        } catch (error) {
          failures.push((error as Error).message.split("\n")[0]!);
          if (result.ok) await rebuild();
          continue;
        }
        // Accepted: the change stores clean text only.
        for (const [column, count] of await dirtyText(new Set(changed))) {
          if (count > (dirtyKnown.get(column) ?? 0)) failures.push(`${where}: accepted and stored unclean text in ${column}`);
          dirtyKnown.set(column, Math.max(count, dirtyKnown.get(column) ?? 0));
        }
        // Decomposed accents accepted are stored composed: the NFC text is found, the typed one nowhere.
        if (mutation.label.endsWith("= decomposed accents")) {
          const composed = await textFound(new Set(changed), DECOMPOSED.normalize("NFC"));
          const decomposed = await textFound(new Set(changed), DECOMPOSED);
          if (composed === 0 || decomposed > 0) failures.push(`${where}: accepted, but the name is not stored composed (NFC ${composed}, as typed ${decomposed})`);
          else stats.composedStored += 1;
        }
        // The valid input may be used up (a name taken, a version moved on): a fresh one for what follows.
        await rebuild();
      }
      expect(failures, failures.slice(0, 20).join("\n")).toEqual([]);
    });
  }

  it("tried them all", () => {
    console.log(
      `bad-input fuzz: ${stats.attempts} attempts, ${stats.refused} refused, ${stats.accepted} accepted (${stats.composedStored} of them decomposed accents, stored composed)`,
    );
    expect(stats.attempts).toBeGreaterThan(1000);
    expect(stats.composedStored, "some text field accepted decomposed accents and was checked").toBeGreaterThan(0);
  });
});

/** Unclean cells already there (none in the fixtures, but counted rather than assumed). */
let dirtyKnown = new Map<string, number>();
beforeAll(async () => {
  dirtyKnown = await dirtyText(new Set(tables));
});

// ---- uploads whose name lies about their content -------------------------------

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));
const lyingFiles: { label: string; file: () => File }[] = [
  { label: "a Windows program named .pdf", file: () => new File([bytes("MZ", [0x90, 0, 3, 0], "This program cannot be run in DOS mode")], "compte-rendu.pdf", { type: "application/pdf" }) },
  { label: "an HTML page named .png", file: () => new File([bytes("<!doctype html><script>alert(1)</script>")], "photo.png", { type: "image/png" }) },
  { label: "an SVG with a script named .png", file: () => new File([bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')], "schema.png", { type: "image/png" }) },
  { label: "a PNG named .pdf", file: () => new File([bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "rest")], "compte-rendu.pdf", { type: "application/pdf" }) },
  { label: "a ZIP (not an office file) named .docx", file: () => new File([bytes([0x50, 0x4b, 0x03, 0x04], "evil.sh")], "rapport.docx", { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }) },
  { label: "a shell script named .pdf", file: () => new File([bytes("#!/bin/sh\nrm -rf /\n")], "bilan.pdf", { type: "application/pdf" }) },
];
// A CSV import that is really a ZIP archive, or a program, or an image, whatever its name and type say.
const lyingCsv: { label: string; file: () => File }[] = [
  { label: "a ZIP named .csv", file: () => new File([bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0], "Classe;Formation\r\n", [0, 0, 0xff, 0xfe])], "classes.csv", { type: "text/csv" }) },
  { label: "an XLSX named .csv", file: () => new File([bytes([0x50, 0x4b, 0x03, 0x04], "[Content_Types].xml", [0, 1, 2], "xl/workbook.xml")], "classes.csv", { type: "text/csv" }) },
  { label: "a Windows program named .csv", file: () => new File([bytes("MZ", [0x90, 0, 3, 0, 0, 0, 4, 0], "PE")], "eleves.csv", { type: "text/csv" }) },
  { label: "a PNG named .txt", file: () => new File([bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], "eleves.txt", { type: "text/plain" }) },
];
const uploadActions: { action: string; field: string; files: typeof lyingFiles }[] = [
  { action: "meetings.createMeeting", field: "minutes", files: lyingFiles },
  { action: "meetings.updateMeeting", field: "minutes", files: lyingFiles },
  { action: "pdca.attachEvidenceFile", field: "file", files: lyingFiles },
  { action: "divisions.previewDivisionImport", field: "file", files: lyingCsv },
  { action: "divisions.importDivisions", field: "file", files: lyingCsv },
  { action: "pupils.previewPupilImport", field: "file", files: lyingCsv },
  { action: "pupils.importPupils", field: "file", files: lyingCsv },
];

describe("uploads with a lying name or type", () => {
  for (const { action, field, files } of uploadActions) {
    for (const { label, file } of files) {
      it(`${action} refuses ${label} in French and stores nothing`, async () => {
        const entry = actionEntries[action]!;
        if (entry.kind !== "school") throw new Error(`${action} is a school action`);
        const input = (await entry.input({ world, school: world.schools.A })) as FormData;
        expect(input, `${action}'s input is a form`).toBeInstanceOf(FormData);
        input.set(field, file());
        const before = await fingerprint();
        const result = await runAsScope(world.scopes[personaFor(entry)], () => actions[action]!(input));
        if (action.includes("preview") && result.ok) {
          // A preview answers with the file's errors for the form to show: the file's only error is what it really is.
          const preview = result.data as { importableCount: number; errors: { messages: string[] }[] };
          expect(preview.importableCount).toBe(0);
          expect(preview.errors.flatMap((e) => e.messages).join(" ")).toMatch(/n'est pas un fichier CSV mais/);
          expect(changedTables(before, await fingerprint()), `${action}: nothing stored`).toEqual([]);
          return;
        }
        expect(result.ok, `${action}: ${label} refused`).toBe(false);
        if (result.ok) return;
        checkRefusal(`${action}, ${label}`, result);
        expect(result.status).toBe(400);
        expect(changedTables(before, await fingerprint()), `${action}: nothing stored`).toEqual([]);
      });
    }
  }
});
