import { describe, expect, it } from "vitest";
import { cleanInput, MALFORMED_TEXT } from "./input-text";

describe("cleanInput", () => {
  it("composes every text to NFC, deep in arrays and objects", () => {
    const result = cleanInput({ name: "Se\u0301verine", list: ["e\u0301"], nested: { city: "Dijo\u0301n" } });
    expect(result).toEqual({ ok: true, value: { name: "Séverine", list: ["é"], nested: { city: "Dijón" } } });
  });

  it.each([
    ["a lone surrogate", "x\ud800y"],
    ["a NUL character", "a\u0000b"],
    ["a control character", "a\u0007b"],
    ["a right-to-left override", "fichier\u202efdp.exe"],
    ["a bidirectional isolate", "\u2066abc\u2069"],
    ["a replacement character (a lone surrogate once sent through a form)", "x\ufffdy"],
  ])("refuses %s in French, naming the field", (_, text) => {
    expect(cleanInput({ groups: [{ name: text }] })).toEqual({ ok: false, field: "groups.0.name", message: MALFORMED_TEXT });
  });

  it("keeps tabs and line breaks, zero-width characters and passwords as typed", () => {
    const result = cleanInput({ notes: "a\tb\r\nc", name: "nom\u200bcaché", newPassword: "e\u0301\u0000" });
    expect(result).toEqual({ ok: true, value: { notes: "a\tb\r\nc", name: "nom\u200bcaché", newPassword: "e\u0301\u0000" } });
  });

  it("keeps __proto__ an own key for the strict schema to refuse, never a prototype", () => {
    const result = cleanInput(JSON.parse('{"__proto__": {"isAdmin": true}, "a": "b"}'));
    expect(result.ok).toBe(true);
    const value = (result as { value: Record<string, unknown> }).value;
    expect(Object.keys(value)).toEqual(["__proto__", "a"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect((value as { isAdmin?: unknown }).isAdmin).toBeUndefined();
  });

  it("leaves files, numbers and dates alone", () => {
    const file = new File(["x"], "a.pdf");
    const date = new Date();
    expect(cleanInput({ file, n: NaN, date })).toEqual({ ok: true, value: { file, n: NaN, date } });
  });
});
