// Every text a client sends is cleaned once, at the door, before any schema
// reads it: composed to NFC (so that "é" typed as e + accent and "é" typed as
// one character are the same name, found by the same search), and refused
// when it is not well-formed Unicode (a lone surrogate would reach the
// database as a replacement character) or holds a control character (see
// FORBIDDEN). Passwords are kept byte for byte:
// the sign-in path compares them as typed.

export type CleanedInput = { ok: true; value: unknown } | { ok: false; field: string; message: string };

const keptAsTyped = /password|confirmation/i;

/**
 * Control characters no form sends (tab, line feed and carriage return
 * aside), NUL among them, which PostgreSQL's text cannot even store; and the
 * bidirectional overrides and isolates, which make a text read otherwise than
 * it is written ("fichier\u202Efdp.exe" shows as "fichierexe.pdf"); and the
 * replacement character, which is what a lone surrogate becomes in a form
 * (FormData and browsers encode text as UTF-8, replacing what they cannot).
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069\ufffd]/;

export const MALFORMED_TEXT = "Ce texte contient un caractère invalide.";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function cleanInput(value: unknown): CleanedInput {
  let failure: { field: string } | null = null;
  const clean = (current: unknown, path: string, depth: number): unknown => {
    if (failure) return current;
    if (typeof current === "string") {
      if (keptAsTyped.test(path.split(".").pop() ?? "")) return current;
      if (!current.isWellFormed() || FORBIDDEN.test(current)) {
        failure = { field: path || "_" };
        return current;
      }
      return current.normalize("NFC");
    }
    // Deeper than any form of the app: left to the schema, which refuses it.
    if (depth > 8) return current;
    if (Array.isArray(current)) return current.map((item, i) => clean(item, path ? `${path}.${i}` : String(i), depth + 1));
    if (!isPlainObject(current)) return current;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(current)) {
      // defineProperty keeps "__proto__" an own key for the strict schema to refuse, never a prototype.
      Object.defineProperty(out, key, {
        value: clean(current[key], path ? `${path}.${key}` : key, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
  const cleaned = clean(value, "", 0);
  if (failure) return { ok: false, field: (failure as { field: string }).field, message: MALFORMED_TEXT };
  return { ok: true, value: cleaned };
}
