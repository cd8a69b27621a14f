// Reading CSV files as school administration software and spreadsheets
// export them: UTF-8 (with or without BOM) or Windows-1252, ";", "," or tab
// separated, RFC 4180 quoting. Pure: no I/O, no dependencies.

export type CsvSeparator = ";" | "," | "\t";

/** One record of the file, with the line (1-based) it starts on, to tell the user where it is. */
export type CsvRow = { line: number; cells: string[] };

/** A file that cannot be read as CSV (e.g. a quote that is never closed). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

// Windows-1252 characters of the bytes 0x80 to 0x9F; the five unassigned bytes stay as they are.
const windows1252C1 = [..."€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"];

/**
 * The text of a file: UTF-8 when its bytes are valid UTF-8 (the BOM, if any,
 * is dropped), else Windows-1252, which is what spreadsheets on Windows write
 * when "CSV (séparateur : point-virgule)" is chosen.
 */
export function decodeCsvBytes(bytes: ArrayBuffer | Uint8Array): string {
  const kind = binaryKind(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  if (kind) {
    throw new CsvSyntaxError(
      1,
      `Ce fichier n'est pas un fichier CSV mais ${kind}, quel que soit son nom : depuis le tableur, enregistrez-le au format « CSV (séparateur : point-virgule) » et déposez ce fichier-là.`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Some runtimes (Node 20) decode "windows-1252" as ISO-8859-1: map the bytes 0x80-0x9F (œ, €, ’…) here.
    return new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009f]/g, (c) => windows1252C1[c.charCodeAt(0) - 0x80] ?? c);
  }
}

const signatures: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], "une archive ZIP (ou un classeur Excel, OpenDocument)"],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "un classeur Excel 97-2003 (ou un autre document Office)"],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], "un document PDF"],
  [[0x89, 0x50, 0x4e, 0x47], "une image PNG"],
  [[0xff, 0xd8, 0xff], "une image JPEG"],
  [[0x47, 0x49, 0x46, 0x38], "une image GIF"],
  [[0x4d, 0x5a], "un programme"],
  [[0x7f, 0x45, 0x4c, 0x46], "un programme"],
];

/** What a file is when it is not text, from its first bytes: a text CSV never holds a NUL byte either. */
function binaryKind(bytes: Uint8Array): string | null {
  for (const [signature, kind] of signatures) if (signature.every((b, i) => bytes[i] === b)) return kind;
  return bytes.subarray(0, 4096).includes(0) ? "un fichier binaire (ou un texte UTF-16)" : null;
}

/** The separator of the header line: the most frequent of ";", "," and tab outside quotes (";" when tied or absent). */
export function detectSeparator(text: string): CsvSeparator {
  let semicolons = 0;
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      quoted = !quoted;
      seenContent = true;
    } else if (!quoted && (char === "\n" || char === "\r")) {
      // Blank lines before the header do not end it.
      if (seenContent) break;
    } else if (!quoted && char === ";") {
      semicolons++;
      seenContent = true;
    } else if (!quoted && char === ",") {
      commas++;
      seenContent = true;
    } else if (!quoted && char === "\t" && seenContent) {
      tabs++;
    } else if (char !== " " && char !== "\t") {
      seenContent = true;
    }
  }
  if (tabs > semicolons && tabs > commas) return "\t";
  return commas > semicolons ? "," : ";";
}

/**
 * The records of a CSV text. Quoted fields may hold separators, doubled quotes
 * and line breaks; lines end with LF, CRLF or CR; records whose cells are all
 * blank are skipped. Lenient where spreadsheets are (a stray quote inside an
 * unquoted field is kept as text), strict where data would be lost: a quote
 * opened and never closed is a CsvSyntaxError.
 */
export function parseCsv(text: string, options: { separator?: CsvSeparator } = {}): { separator: CsvSeparator; rows: CsvRow[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = options.separator ?? detectSeparator(source);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoteOpenedOn = 0;
  let inQuotes = false;
  let fieldStarted = false;

  const endField = () => {
    cells.push(field);
    field = "";
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (cells.some((cell) => cell.trim() !== "")) rows.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (inQuotes) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (char === "\n" || (char === "\r" && source[i + 1] !== "\n")) line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && !fieldStarted) {
      // Spaces before an opening quote are not part of the field.
      field = "";
      inQuotes = true;
      fieldStarted = true;
      quoteOpenedOn = line;
    } else if (char === separator) {
      endField();
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
      if (char !== " " && char !== "\t") fieldStarted = true;
    }
  }
  if (inQuotes) {
    throw new CsvSyntaxError(quoteOpenedOn, `Ligne ${quoteOpenedOn} : un guillemet ouvert n'est jamais refermé.`);
  }
  if (field !== "" || cells.length > 0) endRecord();
  return { separator, rows };
}
