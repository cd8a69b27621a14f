// The grid as a real PDF: A4 landscape, the seeds' four columns (Planifier,
// Mettre en œuvre, Évaluer, Agir), each flowing onto the next pages on its
// own, with the school, the year and the scheme at the top of every page.
// Standard PDF fonts (no font file to ship), so text is kept to their
// character set (Windows-1252: every French letter, œ, «», ’, –, …).
import PDFDocument from "pdfkit";
import type { StoredAnswer } from "./answers";
import { pdcaPhases } from "./phases";
import { answerText } from "./rich-text";
import { actionStatusLabels } from "./schemas";
import type { GridSheetData } from "./sheets";

export type GridPdfInput = {
  heading: { school: string; year: string; scheme: string; status: string };
  sheet: GridSheetData;
  answers: Map<string, StoredAnswer>;
  actions: { title: string; process: string; owner: string; indicator: string; startsOn: Date | null; dueOn: Date | null; status: keyof typeof actionStatusLabels }[];
  keyDates: { on: Date; label: string }[];
};

const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 28;
const HEADER_HEIGHT = 46;
const GAP = 8;
const COLUMN_WIDTH = (PAGE.width - 2 * MARGIN - 3 * GAP) / 4;
const TOP = MARGIN + HEADER_HEIGHT;
const BOTTOM = PAGE.height - MARGIN - 12;

// Windows-1252's characters beyond Latin-1, which the standard fonts draw.
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";
const REPLACEMENTS: Record<string, string> = { "→": "->", "←": "<-", "≥": ">=", "≤": "<=", "✓": "v", "\u202f": "\u00a0", "\u2009": " ", "\u2011": "-", "\u2212": "-" };

/** Text the standard fonts can draw: other characters become their nearest ASCII or "?". */
export function pdfSafe(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const code = char.codePointAt(0)!;
    if (char === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(char)) out += char;
    else if (REPLACEMENTS[char]) out += REPLACEMENTS[char];
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || code === 0xfeff) continue;
    else out += "?";
  }
  return out;
}

type Block = { text: string; font: "Helvetica" | "Helvetica-Bold" | "Helvetica-Oblique"; size: number; indent?: number; gapBefore?: number; color?: string };

function columnBlocks(input: GridPdfInput, phase: (typeof pdcaPhases)[number]["key"]): Block[] {
  const blocks: Block[] = [];
  if (phase === "PLAN" && input.sheet.context) blocks.push({ text: input.sheet.context, font: "Helvetica-Oblique", size: 7.5 });
  for (const section of input.sheet.sections.filter((s) => s.phase === phase)) {
    blocks.push({ text: section.title, font: "Helvetica-Bold", size: 8.5, gapBefore: 6, color: "#172554" });
    for (const item of section.items) {
      blocks.push({ text: item.text, font: "Helvetica-Bold", size: 7.5, gapBefore: 3 });
      for (const sub of item.subItems) blocks.push({ text: `– ${sub}`, font: "Helvetica", size: 7, indent: 6 });
      const answer = input.answers.get(item.key);
      const text = answer ? answerText(answer.body) : "";
      blocks.push(text ? { text, font: "Helvetica", size: 7.5, indent: 4, color: "#1e3a8a" } : { text: "—", font: "Helvetica", size: 7.5, indent: 4, color: "#64748b" });
    }
  }
  if (phase === "ACT") {
    if (input.actions.length) blocks.push({ text: "Actions", font: "Helvetica-Bold", size: 8.5, gapBefore: 6, color: "#172554" });
    for (const action of input.actions) {
      blocks.push({ text: `${action.title} (${actionStatusLabels[action.status].toLowerCase()})`, font: "Helvetica-Bold", size: 7.5, gapBefore: 3 });
      if (action.process) blocks.push({ text: action.process, font: "Helvetica", size: 7.5, indent: 4 });
      blocks.push({ text: `Responsable : ${action.owner || "—"} ; indicateur : ${action.indicator || "—"} ; ${day(action.startsOn)} -> ${day(action.dueOn)}`, font: "Helvetica", size: 7, indent: 4 });
    }
    if (input.keyDates.length) blocks.push({ text: "Dates clés", font: "Helvetica-Bold", size: 8.5, gapBefore: 6, color: "#172554" });
    for (const keyDate of input.keyDates) blocks.push({ text: `${day(keyDate.on)} : ${keyDate.label}`, font: "Helvetica", size: 7.5 });
  }
  return blocks;
}

