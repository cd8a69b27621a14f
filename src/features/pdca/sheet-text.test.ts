import { describe, expect, it } from "vitest";
import { itemKeyFor, itemsFromText, itemsToText } from "./sheet-text";

describe("a section's items as text", () => {
  const items = [
    { kind: "QUESTION" as const, text: "Le pilotage des actions est-il mis en place ?", subItems: [] },
    { kind: "INDICATOR" as const, text: "Taux d’absentéisme", subItems: ["par niveau", "par période"] },
    { kind: "GUIDANCE" as const, text: "Points forts", subItems: [] },
  ];

  it("round-trips", () => {
    const text = itemsToText(items);
    expect(text).toBe("Q : Le pilotage des actions est-il mis en place ?\nI : Taux d’absentéisme\n    • par niveau\n    • par période\nR : Points forts");
    expect(itemsFromText(text)).toEqual({ ok: true, items });
  });

  it("reads lower-case prefixes, dashes and blank lines", () => {
    expect(itemsFromText("q: Une question ?\n\n  - un point\ni:Un indicateur")).toEqual({
      ok: true,
      items: [
        { kind: "QUESTION", text: "Une question ?", subItems: ["un point"] },
        { kind: "INDICATOR", text: "Un indicateur", subItems: [] },
      ],
    });
  });

  it("names every bad line in French", () => {
    expect(itemsFromText("  • orphelin\nSans préfixe\nQ : bonne")).toEqual({
      ok: false,
      errors: [
        "Ligne 1 : un sous-élément doit suivre un élément.",
        "Ligne 2 : commencez par « Q : » (question), « I : » (indicateur) ou « R : » (repère).",
      ],
    });
  });
});

describe("itemKeyFor", () => {
  it("makes a readable key, unique within the sheet", () => {
    const taken = new Set(["taux-absenteisme-par-niveau"]);
    expect(itemKeyFor("Taux d’absentéisme par niveau", taken)).toBe("taux-absenteisme-par-niveau-2");
    expect(itemKeyFor("Taux d’absentéisme par niveau", taken)).toBe("taux-absenteisme-par-niveau-3");
    expect(itemKeyFor("?", taken)).toBe("element");
  });
});
