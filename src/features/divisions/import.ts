// Reading a list of classes from a CSV file as school administration software
// or a spreadsheet exports it. Pure: the service checks the result against
// the database, and never trusts a preview the browser sends back.
import { diplomaLabels, isYearOfStudy, yearsOfStudy, type Diploma } from "@/features/frameworks/diplomas";
import { CsvSyntaxError, decodeCsvBytes, parseCsv, type CsvRow } from "@/lib/csv";
import { divisionNameKey, hasControlCharacter, HEADCOUNT_MAX, NAME_MAX, TRADE_MAX } from "./schemas";

export type ValidRow = { line: number; name: string; diploma: Diploma; yearOfStudy: number; trade: string; headcount: number };
export type RowError = { line: number; messages: string[] };
export type DivisionImport = { rows: ValidRow[]; errors: RowError[]; totalLines: number };

type Field = "name" | "diploma" | "year" | "trade" | "headcount";

/** Lower-case, accents and punctuation removed: "Nombre d'élèves" → "nombre d eleves". */
function headerKey(header: string): string {
  return header
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const headerSynonyms: Record<Field, string[]> = {
  name: ["classe", "division", "code division", "code classe", "nom classe", "nom de classe", "nom de la classe", "libelle classe", "libelle division", "div", "structure", "code structure", "nom"],
  diploma: ["formation", "diplome", "diplome prepare", "mef", "code mef", "libelle mef", "mef stat", "libelle formation", "formation suivie", "cycle"],
  year: ["annee", "niveau", "annee de formation", "annee d etude", "annee d etudes", "annee de la formation", "annee du cycle"],
  trade: ["specialite", "specialites", "filiere", "option", "specialite professionnelle", "famille de metiers", "metier", "libelle specialite"],
  headcount: ["effectif", "effectifs", "eleves", "nombre d eleves", "nombre eleves", "nombre de eleves", "nb eleves", "nb d eleves", "effectif total"],
};
/** Headers that start like a synonym but mean something else. */
const notAField = new Set(["annee scolaire", "classe precedente", "division precedente", "niveau scolaire"]);
/** Synonyms too short or too common to be recognised at the start of a longer header ("Nom de l'élève"). */
const exactOnly = new Set(["nom", "div", "option", "cycle", "mef"]);

/** The field of a header: an exact synonym, else the longest synonym it starts with ("Effectif (élèves)"). */
function fieldOfHeader(header: string): Field | undefined {
  const key = headerKey(header);
  if (!key || notAField.has(key)) return undefined;
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

/** Upper-case, accents and punctuation removed: "1ère Pro" → "1ERE PRO". */
function labelKey(label: string): string {
  return label
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();
}

const bacProWithYear = /(?:^| )(?:2NDE?|2DE|1ERE|1RE|1|TLE|TERM|T)PRO(?: |$)|(?:^| )(?:SECONDE|PREMIERE|TERMINALE|2NDE?|2DE|1ERE|1RE|TLE|TERM) PRO(?: |$)/;
const collegeYear = /(?:^| )([3-6]) ?(?:E|EME|IEME)(?= |$)/;
const collegeWords: Record<string, number> = { SIXIEME: 6, CINQUIEME: 5, QUATRIEME: 4, TROISIEME: 3 };

/** The diploma a label names: "1CAP2", "Bac Pro", "BCP", "2NDPRO", "Seconde professionnelle", "6EME", "Collège"… */
export function diplomaOfLabel(label: string): Diploma | undefined {
  const key = labelKey(label);
  if (/(?:^|[^A-Z])CAP(?:[^A-Z]|$)/.test(key)) return "CAP";
  if (/BAC ?PRO|(?:^| )BCP(?: |$)|PROFESSIONNEL/.test(key) || bacProWithYear.test(key)) return "BAC_PRO";
  if (/(?:^| )COLLEGE(?: |$)/.test(key) || collegeYear.test(key) || Object.keys(collegeWords).some((w) => key.split(" ").includes(w))) {
    return "COLLEGE";
  }
  return undefined;
}

/**
 * The year of study a label names for a diploma: "1CAP2" → 1, "TLEPRO" → 3,
 * "Première" in Bac Pro → 2 but in CAP → 1, "6e" → 6. A bare number ("2")
 * is read as the year of study only in a year column (`bareNumber`).
 */
export function yearOfLabel(label: string, diploma: Diploma, bareNumber = false): number | undefined {
  const key = labelKey(label);
  if (bareNumber && /^\d{1,2}$/.test(key)) return Number(key);
  const annee =
    /(?:^| )([1-6]) ?(?:ER|ERE|RE|E|EME|IEME|ND|NDE|DE)? ?ANNEE(?: |$)/.exec(key)?.[1] ??
    { PREMIERE: "1", DEUXIEME: "2", TROISIEME: "3" }[/(?:^| )(PREMIERE|DEUXIEME|TROISIEME) ANNEE(?: |$)/.exec(key)?.[1] ?? ""];
  if (annee) return Number(annee);
  if (diploma === "CAP") {
    const digit = /(?:^| )([12]) ?CAP/.exec(key)?.[1] ?? /(?:^| )CAP ?([12])(?! ?ANS)(?: |$)/.exec(key)?.[1];
    if (digit) return Number(digit);
    if (/^(?:1ER|1ERE|1RE|PREMIERE)$/.test(key)) return 1;
    if (/^(?:2E|2EME|2ND|2NDE|2DE|DEUXIEME|SECONDE)$/.test(key)) return 2;
    return undefined;
  }
  if (diploma === "BAC_PRO") {
    if (/(?:^| )(?:2NDE?|2DE|SECONDE)(?=PRO| |$)/.test(key)) return 1;
    if (/(?:^| )(?:(?:1ERE|1RE|PREMIERE)(?=PRO| |$)|1(?= ?PRO))/.test(key)) return 2;
    if (/(?:^| )(?:(?:TLE|TERM|TERMINALE)(?=PRO| |$)|T(?= ?PRO))/.test(key)) return 3;
    return undefined;
  }
  const digit = collegeYear.exec(key)?.[1];
  if (digit) return Number(digit);
  const word = key.split(" ").find((w) => w in collegeWords);
  return word ? collegeWords[word] : undefined;
}

/** A cell as quoted in a message: short, and never mistaken for the sentence around it. */
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

function readRow(row: CsvRow, columns: Columns): { row?: ValidRow; name?: string; messages: string[] } {
  const cell = (field: Field) => {
    const index = columns[field];
    return index === undefined ? "" : (row.cells[index] ?? "").normalize("NFC").trim();
  };
  const problems: string[] = [];
  // Cells are kept as plain text: "=1+1" is a class named "=1+1", never a formula.
  const name = cell("name").replace(/ {2,}/g, " ");
  if (name === "") problems.push("le nom de la classe est vide");
  else if (hasControlCharacter(name)) problems.push(`le nom de la classe ${shown(name)} contient un caractère invalide`);
  else if (name.length > NAME_MAX) problems.push(`le nom de la classe ${shown(name)} dépasse ${NAME_MAX} caractères`);

  const formation = cell("diploma");
  const yearCell = cell("year");
  let diploma = formation ? diplomaOfLabel(formation) : undefined;
  let yearOfStudy: number | undefined;
  if (formation === "") problems.push("la formation est vide");
  else if (!diploma) problems.push(`la formation ${shown(formation)} n'est pas reconnue (CAP, Bac Pro ou collège attendu)`);
  if (diploma) {
    const fromFormation = yearOfLabel(formation, diploma);
    const yearDiploma = yearCell ? diplomaOfLabel(yearCell) : undefined;
    const fromYear = yearCell ? yearOfLabel(yearCell, diploma, true) : undefined;
    if (yearDiploma && yearDiploma !== diploma) {
      problems.push(`l'année ${shown(yearCell)} ne correspond pas à la formation ${shown(formation)}`);
      diploma = undefined;
    } else if (yearCell && fromYear === undefined) {
      problems.push(`l'année ${shown(yearCell)} n'est pas reconnue`);
    } else if (fromYear !== undefined && fromFormation !== undefined && fromYear !== fromFormation) {
      problems.push(`l'année ${shown(yearCell)} ne correspond pas à la formation ${shown(formation)}`);
    } else {
      yearOfStudy = fromYear ?? fromFormation;
      if (yearOfStudy === undefined) {
        problems.push(`l'année de formation manque pour ${shown(formation)} (par exemple 1CAP2, 2NDPRO ou une colonne « Année »)`);
      } else if (!isYearOfStudy(diploma, yearOfStudy)) {
        problems.push(
          `l'année ${yearOfStudy} n'existe pas en ${diplomaLabels[diploma]} (années possibles : ${yearsOfStudy[diploma].join(", ")})`,
        );
      }
    }
  }

  const trade = cell("trade").replace(/ {2,}/g, " ");
  if (hasControlCharacter(trade)) problems.push("la spécialité contient un caractère invalide");
  else if (trade.length > TRADE_MAX) problems.push(`la spécialité dépasse ${TRADE_MAX} caractères`);

  const headcountCell = cell("headcount");
  let headcount = 0;
  if (headcountCell !== "") {
    if (!/^[-+]?\d+$/.test(headcountCell)) problems.push(`l'effectif ${shown(headcountCell)} n'est pas un nombre entier`);
    else {
      headcount = Number(headcountCell);
      if (headcount < 0 || headcount > HEADCOUNT_MAX) {
        problems.push(`l'effectif ${shown(headcountCell)} doit être compris entre 0 et ${HEADCOUNT_MAX}`);
      }
    }
  }

  const messages = problems.map((problem) => `Ligne ${row.line} : ${problem}.`);
  if (problems.length > 0 || !diploma || yearOfStudy === undefined) return { name: name || undefined, messages };
  return { row: { line: row.line, name, diploma, yearOfStudy, trade, headcount }, name, messages };
}

const fieldNames: Record<"name" | "diploma", string> = {
  name: "« Classe » (ou « Division », « Code division »)",
  diploma: "« Formation » (ou « Diplôme », « MEF »)",
};

/** The classes of a parsed file: its valid rows, and each bad row with its French messages. */
export function validateDivisionRows(csvRows: CsvRow[]): DivisionImport {
  const [header, ...data] = csvRows;
  if (!header) return { rows: [], errors: [{ line: 1, messages: ["Le fichier est vide."] }], totalLines: 0 };
  const columns = columnsOf(header.cells);
  const missing = (["name", "diploma"] as const).filter((field) => columns[field] === undefined);
  if (missing.length > 0) {
    const read = header.cells.map((cell) => shown(cell.trim())).join(", ");
    return {
      rows: [],
      errors: [
        {
          line: header.line,
          messages: [
            `Ligne ${header.line} : colonne${missing.length > 1 ? "s" : ""} introuvable${missing.length > 1 ? "s" : ""} : ${missing
              .map((field) => fieldNames[field])
              .join(" et ")}. Colonnes lues : ${read}.`,
          ],
        },
      ],
      totalLines: data.length,
    };
  }

  const rows: ValidRow[] = [];
  const errors: RowError[] = [];
  const firstLineOf = new Map<string, number>();
  for (const csvRow of data) {
    const { row, name, messages } = readRow(csvRow, columns);
    if (name) {
      const key = divisionNameKey(name);
      const first = firstLineOf.get(key);
      if (first === undefined) firstLineOf.set(key, csvRow.line);
      else messages.push(`Ligne ${csvRow.line} : la classe ${shown(name)} figure déjà ligne ${first} du fichier.`);
    }
    if (messages.length > 0) errors.push({ line: csvRow.line, messages });
    else if (row) rows.push(row);
  }
  return { rows, errors, totalLines: data.length };
}

/** A file's bytes, decoded, parsed and validated. */
export function readDivisionFile(bytes: ArrayBuffer | Uint8Array): DivisionImport {
  try {
    return validateDivisionRows(parseCsv(decodeCsvBytes(bytes)).rows);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { rows: [], errors: [{ line: error.line, messages: [error.message] }], totalLines: 0 };
    throw error;
  }
}
