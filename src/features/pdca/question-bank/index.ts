// The question bank of the PDCA grid: one sheet per seed, word for word.

import type { StrandKind } from "@/features/frameworks/strands";
import { bacProAp2009Sheet } from "./bac-pro-ap-2009";
import { capApSheet } from "./cap-ap";
import { collegeApSheet } from "./college-ap";
import { tvpGeneralSheet } from "./tvp-general";
import { tvpThreeStrandsSheet } from "./tvp-three-strands";
import type { QuestionBankFrameworkCode, Sheet } from "./types";

export type { Item, ItemKind, PdcaPhaseKey, QuestionBankFrameworkCode, Section, Sheet } from "./types";

/** Every sheet, in the order of the seed files. */
export const questionBank: Sheet[] = [tvpGeneralSheet, capApSheet, tvpThreeStrandsSheet, collegeApSheet, bacProAp2009Sheet];

/** The sheet chosen for each framework, whatever the strand it fits. */
const preferredSheetKey: Record<QuestionBankFrameworkCode, string> = {
  "TVP-2019": "tvp-three-strands",
  "AP-2009": "bac-pro-ap-2009",
  "COLLEGE-AP-2016": "college-ap",
};


/**
 * The sheets that fit a framework and a strand, most specific first: fewest
 * strands first (the CAP AP sheet before the three-strand and general TVP
 * sheets for PERSONALISED_SUPPORT), then the framework's chosen sheet, then
 * the list's order. Empty for a framework without a sheet. Works on any list
 * of sheets: the bank of the seeds, or the latest versions in the database.
 */
export function fittingSheets<S extends { key: string; frameworkCode: string; strands: readonly string[] }>(
  sheets: S[],
  frameworkCode: string,
  strand: StrandKind,
): S[] {
  const preferred = preferredSheetKey[frameworkCode as QuestionBankFrameworkCode];
  return sheets
    .map((sheet, position) => ({ sheet, position }))
    .filter(({ sheet }) => sheet.frameworkCode === frameworkCode && sheet.strands.includes(strand))
    .sort(
      (a, b) =>
        a.sheet.strands.length - b.sheet.strands.length ||
        Number(b.sheet.key === preferred) - Number(a.sheet.key === preferred) ||
        a.position - b.position,
    )
    .map(({ sheet }) => sheet);
}

/**
 * The sheet to use for a framework and a strand: the framework's chosen sheet
 * (TVP-2019: the three-strand sheet, for every strand), else the first that
 * fits; undefined when none fits.
 */
export function chooseSheet<S extends { key: string; frameworkCode: string; strands: readonly string[] }>(
  sheets: S[],
  frameworkCode: string,
  strand: StrandKind,
): S | undefined {
  const fitting = fittingSheets(sheets, frameworkCode, strand);
  const preferred = preferredSheetKey[frameworkCode as QuestionBankFrameworkCode];
  return fitting.find((sheet) => sheet.key === preferred) ?? fitting[0];
}

