import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv";
import { diplomaOfLabel, readDivisionFile, validateDivisionRows, yearOfLabel } from "./import";

const read = (text: string) => validateDivisionRows(parseCsv(text).rows);

describe("recognising diplomas and years from the labels of school software", () => {
  it.each([
    ["CAP", "CAP", undefined],
    ["1CAP2", "CAP", 1],
    ["2CAP2 ELEC", "CAP", 2],
    ["CAP 2 ans", "CAP", undefined],
    ["CAP 1re année", "CAP", 1],
    ["Bac Pro", "BAC_PRO", undefined],
    ["BCP", "BAC_PRO", undefined],
    ["2NDPRO", "BAC_PRO", 1],
    ["2NDPRO MELEC", "BAC_PRO", 1],
    ["Seconde professionnelle", "BAC_PRO", 1],
    ["1ERE PRO", "BAC_PRO", 2],
    ["1PRO", "BAC_PRO", 2],
    ["Première bac pro", "BAC_PRO", 2],
    ["TLEPRO", "BAC_PRO", 3],
    ["Terminale pro", "BAC_PRO", 3],
    ["6e", "COLLEGE", 6],
    ["6EME", "COLLEGE", 6],
    ["5e", "COLLEGE", 5],
    ["Quatrième", "COLLEGE", 4],
    ["3EME PREPA METIERS", "COLLEGE", 3],
    ["Collège", "COLLEGE", undefined],
  ] as const)("%s → %s, year %s", (label, diploma, year) => {
    expect(diplomaOfLabel(label)).toBe(diploma);
    expect(yearOfLabel(label, diploma)).toBe(year);
  });

  it("does not take a general Seconde, or nonsense, for a known diploma", () => {
    expect(diplomaOfLabel("2NDE GT")).toBeUndefined();
    expect(diplomaOfLabel("BTS")).toBeUndefined();
    expect(diplomaOfLabel("CAPA")).toBeUndefined();
  });

  it("reads a separate year column by the diploma: Première is year 2 of a Bac Pro but year 1 of a CAP", () => {
    expect(yearOfLabel("Seconde", "BAC_PRO", true)).toBe(1);
    expect(yearOfLabel("Première", "BAC_PRO", true)).toBe(2);
    expect(yearOfLabel("Terminale", "BAC_PRO", true)).toBe(3);
    expect(yearOfLabel("Première", "CAP", true)).toBe(1);
    expect(yearOfLabel("2e année", "CAP", true)).toBe(2);
    expect(yearOfLabel("2", "BAC_PRO", true)).toBe(2);
    expect(yearOfLabel("6e", "COLLEGE", true)).toBe(6);
    expect(yearOfLabel("2", "BAC_PRO")).toBeUndefined();
  });
});

