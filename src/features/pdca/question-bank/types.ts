// The question bank of the PDCA grid: the seeds' guiding questions, example
// indicators and recommendations, word for word, as structured data.

import type { StrandKind } from "@/features/frameworks/strands";
import type { PdcaPhase } from "@/features/pdca/phases";

export type PdcaPhaseKey = PdcaPhase["key"];

/** Framework codes a sheet can fit (see Framework.code). */
export type QuestionBankFrameworkCode = "TVP-2019" | "AP-2009" | "COLLEGE-AP-2016";

/**
 * question: a guiding question the coordinator answers;
 * indicator: an example of a follow-up indicator or tool;
 * guidance: a recommendation or the heading of a field to fill (not a question).
 */
export type ItemKind = "question" | "indicator" | "guidance";

export interface Item {
  /** Stable slug, unique within its sheet. */
  key: string;
  kind: ItemKind;
  /** Verbatim French of the seed, bullet and surrounding whitespace removed. */
  text: string;
  /** The indented list that follows the item in the seed, verbatim. */
  subItems?: string[];
}

export interface Section {
  /** Stable slug, unique within its sheet. */
  key: string;
  phase: PdcaPhaseKey;
  title: string;
  items: Item[];
  /**
   * Seed file the section was copied from, when the sheet's own seed lacks it
   * (the Act block of the general TVP grid, shared by the other TVP sheets).
   */
  borrowedFrom?: string;
}

export interface Sheet {
  /** Stable key, e.g. "tvp-three-strands". */
  key: string;
  title: string;
  subtitle?: string;
  /** File name of the seed in shared/seeds/. */
  seedFile: string;
  frameworkCode: QuestionBankFrameworkCode;
  /** Strands of the framework the sheet fits. */
  strands: StrandKind[];
  version: 1;
  /** The context paragraph(s) of the seed, verbatim (lines joined with "\n"). */
  context: string;
  sections: Section[];
}
