// UAI (unité administrative immatriculée): the national identifier of a school,
// seven digits followed by a check letter derived from them.

const CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
const UAI_SHAPE = /^\d{7}[A-Z]$/;

/** The check letter for the seven digits of a UAI. */
export function uaiCheckLetter(digits: string): string {
  if (!/^\d{7}$/.test(digits)) throw new RangeError(`expected seven digits, got "${digits}"`);
  return CHECK_LETTERS[Number(digits) % CHECK_LETTERS.length]!;
}

/** Trims and upper-cases what a person typed, e.g. " 0210015c " → "0210015C". */
export function normalizeUai(input: string): string {
  return input.trim().toUpperCase();
}

export type UaiProblem = "shape" | "check-letter";

/** Why a normalised UAI is not valid, or null when it is. */
export function uaiProblem(uai: string): UaiProblem | null {
  if (!UAI_SHAPE.test(uai)) return "shape";
  return uaiCheckLetter(uai.slice(0, 7)) === uai[7] ? null : "check-letter";
}

export function isValidUai(uai: string): boolean {
  return uaiProblem(uai) === null;
}

/** The valid UAI named by a URL segment ("0210047m", "%20..."), or null. */
export function uaiFromSegment(segment: string): string | null {
  let uai: string;
  try {
    uai = normalizeUai(decodeURIComponent(segment));
  } catch {
    return null;
  }
  return isValidUai(uai) ? uai : null;
}