describe("reading a file of classes", () => {
  it("maps French headers whatever their case and accents, and reads every row", () => {
    const result = read(
      [
        "Code division;MEF;Spécialité;Nombre d'élèves",
        "2MELEC;2NDPRO;Métiers de l'électricité;24",
        "1CAP-CUI;1CAP2;Cuisine;12",
        "TMA;Terminale pro;;",
        "6A;6EME;;28",
      ].join("\n"),
    );
    expect(result.errors).toEqual([]);
    expect(result.totalLines).toBe(4);
    expect(result.rows).toEqual([
      { line: 2, name: "2MELEC", diploma: "BAC_PRO", yearOfStudy: 1, trade: "Métiers de l'électricité", headcount: 24 },
      { line: 3, name: "1CAP-CUI", diploma: "CAP", yearOfStudy: 1, trade: "Cuisine", headcount: 12 },
      { line: 4, name: "TMA", diploma: "BAC_PRO", yearOfStudy: 3, trade: "", headcount: 0 },
      { line: 5, name: "6A", diploma: "COLLEGE", yearOfStudy: 6, trade: "", headcount: 28 },
    ]);
  });

  it("takes the year from its own column, with other synonyms and ',' as separator", () => {
    const result = read("DIVISION,Diplôme,Niveau,Filière,Effectif (élèves)\nA1,Bac Pro,Seconde,Commerce,30\nB2,CAP,2,Vente,15\n");
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.name, r.diploma, r.yearOfStudy, r.trade, r.headcount])).toEqual([
      ["A1", "BAC_PRO", 1, "Commerce", 30],
      ["B2", "CAP", 2, "Vente", 15],
    ]);
  });

  it("reports a class repeated in the file, on the later line, naming the first one", () => {
    const result = read("Classe;Formation;Année\n2MELEC;Bac Pro;1\n1MELEC;Bac Pro;2\n2melec;Bac Pro;1\n");
    expect(result.rows.map((r) => r.name)).toEqual(["2MELEC", "1MELEC"]);
    expect(result.errors).toEqual([{ line: 4, messages: ["Ligne 4 : la classe « 2melec » figure déjà ligne 2 du fichier."] }]);
  });

  it("reports a year that does not exist in the diploma", () => {
    const result = read("Classe;Formation;Année\n3CAP;CAP;3\n");
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { line: 2, messages: ["Ligne 2 : l'année 3 n'existe pas en CAP (années possibles : 1, 2)."] },
    ]);
  });

  it("reports a year column that contradicts the formation", () => {
    const result = read("Classe;Formation;Année\nX;1CAP2;2\n");
    expect(result.errors[0]!.messages).toEqual(["Ligne 2 : l'année « 2 » ne correspond pas à la formation « 1CAP2 »."]);
  });

  it("reports a headcount that is not a whole number, or out of range, quoting it", () => {
    const result = read("Classe;Formation;Effectif\nA;2NDPRO;24\nB;2NDPRO;24\n\n\n\nC;2NDPRO;abc\nD;2NDPRO;1000\nE;2NDPRO;12,5\n");
    expect(result.rows.map((r) => r.name)).toEqual(["A", "B"]);
    expect(result.errors).toEqual([
      { line: 7, messages: ["Ligne 7 : l'effectif « abc » n'est pas un nombre entier."] },
      { line: 8, messages: ["Ligne 8 : l'effectif « 1000 » doit être compris entre 0 et 999."] },
      { line: 9, messages: ["Ligne 9 : l'effectif « 12,5 » n'est pas un nombre entier."] },
    ]);
  });

  it("gives every problem of a row, and reports unknown formations and missing years", () => {
    const result = read("Classe;Formation;Effectif\n;BTS;x\nZ;Bac Pro;3\n");
    expect(result.errors).toEqual([
      {
        line: 2,
        messages: [
          "Ligne 2 : le nom de la classe est vide.",
          "Ligne 2 : la formation « BTS » n'est pas reconnue (CAP, Bac Pro ou collège attendu).",
          "Ligne 2 : l'effectif « x » n'est pas un nombre entier.",
        ],
      },
      {
        line: 3,
        messages: ["Ligne 3 : l'année de formation manque pour « Bac Pro » (par exemple 1CAP2, 2NDPRO ou une colonne « Année »)."],
      },
    ]);
  });

  it("keeps a formula-like cell as plain text, never evaluated", () => {
    const result = read("Classe;Formation;Spécialité;Effectif\n=1+1;2NDPRO;+SUM(A1:A2);12\n@A1;1PRO;-2+3;8\n");
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.name, r.trade])).toEqual([
      ["=1+1", "+SUM(A1:A2)"],
      ["@A1", "-2+3"],
    ]);
  });

  it("refuses a name that is too long or holds a control character", () => {
    const result = read(`Classe;Formation\n${"A".repeat(41)};2NDPRO\n"B\u0007";2NDPRO\n`);
    expect(result.errors.map((e) => e.messages[0])).toEqual([
      `Ligne 2 : le nom de la classe « ${"A".repeat(39)}… » dépasse 40 caractères.`,
      "Ligne 3 : le nom de la classe « B\u0007 » contient un caractère invalide.",
    ]);
  });

  it("gives one clear error for the whole file when a required column is missing", () => {
    const result = read("Nom de l'élève;Effectif\nDupont;3\nMartin;4\n");
    expect(result.rows).toEqual([]);
    expect(result.totalLines).toBe(2);
    expect(result.errors).toEqual([
      {
        line: 1,
        messages: [
          "Ligne 1 : colonnes introuvables : « Classe » (ou « Division », « Code division ») et « Formation » (ou « Diplôme », « MEF »). Colonnes lues : « Nom de l'élève », « Effectif ».",
        ],
      },
    ]);
  });

  it("does not take a school-year column for the year of study", () => {
    const result = read("Classe;Formation;Année scolaire\nA;Bac Pro;2026-2027\n");
    expect(result.errors[0]!.messages[0]).toMatch(/l'année de formation manque/);
  });

  it("reads the bytes of a Windows-1252 file, and reports an unclosed quote as a file error", () => {
    // "Classe;Formation;Spécialité\n2A;2NDPRO;Élec" in Windows-1252.
    const bytes = Buffer.concat([Buffer.from("Classe;Formation;Sp"), Buffer.from([0xe9]), Buffer.from("cialit"), Buffer.from([0xe9]), Buffer.from("\n2A;2NDPRO;"), Buffer.from([0xc9]), Buffer.from("lec\n")]);
    expect(readDivisionFile(bytes).rows[0]).toMatchObject({ name: "2A", trade: "Élec" });
    expect(readDivisionFile(Buffer.from('Classe;Formation\n"2A;2NDPRO\n')).errors).toEqual([
      { line: 2, messages: ["Ligne 2 : un guillemet ouvert n'est jamais refermé."] },
    ]);
    expect(readDivisionFile(Buffer.from("\n\n")).errors).toEqual([{ line: 1, messages: ["Le fichier est vide."] }]);
  });

  it("parses and validates a file of 10,000 classes", () => {
    const lines = ["Division;Formation;Année;Spécialité;Effectif"];
    const formations = ["CAP;1", "CAP;2", "Bac Pro;Seconde", "Bac Pro;Première", "Bac Pro;Terminale", "Collège;6e"];
    for (let i = 0; i < 10_000; i++) lines.push(`C${i};${formations[i % formations.length]};Spécialité ${i % 17};${i % 36}`);
    const bytes = Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
    const started = performance.now();
    const result = readDivisionFile(bytes);
    const elapsed = performance.now() - started;
    console.log(`10 000 lignes lues et validées en ${elapsed.toFixed(0)} ms`);
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(10_000);
    expect(result.rows[9_999]).toEqual({ line: 10_001, name: "C9999", diploma: "BAC_PRO", yearOfStudy: 2, trade: "Spécialité 3", headcount: 27 });
  });
});
