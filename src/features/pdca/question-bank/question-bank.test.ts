import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chooseSheet, fittingSheets, questionBank } from "./index";

const sheetFor = (code: string, strand: Parameters<typeof chooseSheet>[2]) => chooseSheet(questionBank, code, strand);
const sheetsFor = (code: string, strand: Parameters<typeof fittingSheets>[2]) => fittingSheets(questionBank, code, strand);
import type { ItemKind, Sheet } from "./types";

// shared/ sits beside the clone: <repo>/../shared/seeds.
const seedsDir = path.resolve(import.meta.dirname, "../../../../../shared/seeds");

/** Whitespace only: runs of spaces, tabs and no-break spaces become one space; trimmed. */
function normalise(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/** Layout artefacts of the Word exports: images, bookmarks. */
function stripArtefacts(line: string): string {
  return line.replace(/\[image:(?:[^[\]]|\[[^\]]*\])*\]/g, "").replace(/\[bookmark: [^\]]*\]/g, "");
}

const bulletPattern = /^[·√-]\s*/;

/** A seed line as compared with the bank: artefacts and leading bullet removed, whitespace normalised. */
function seedText(line: string): string {
  return normalise(normalise(stripArtefacts(line)).replace(bulletPattern, ""));
}

const indicatorHeading = /^Exemples d[’']((outils et d[’'])?indicateurs) de suivi$/;
/** Headings that end an indicator list: a new page or column of the grid. */
const columnHeading = /^(Plan Planifier|Act Agir)$/;

interface Extracted {
  questions: string[];
  indicators: string[];
}

/**
 * The guiding questions (lines ending with "?") and the example indicators
 * (lines under an "Exemples d’…indicateurs de suivi" heading) of a seed. A line
 * that does not end with "?" is joined to the next when the next ends with "?"
 * and is no bullet, unless it ends a sentence (".", ":", ";", "!", "…").
 */
function extract(raw: string): Extracted {
  const lines = raw.split(/\r?\n/).map((line) => normalise(stripArtefacts(line)));
  const questions = new Set<string>();
  const indicators = new Set<string>();
  let underIndicators = false;
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index] ?? "";
    if (indicatorHeading.test(line)) {
      underIndicators = true;
      continue;
    }
    if (columnHeading.test(line)) underIndicators = false;
    const next = lines[index + 1] ?? "";
    if (line && !line.endsWith("?") && !/[.:;!…]$/.test(line) && next.endsWith("?") && !bulletPattern.test(next)) {
      line = `${line} ${next}`;
      index++;
    }
    const text = normalise(line.replace(bulletPattern, ""));
    if (!text) continue;
    if (text.endsWith("?")) questions.add(text);
    else if (underIndicators) indicators.add(text);
  }
  return { questions: [...questions], indicators: [...indicators] };
}

function readSeed(sheet: Sheet): string {
  return fs.readFileSync(path.join(seedsDir, sheet.seedFile), "utf8");
}

/** Normalised texts of the items of a kind, their subItems included. */
function bankTexts(sheet: Sheet, kind: ItemKind): Set<string> {
  const texts = new Set<string>();
  for (const section of sheet.sections) {
    for (const item of section.items) {
      if (item.kind !== kind) continue;
      texts.add(normalise(item.text));
      for (const sub of item.subItems ?? []) texts.add(normalise(sub));
    }
  }
  return texts;
}

function countKind(sheet: Sheet, kind: ItemKind): number {
  return sheet.sections.flatMap((section) => section.items).filter((item) => item.kind === kind).length;
}

describe("seed extractor", () => {
  it("joins a question split over two lines, not a sentence followed by a question", () => {
    const seed = [
      "\tExemples d’indicateurs de suivi ",
      "· Comment la période d’accueil a-t-elle",
      "contribué à la mise en place de groupes ?",
      "Une phrase finie. ",
      "Comment ce volet\u00a0s’intègre-t-il ?",
      "·   Nombre de réunions\u00a0 de concertation",
      "Act Agir",
      "· Points forts",
    ].join("\n");
    expect(extract(seed)).toEqual({
      questions: ["Comment la période d’accueil a-t-elle contribué à la mise en place de groupes ?", "Comment ce volet s’intègre-t-il ?"],
      indicators: ["Une phrase finie.", "Nombre de réunions de concertation"],
    });
  });
});

