// CSV files that Excel in French opens as they are: UTF-8 with a byte order
// mark, ";" between cells, CRLF between lines, numbers with a decimal comma.
// A text cell that a spreadsheet would take for a formula (starting with =, +,
// -, @, or a tab or carriage return) is neutralised with a leading apostrophe,
// so that an exported value can never run as a formula (CSV injection).

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const frenchNumber = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2, useGrouping: false });

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(value: CsvCell): string {
  if (value === null) return "";
  // Numbers are written by us, never typed by a user: a minus sign starts a number, not a formula.
  const text = typeof value === "number" ? (Number.isFinite(value) ? frenchNumber.format(value) : "") : neutralise(value);
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(";")).join("\r\n")}\r\n`;
}

/** The headers of a CSV download. */
export function csvHeaders(fileName: string): HeadersInit {
  const ascii = fileName.replace(/[^\w.-]+/g, "-");
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}
