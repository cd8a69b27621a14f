import { describe, expect, it } from "vitest";
import { createDivisionSchema, importFileSchema } from "./schemas";

const valid = {
  establishmentId: "7d3c9a44-5b4e-4e1b-9a43-3f2f4a1d2e10",
  schoolYear: "2026-2027",
  name: "  2  MELEC ",
  diploma: "BAC_PRO",
  yearOfStudy: "1",
  trade: "",
  headcount: "28",
};

describe("the input of a class", () => {
  it("accepts form values: numbers as text, a school year as 2026-2027, a name trimmed", () => {
    expect(createDivisionSchema.parse(valid)).toEqual({ ...valid, schoolYear: 2026, name: "2 MELEC", yearOfStudy: 1, headcount: 28 });
  });

  it("refuses a year of study the diploma does not have, in French", () => {
    const result = createDivisionSchema.safeParse({ ...valid, diploma: "COLLEGE", yearOfStudy: "2" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["yearOfStudy", "L'année 2 n'existe pas en Collège (années possibles : 6, 5, 4, 3)."],
    ]);
  });

  it("refuses a headcount that is not a whole number between 0 and 999, a name with a control character, unknown fields", () => {
    const messages = (input: object) => createDivisionSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(messages({ ...valid, headcount: "28,5" })).toEqual(["L'effectif doit être un nombre entier."]);
    expect(messages({ ...valid, headcount: "1000" })).toEqual(["L'effectif ne doit pas dépasser 999 élèves."]);
    expect(messages({ ...valid, headcount: "-1" })).toEqual(["L'effectif ne peut pas être négatif."]);
    expect(messages({ ...valid, name: "2A\n" })).toBeUndefined();
    expect(messages({ ...valid, name: "2\tA" })).toEqual(["Le nom de la classe contient un caractère invalide."]);
    expect(messages({ ...valid, name: "A".repeat(41) })).toEqual(["Le nom de la classe ne doit pas dépasser 40 caractères."]);
    expect(createDivisionSchema.safeParse({ ...valid, previousDivisionId: null }).success).toBe(false);
  });
});

describe("the uploaded file", () => {
  it("accepts a CSV or text file and refuses other types, empty files and files over 5 Mo", () => {
    const message = (file: unknown) => importFileSchema.safeParse(file).error?.issues[0]?.message;
    expect(message(new File(["a;b"], "classes.csv", { type: "text/csv" }))).toBeUndefined();
    expect(message(new File(["a;b"], "CLASSES.CSV", { type: "application/vnd.ms-excel" }))).toBeUndefined();
    expect(message(new File(["a;b"], "export.txt", { type: "text/plain" }))).toBeUndefined();
    expect(message(new File(["PK"], "classes.xlsx", { type: "" }))).toMatch(/n'est pas un fichier CSV/);
    expect(message(new File(["%PDF"], "classes.csv", { type: "application/pdf" }))).toMatch(/n'est pas un fichier CSV/);
    expect(message(new File([], "classes.csv", { type: "text/csv" }))).toBe("Le fichier est vide.");
    expect(message(new File([new Uint8Array(5 * 1024 * 1024 + 1)], "classes.csv"))).toMatch(/dépasse 5 Mo/);
    expect(message("classes.csv")).toBe("Choisissez un fichier CSV.");
    expect(message(new File([], "", { type: "application/octet-stream" }))).toBe("Choisissez un fichier CSV.");
  });
});
