// The question bank held in the database (version 1 of each sheet, written by
// the migration) is the one checked word for word against the seed files
// (src/features/pdca/question-bank/question-bank.test.ts).
import { describe, expect, it } from "vitest";
import { questionBank } from "@/features/pdca/question-bank";
import { loadSheet, sheetForScheme } from "@/features/pdca/sheets";
import { testDb } from "../setup/database";

const kinds = { question: "QUESTION", indicator: "INDICATOR", guidance: "GUIDANCE" } as const;

describe("the question bank in the database", () => {
  it.each(questionBank.map((sheet) => [sheet.key, sheet] as const))("holds sheet %s as the seed words it", async (key, sheet) => {
    const row = await testDb().gridSheet.findUniqueOrThrow({ where: { key_version: { key, version: 1 } } });
    const stored = (await loadSheet(testDb(), row.id))!;
    expect({ title: stored.title, frameworkCode: stored.frameworkCode, strands: stored.strands, context: stored.context, source: stored.source }).toEqual({
      title: sheet.title,
      frameworkCode: sheet.frameworkCode,
      strands: sheet.strands,
      context: sheet.context,
      source: sheet.seedFile,
    });
    expect(stored.sections).toEqual(
      sheet.sections.map((section) => ({
        key: section.key,
        phase: section.phase,
        title: section.title,
        borrowedFrom: section.borrowedFrom ?? "",
        items: section.items.map((item) => ({ key: item.key, kind: kinds[item.kind], text: item.text, subItems: item.subItems ?? [] })),
      })),
    );
  });

  it("gives a new grid the latest version of the fitting sheet", async () => {
    expect((await sheetForScheme(testDb(), "TVP-2019", "GUIDANCE"))?.key).toBe("tvp-three-strands");
    expect((await sheetForScheme(testDb(), "AP-2009", "PERSONALISED_SUPPORT"))?.key).toBe("bac-pro-ap-2009");
    expect((await sheetForScheme(testDb(), "COLLEGE-AP-2016", "PERSONALISED_SUPPORT"))?.key).toBe("college-ap");
    expect(await sheetForScheme(testDb(), "INCONNU", "GUIDANCE")).toBeNull();
  });
});