const day = (date: Date | null) => (date ? date.toLocaleDateString("fr-FR", { timeZone: "UTC" }) : "—");

/** Lines of a text that fit a width, cut at spaces (a longer word is cut where it must). */
function wrap(doc: PDFKit.PDFDocument, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (doc.widthOfString(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (doc.widthOfString(rest) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && doc.widthOfString(rest.slice(0, cut)) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

export function renderGridPdf(input: GridPdfInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    // Margins are drawn by hand: pdfkit's own would open a page for the footer.
    margin: 0,
    bufferPages: true,
    autoFirstPage: true,
    info: { Title: pdfSafe(`Grille PDCA — ${input.heading.scheme} — ${input.heading.year}`), Author: pdfSafe(input.heading.school), Creator: "Boussole" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  let pageCount = 1;
  const goTo = (page: number) => {
    while (pageCount <= page) {
      doc.addPage({ size: "A4", layout: "landscape", margin: 0 });
      pageCount++;
    }
    doc.switchToPage(page);
  };

  pdcaPhases.forEach((phase, column) => {
    const x = MARGIN + column * (COLUMN_WIDTH + GAP);
    let page = 0;
    let y = TOP + 16;
    goTo(page);
    for (const block of columnBlocks(input, phase.key)) {
      doc.font(block.font).fontSize(block.size);
      const indent = block.indent ?? 0;
      const lineHeight = doc.currentLineHeight(true);
      y += block.gapBefore ?? 0;
      for (const line of wrap(doc, pdfSafe(block.text), COLUMN_WIDTH - indent - 4)) {
        if (y + lineHeight > BOTTOM) {
          page++;
          goTo(page);
          y = TOP + 16;
          doc.font(block.font).fontSize(block.size);
        }
        doc.fillColor(block.color ?? "#0f172a").text(line, x + 2 + indent, y, { lineBreak: false });
        y += lineHeight;
      }
    }
  });

  // Every page: the heading, the four column titles and their rules, the page number.
  for (let page = 0; page < pageCount; page++) {
    doc.switchToPage(page);
    doc.font("Helvetica-Bold").fontSize(10).fillColor("#0f172a");
    doc.text(pdfSafe(`${input.heading.school}`), MARGIN, MARGIN, { lineBreak: false, width: PAGE.width - 2 * MARGIN });
    doc.font("Helvetica").fontSize(8.5);
    doc.text(pdfSafe(`Année ${input.heading.year} — Dispositif : ${input.heading.scheme} — ${input.sheet.title} (version ${input.sheet.version}) — ${input.heading.status}`), MARGIN, MARGIN + 14, {
      lineBreak: false,
      width: PAGE.width - 2 * MARGIN,
    });
    pdcaPhases.forEach((phase, column) => {
      const x = MARGIN + column * (COLUMN_WIDTH + GAP);
      doc.rect(x, TOP - 4, COLUMN_WIDTH, 16).fill("#dbe7fe");
      doc.fillColor("#172554").font("Helvetica-Bold").fontSize(9).text(pdfSafe(`${phase.letter} — ${phase.title}`), x + 3, TOP, { lineBreak: false });
      doc.lineWidth(0.5).strokeColor("#94a3b8").rect(x, TOP - 4, COLUMN_WIDTH, BOTTOM - TOP + 8).stroke();
    });
    doc.font("Helvetica").fontSize(7).fillColor("#475569");
    doc.text(`Page ${page + 1} / ${pageCount}`, PAGE.width - MARGIN - 60, PAGE.height - MARGIN - 4, { lineBreak: false, width: 60, align: "right" });
  }
  doc.end();
  return done;
}
