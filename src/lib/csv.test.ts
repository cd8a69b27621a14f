import { describe, expect, it } from "vitest";
import { CsvSyntaxError, decodeCsvBytes, detectSeparator, parseCsv } from "./csv";

const cellsOf = (text: string) => parseCsv(text).rows.map((row) => row.cells);

describe("decoding a file's bytes", () => {
  it("reads UTF-8 and drops its byte order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Classe;Spécialité\n", "utf8")]);
    const text = decodeCsvBytes(bytes);
    expect(text).toBe("Classe;Spécialité\n");
    expect(parseCsv(text).rows[0]!.cells).toEqual(["Classe", "Spécialité"]);
  });

  it("reads UTF-8 without a byte order mark", () => {
    expect(decodeCsvBytes(Buffer.from("Élèves;Cœur", "utf8"))).toBe("Élèves;Cœur");
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8 (é, è, œ as a French spreadsheet writes them)", () => {
    // "Spécialité;Filière;Cœur" in Windows-1252: é = E9, è = E8, œ = 9C.
    const bytes = Buffer.from([
      0x53, 0x70, 0xe9, 0x63, 0x69, 0x61, 0x6c, 0x69, 0x74, 0xe9, 0x3b, 0x46, 0x69, 0x6c, 0x69, 0xe8, 0x72, 0x65, 0x3b, 0x43, 0x9c,
      0x75, 0x72,
    ]);
    expect(decodeCsvBytes(bytes)).toBe("Spécialité;Filière;Cœur");
  });

  it("maps the Windows-1252 bytes 0x80-0x9F (€, ’, Œ) rather than reading them as Latin-1 control characters", () => {
    expect(decodeCsvBytes(Buffer.from([0x80, 0x20, 0x92, 0x20, 0x8c, 0x20, 0xe0]))).toBe("€ ’ Œ à");
  });

  it("accepts an ArrayBuffer as well", () => {
    const bytes = new TextEncoder().encode("a;é");
    expect(decodeCsvBytes(bytes.buffer)).toBe("a;é");
  });
});

describe("detecting the separator", () => {
  it("chooses ';' or ',' from the header line", () => {
    expect(detectSeparator("Classe;Formation;Effectif\n1,2,3,4,5\n")).toBe(";");
    expect(detectSeparator("Classe,Formation,Effectif\n1;2;3;4;5\n")).toBe(",");
  });

  it("ignores separators inside quotes", () => {
    expect(detectSeparator('"Classe;A";"Nom;B",Effectif,Formation\n')).toBe(",");
    expect(detectSeparator('"a,b,c,d";Formation\n')).toBe(";");
  });

  it("looks past blank lines before the header, and defaults to ';'", () => {
    expect(detectSeparator("\n\nClasse,Formation\n")).toBe(",");
    expect(detectSeparator("Classe\n")).toBe(";");
    expect(detectSeparator("Nom\tPrénom\tClasse\n")).toBe("\t");
    expect(detectSeparator("Nom\tPrénom;Classe;INE\n")).toBe(";");
    expect(parseCsv("Nom\tPrénom\n\"Le Gall\"\tAna\n").rows.map((r) => r.cells)).toEqual([["Nom", "Prénom"], ["Le Gall", "Ana"]]);
  });
});

describe("parsing records", () => {
  it("splits on the detected separator, with ',' as well as ';'", () => {
    expect(cellsOf("a;b;c\n1;2;3\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(cellsOf("a,b,c\n1,2,3")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
  });

  it("keeps quoted separators, doubled quotes and line breaks inside a field", () => {
    const text = 'Classe;Spécialité\n"2 MELEC";"Électricité; ""énergie""\net câblage"\n';
    expect(cellsOf(text)).toEqual([
      ["Classe", "Spécialité"],
      ["2 MELEC", 'Électricité; "énergie"\net câblage'],
    ]);
  });

  it("reads CRLF, LF and CR line ends alike, with or without a final line break", () => {
    expect(cellsOf("a;b\r\n1;2\r\n")).toEqual(cellsOf("a;b\n1;2"));
    expect(cellsOf("a;b\r1;2\r")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("skips empty lines, and lines whose cells are all blank, but keeps empty cells", () => {
    expect(parseCsv("a;b\n\n1;\n;;\n   \n\r\n3;4\n\n").rows).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 3, cells: ["1", ""] },
      { line: 7, cells: ["3", "4"] },
    ]);
  });

  it("numbers each record by the line of the file it starts on, counting breaks inside quotes", () => {
    const rows = parseCsv('h1;h2\n"multi\r\nligne";x\n\ny;z\n').rows;
    expect(rows.map((row) => row.line)).toEqual([1, 2, 5]);
  });

  it("keeps a stray quote inside an unquoted field as text", () => {
    expect(cellsOf('a;b\n2"A;x\n')[1]).toEqual(['2"A', "x"]);
  });

  it("ignores spaces before an opening quote", () => {
    expect(cellsOf('a;b\n  "x;y";z\n')[1]).toEqual(["x;y", "z"]);
  });

  it("keeps cells that look like formulas as plain text", () => {
    expect(cellsOf("a;b\n=1+1;@SUM(A1)\n")[1]).toEqual(["=1+1", "@SUM(A1)"]);
  });

  it("refuses a quote that is never closed, naming the line it opened on", () => {
    let error: unknown;
    try {
      parseCsv('a;b\n1;2\n3;"open\n4;5\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(3);
    expect((error as CsvSyntaxError).message).toBe("Ligne 3 : un guillemet ouvert n'est jamais refermé.");
  });

  it("uses a separator given by the caller", () => {
    expect(parseCsv("a;b,c", { separator: "," }).rows[0]!.cells).toEqual(["a;b", "c"]);
  });
});

describe("a file that is not text", () => {
  it.each([
    ["a ZIP archive", [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /archive ZIP/],
    ["an Excel 97 workbook", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /Excel 97-2003/],
    ["a program", [0x4d, 0x5a, 0x90, 0x00], /un programme/],
    ["a PNG image", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], /image PNG/],
    ["UTF-16 text", [0xff, 0xfe, 0x43, 0x00, 0x6c, 0x00], /binaire \(ou un texte UTF-16\)/],
  ])("is refused as %s, whatever its name, in French", (_, bytes, kind) => {
    expect(() => decodeCsvBytes(new Uint8Array([...bytes, 0x3b, 0x41]))).toThrow(kind);
    expect(() => decodeCsvBytes(new Uint8Array(bytes))).toThrow(CsvSyntaxError);
  });

  it("still reads a CSV in UTF-8 and in Windows-1252", () => {
    expect(decodeCsvBytes(new TextEncoder().encode("Classe;Élève\r\n"))).toBe("Classe;Élève\r\n");
    expect(decodeCsvBytes(new Uint8Array([0x43, 0x3b, 0xe9]))).toBe("C;é");
  });
});
