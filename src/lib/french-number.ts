// Numbers as French staff type them: a comma (or a point) before the
// decimals, and optionally a space every three digits ("1 234,5"). Anything
// else — exponents, "NaN", "Infinity", a second separator — is refused with a
// sentence to show next to the field, never guessed.

export type FrenchDecimalOptions = {
  /** Smallest accepted value (inclusive); no lower bound when absent. */
  min?: number;
  /** Largest accepted value (inclusive); no upper bound when absent. */
  max?: number;
  /** Most decimals accepted (0 for whole numbers); 2 when absent. */
  decimals?: number;
};

export type FrenchDecimalResult = { ok: true; value: number } | { ok: false; message: string };

const NOT_A_NUMBER = "Saisissez un nombre, par exemple 12,5.";

// Spaces a French keyboard or a copied figure may put between groups of digits:
// space, no-break space, narrow no-break space.
const groupSpace = "[ \\u00A0\\u202F]";
const pattern = new RegExp(
  `^(?<sign>[-\\u2212])?(?<int>\\d{1,3}(?:${groupSpace}\\d{3})+|\\d+)?(?:[.,](?<frac>\\d+))?$`,
);

const frenchFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 20 });

function decimalsMessage(decimals: number): string {
  if (decimals === 0) return "Saisissez un nombre entier.";
  return `Saisissez au plus ${decimals} décimale${decimals > 1 ? "s" : ""}.`;
}

export function parseFrenchDecimal(text: string, options: FrenchDecimalOptions = {}): FrenchDecimalResult {
  const { min, max, decimals = 2 } = options;
  const trimmed = text.replace(/^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g, "");
  if (trimmed === "" || trimmed.length > 40) return { ok: false, message: NOT_A_NUMBER };
  const match = pattern.exec(trimmed);
  const groups = match?.groups;
  if (!groups || (groups.int === undefined && groups.frac === undefined)) return { ok: false, message: NOT_A_NUMBER };
  const frac = groups.frac ?? "";
  if (frac.length > decimals) return { ok: false, message: decimalsMessage(decimals) };
  const digits = (groups.int ?? "0").replace(/[^\d]/g, "");
  const magnitude = Number(frac ? `${digits}.${frac}` : digits);
  if (!Number.isFinite(magnitude)) return { ok: false, message: NOT_A_NUMBER };
  // "-0" is 0: a sign on nothing changes nothing.
  const value = groups.sign && magnitude !== 0 ? -magnitude : magnitude;
  if (min !== undefined && value < min) {
    return {
      ok: false,
      message: min === 0 ? "Saisissez un nombre positif ou nul." : `Saisissez un nombre supérieur ou égal à ${frenchFormat.format(min)}.`,
    };
  }
  if (max !== undefined && value > max) {
    return { ok: false, message: `Saisissez un nombre inférieur ou égal à ${frenchFormat.format(max)}.` };
  }
  return { ok: true, value };
}