describe("question bank", () => {
  it("has one sheet per seed file", () => {
    const seedFiles = fs.readdirSync(seedsDir).filter((file) => file.endsWith(".txt")).sort();
    expect(questionBank.map((sheet) => sheet.seedFile).sort()).toEqual(seedFiles);
    expect(new Set(questionBank.map((sheet) => sheet.key)).size).toBe(questionBank.length);
  });

  describe.each(questionBank.map((sheet) => [sheet.key, sheet] as const))("sheet %s", (_key, sheet) => {
    const seed = extract(readSeed(sheet));

    it("holds every guiding question of its seed, word for word", () => {
      const bank = bankTexts(sheet, "question");
      const missing = seed.questions.filter((question) => !bank.has(question));
      expect(missing).toEqual([]);
    });

    it("holds every example indicator of its seed, word for word", () => {
      const bank = bankTexts(sheet, "indicator");
      const missing = seed.indicators.filter((indicator) => !bank.has(indicator));
      expect(missing).toEqual([]);
    });

    it("holds every other line of its seed too (context, titles, recommendations)", () => {
      const haystack = [
        sheet.title,
        sheet.subtitle ?? "",
        sheet.context,
        ...sheet.sections.flatMap((section) => [
          section.title,
          ...section.items.flatMap((item) => [item.text, ...(item.subItems ?? [])]),
        ]),
      ]
        .map(normalise)
        .join("\n");
      // Column and page headings of the grids, and the empty "…" placeholders of the Act form.
      const layout = /^(Plan Planifier|Do Mettre en œuvre|Check [EÉ]valuer|Act Agir|Acteurs – Actions – Moyens – Temps|[()]|…)$/;
      const missing = readSeed(sheet)
        .split(/\r?\n/)
        .map((line) => seedText(line).replace(/^\)(?=\S)/, "").replace(/ ?:$/, ""))
        .filter((line) => line && !layout.test(line))
        .filter((line) => !haystack.includes(line));
      expect(missing).toEqual([]);
    });

    it("has unique section keys and item keys", () => {
      const sectionKeys = sheet.sections.map((section) => section.key);
      const itemKeys = sheet.sections.flatMap((section) => section.items.map((item) => item.key));
      expect(new Set(sectionKeys).size).toBe(sectionKeys.length);
      expect(new Set(itemKeys).size).toBe(itemKeys.length);
      for (const key of itemKeys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    it("lists its sections in the order of the PDCA phases", () => {
      const order = ["PLAN", "DO", "CHECK", "ACT"];
      const ranks = sheet.sections.map((section) => order.indexOf(section.phase));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    });

    it("has items in PLAN, DO and CHECK, and no artefact or stray whitespace", () => {
      for (const phase of ["PLAN", "DO", "CHECK"] as const) {
        const items = sheet.sections.filter((section) => section.phase === phase).flatMap((section) => section.items);
        expect(items.length, phase).toBeGreaterThan(0);
      }
      for (const text of sheet.sections.flatMap((section) => section.items.flatMap((item) => [item.text, ...(item.subItems ?? [])]))) {
        expect(text).not.toMatch(/\[(image|bookmark):|^[\s\u00a0·√-]|[\s\u00a0]$|\s{2}|\t/);
      }
    });

    it("reports its counts", () => {
      const subItems = sheet.sections.flatMap((section) => section.items).reduce((sum, item) => sum + (item.subItems?.length ?? 0), 0);
      console.log(
        `${sheet.key}: ${countKind(sheet, "question")} questions, ${countKind(sheet, "indicator")} indicators, ${countKind(sheet, "guidance")} guidance items (${subItems} subItems); seed: ${seed.questions.length} questions, ${seed.indicators.length} indicator lines`,
      );
      expect(seed.questions.length + seed.indicators.length + countKind(sheet, "guidance")).toBeGreaterThan(0);
    });
  });

  it("gives the TVP and CAP sheets an Act page of fields to fill", () => {
    for (const sheet of questionBank.filter((candidate) => candidate.frameworkCode === "TVP-2019")) {
      const act = sheet.sections.filter((section) => section.phase === "ACT");
      expect(act.map((section) => section.title), sheet.key).toEqual(["Diagnostic partagé", "Agir"]);
      expect(act.flatMap((section) => section.items).every((item) => item.kind === "guidance")).toBe(true);
    }
  });

  it("keeps the seeds' typos and typography", () => {
    const texts = questionBank.flatMap((sheet) => sheet.sections.flatMap((section) => section.items.map((item) => item.text)));
    expect(texts).toContain("Un échéancier, des indicateurs cibles, des bilans d’étapes sont-ils prévus ?");
    expect(texts).toContain("Comment le jeune prend il conscience des progrès réalisés\u00a0?");
  });

  it("chooses the three-strand sheet for every TVP strand and lists the alternatives, most specific first", () => {
    for (const strand of ["CONSOLIDATION", "PERSONALISED_SUPPORT", "GUIDANCE"] as const) {
      expect(sheetFor("TVP-2019", strand)?.key).toBe("tvp-three-strands");
    }
    expect(sheetsFor("TVP-2019", "PERSONALISED_SUPPORT").map((sheet) => sheet.key)).toEqual(["cap-ap-1.6", "tvp-three-strands", "tvp-general"]);
    expect(sheetsFor("TVP-2019", "GUIDANCE").map((sheet) => sheet.key)).toEqual(["tvp-three-strands", "tvp-general"]);
    expect(sheetFor("COLLEGE-AP-2016", "PERSONALISED_SUPPORT")?.key).toBe("college-ap");
    expect(sheetFor("AP-2009", "PERSONALISED_SUPPORT")?.key).toBe("bac-pro-ap-2009");
    expect(sheetFor("AP-2009", "CONSOLIDATION")).toBeUndefined();
    expect(sheetsFor("SOUTIEN", "CONSOLIDATION")).toEqual([]);
  });
});
