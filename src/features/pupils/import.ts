// Reading a list of pupils from the CSV export of the school administration's
// software (SIECLE, Pronote…) or a spreadsheet. Pure: the service checks the
// classes against the database, and never trusts a preview the browser sends.
import { NAME_MAX as CLASS_NAME_MAX, divisionNameKey, hasControlCharacter } from "@/features/divisions/schemas";
import { CsvSyntaxError, decodeCsvBytes, parseCsv, type CsvRow } from "@/lib/csv";
import { firstNameSchema, lastNameSchema, localIdSchema, pupilNameKey } from "./schemas";

export type PupilRow = { line: number; lastName: string; firstName: string; className: string; localId: string | null };
export type RowError = { line: number; messages: string[] };
export type PupilImport = { rows: PupilRow[]; errors: RowError[]; totalLines: number };

type Field = "lastName" | "firstName" | "className" | "localId";

/** Lower-case, accents and punctuation removed: "N° interne" → "n interne". */
function headerKey(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const headerSynonyms: Record<Field, string[]> = {
  lastName: ["nom", "noms", "nom de famille", "nom famille", "nom eleve", "nom de l eleve", "nom d usage", "nom usuel", "nom patronymique"],
  firstName: ["prenom", "prenoms", "prenom 1", "premier prenom", "prenom eleve", "prenom de l eleve", "prenom usuel"],
  className: ["classe", "division", "code division", "code classe", "div", "structure", "code structure", "libelle classe", "libelle division", "classe eleve"],
  localId: [
    "ine",
    "n ine",
    "no ine",
    "numero ine",
    "identifiant",
    "identifiant national",
    "identifiant eleve",
    "id",
    "id eleve",
    "id national",
    "ele id",
    "eleve id",
    "n interne",
    "no interne",
    "numero interne",
    "num interne",
    "n eleve",
    "no eleve",
    "numero eleve",
    "matricule",
  ],
};
/** Headers that start like a synonym but mean something else. */
const notAField = new Set(["classe precedente", "division precedente", "nom du responsable", "nom responsable", "prenom du responsable", "prenom responsable"]);
/** Synonyms too short or too common to be recognised at the start of a longer header. */
const exactOnly = new Set(["nom", "noms", "div", "id", "ine"]);

function fieldOfHeader(header: string): Field | undefined {
  const key = headerKey(header);
  if (!key || notAField.has(key) || key.includes("responsable") || key.includes("naissance")) return undefined;
  let best: { field: Field; length: number } | undefined;
  for (const [field, synonyms] of Object.entries(headerSynonyms) as [Field, string[]][]) {
    for (const synonym of synonyms) {
      if (key === synonym) return field;
      if (!exactOnly.has(synonym) && key.startsWith(`${synonym} `) && synonym.length > (best?.length ?? 0)) {
        best = { field, length: synonym.length };
      }
    }
  }
  return best?.field;
}

function shown(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 39)}…` : value;
  return `« ${short} »`;
}

type Columns = Partial<Record<Field, number>>;

function columnsOf(header: string[]): Columns {
  const columns: Columns = {};
  header.forEach((cell, index) => {
    const field = fieldOfHeader(cell);
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

function readRow(row: CsvRow, columns: Columns): { row?: PupilRow; messages: string[] } {
  const cell = (field: Field) => {
    const index = columns[field];
    return index === undefined ? "" : (row.cells[index] ?? "").normalize("NFC").trim();
  };
  const problems: string[] = [];
  // Cells are plain text: "=1+1" is a name, never a formula.
  const lastName = lastNameSchema.safeParse(cell("lastName"));
  if (!lastName.success) problems.push(lastName.error.issues[0]!.message.replace(/\.$/, "").replace(/^Le nom/, "le nom"));
  const firstName = firstNameSchema.safeParse(cell("firstName"));
  if (!firstName.success) problems.push(firstName.error.issues[0]!.message.replace(/\.$/, "").replace(/^Le prénom/, "le prénom"));
  const className = cell("className").replace(/\s+/g, " ");
  if (className === "") problems.push("la classe est vide");
  else if (hasControlCharacter(className) || className.length > CLASS_NAME_MAX) problems.push(`la classe ${shown(className)} n'est pas un nom de classe valide`);
  const localId = localIdSchema.safeParse(cell("localId"));
  if (!localId.success) problems.push(`${localId.error.issues[0]!.message.replace(/\.$/, "").replace(/^L'identifiant/, `l'identifiant ${shown(cell("localId"))}`)}`);
  const messages = problems.map((problem) => `Ligne ${row.line} : ${problem}.`);
  if (problems.length > 0 || !lastName.success || !firstName.success || !localId.success) return { messages };
  return { row: { line: row.line, lastName: lastName.data, firstName: firstName.data, className, localId: localId.data }, messages };
}

const fieldNames: Record<"lastName" | "firstName" | "className", string> = {
  lastName: "« Nom »",
  firstName: "« Prénom »",
  className: "« Classe » (ou « Division »)",
};

/** The pupils of a parsed file: its valid rows, and each bad row with its French messages. */
export function validatePupilRows(csvRows: CsvRow[]): PupilImport {
  const [header, ...data] = csvRows;
  if (!header) return { rows: [], errors: [{ line: 1, messages: ["Le fichier est vide."] }], totalLines: 0 };
  const columns = columnsOf(header.cells);
  const missing = (["lastName", "firstName", "className"] as const).filter((field) => columns[field] === undefined);
  if (missing.length > 0) {
    const read = header.cells.map((cell) => shown(cell.trim())).join(", ");
    const plural = missing.length > 1 ? "s" : "";
    return {
      rows: [],
      errors: [
        {
          line: header.line,
          messages: [
            `Ligne ${header.line} : colonne${plural} introuvable${plural} : ${missing.map((field) => fieldNames[field]).join(", ")}. Colonnes lues : ${read}.`,
          ],
        },
      ],
      totalLines: data.length,
    };
  }
  const rows: PupilRow[] = [];
  const errors: RowError[] = [];
  const lineOfId = new Map<string, number>();
  const lineOfPupil = new Map<string, number>();
  for (const csvRow of data) {
    const { row, messages } = readRow(csvRow, columns);
    if (row?.localId) {
      const key = row.localId.toUpperCase();
      const first = lineOfId.get(key);
      if (first === undefined) lineOfId.set(key, csvRow.line);
      else messages.push(`Ligne ${csvRow.line} : l'identifiant ${shown(row.localId)} figure déjà ligne ${first} du fichier.`);
    }
    if (row && messages.length === 0) {
      const key = `${pupilNameKey(row.lastName, row.firstName)}|${divisionNameKey(row.className)}`;
      const first = lineOfPupil.get(key);
      if (first === undefined) lineOfPupil.set(key, csvRow.line);
      else if (!row.localId) messages.push(`Ligne ${csvRow.line} : ${row.firstName} ${row.lastName} (${row.className}) figure déjà ligne ${first} du fichier.`);
    }
    if (messages.length > 0) errors.push({ line: csvRow.line, messages });
    else if (row) rows.push(row);
  }
  return { rows, errors, totalLines: data.length };
}

/** A file's bytes, decoded (UTF-8 or Windows-1252), parsed (";", "," or tab) and validated. */
export function readPupilFile(bytes: ArrayBuffer | Uint8Array): PupilImport {
  try {
    return validatePupilRows(parseCsv(decodeCsvBytes(bytes)).rows);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { rows: [], errors: [{ line: error.line, messages: [error.message] }], totalLines: 0 };
    throw error;
  }
}
