// The grid's PDF, checked the way a reader sees it: rendered to images by
// poppler (pdftoppm) and read back as text (pdftotext).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { StoredAnswer } from "@/features/pdca/answers";
import { renderGridPdf } from "@/features/pdca/pdf";
import { loadSheet, type GridSheetData } from "@/features/pdca/sheets";
import { testDb } from "../setup/database";

let sheet: GridSheetData;
const folder = mkdtempSync(path.join(tmpdir(), "grille-pdf-"));

/** Width, height and grey levels of a binary PGM image (what pdftoppm -gray writes). */
function readPgm(file: string) {
  const data = readFileSync(file);
  const header = data.subarray(0, 40).toString("latin1").split(/\s+/);
  const [magic, width, height, max] = header;
  expect(magic).toBe("P5");
  const offset = data.indexOf(`${max}\n`, 2) + `${max}\n`.length;
  return { width: Number(width), height: Number(height), pixels: data.subarray(offset) };
}

beforeAll(async () => {
  const row = await testDb().gridSheet.findUniqueOrThrow({ where: { key_version: { key: "tvp-three-strands", version: 1 } } });
  sheet = (await loadSheet(testDb(), row.id))!;
});

describe("the grid's PDF", () => {
  it("is A4 landscape, four columns, the school, year and scheme on every page, every question of the sheet in it", async () => {
    const question = sheet.sections.find((s) => s.phase === "DO")!.items[0]!;
    const answers = new Map<string, StoredAnswer>([
      [question.key, { itemKey: question.key, body: "<p>Groupes de besoin en barrette le jeudi → 2 h</p><ul><li>co-animation</li></ul>", status: "ANSWERED", version: 1, updatedAt: new Date().toISOString(), updatedBy: "" }],
    ]);
    const pdf = await renderGridPdf({
      heading: { school: "Lycée professionnel Le Castel (0210047M), Dijon", year: "2026-2027", scheme: "Accompagnement personnalisé", status: "validée" },
      sheet,
      answers,
      actions: [{ title: "Tutorat des élèves absentéistes", process: "Entretien hebdomadaire", owner: "CPE", indicator: "Taux d'absentéisme", startsOn: new Date("2026-10-01"), dueOn: new Date("2027-01-31"), status: "IN_PROGRESS" }],
      keyDates: [{ on: new Date("2027-03-15"), label: "Bilan d'étape en conseil pédagogique" }],
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const file = path.join(folder, "grille.pdf");
    writeFileSync(file, pdf);

    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);

    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    const pageTexts = text.split("\f").filter((t) => t.trim());
    expect(pageTexts).toHaveLength(pages);
    for (const page of pageTexts) {
      expect(page).toContain("Le Castel (0210047M)");
      expect(page).toContain("Année 2026-2027");
      expect(page).toContain("Dispositif : Accompagnement personnalisé");
      for (const column of ["P — Planifier", "D — Mettre en œuvre", "C — Évaluer", "A — Agir"]) expect(page).toContain(column);
    }
    const flat = text.replace(/\s+/g, " ");
    for (const section of sheet.sections) {
      expect(flat).toContain(section.title.replace(/\s+/g, " "));
      // Every item is there: its first words at least (a line break may cut the rest).
      for (const item of section.items) expect(flat).toContain(item.text.replace(/\s+/g, " ").split(" ").slice(0, 3).join(" "));
    }
    expect(flat).toContain("Groupes de besoin en barrette le jeudi -> 2 h");
    expect(flat).toContain("• co-animation");
    expect(flat).toContain("Tutorat des élèves absentéistes (en cours)");
    expect(flat).toContain("15/03/2027 : Bilan d'étape en conseil pédagogique");

    // Rendered: landscape images, ink in each of the four columns of the first page.
    execFileSync("pdftoppm", ["-r", "50", "-gray", file, path.join(folder, "page")]);
    const images = readdirSync(folder).filter((f) => f.endsWith(".pgm")).sort();
    expect(images).toHaveLength(pages);
    const first = readPgm(path.join(folder, images[0]!));
    expect(first.width).toBeGreaterThan(first.height);
    const inkIn = (x0: number, x1: number) => {
      let ink = 0;
      for (let y = Math.floor(first.height * 0.2); y < first.height * 0.9; y++) {
        for (let x = Math.floor(first.width * x0); x < first.width * x1; x++) if (first.pixels[y * first.width + x]! < 128) ink++;
      }
      return ink;
    };
    const inks = ([[0.05, 0.25], [0.28, 0.48], [0.52, 0.72], [0.76, 0.95]] as const).map(([from, to]) => inkIn(from, to));
    console.log(`ink per column on page 1: ${inks.join(", ")}`);
    for (const ink of inks) expect(ink).toBeGreaterThan(100);
  });
});
