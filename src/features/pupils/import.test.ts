import { describe, expect, it } from "vitest";
import { readPupilFile } from "./import";

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes of a Latin-1 text (é, è, ç… are single bytes there). */
const windows1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe("reading the administration's pupil export", () => {
  it("reads Nom, Prénom, Division and INE, whatever the separator", () => {
    for (const sep of [";", ",", "\t"]) {
      const file = [["NOM", "PRENOM", "DIVISION", "INE"], ["Zéphyrin", "Anaïs", "2NDPRO A", "123456789AB"], ["Martin", "Léo", "2NDPRO A", ""]]
        .map((r) => r.join(sep))
        .join("\r\n");
      const read = readPupilFile(utf8(file));
      expect(read.errors, sep).toEqual([]);
      expect(read.rows).toEqual([
        { line: 2, lastName: "Zéphyrin", firstName: "Anaïs", className: "2NDPRO A", localId: "123456789AB" },
        { line: 3, lastName: "Martin", firstName: "Léo", className: "2NDPRO A", localId: null },
      ]);
    }
  });

  it("reads a Windows-1252 file with a BOM-less header of aliases (Nom de famille, Prénom 1, Classe, N° interne)", () => {
    const read = readPupilFile(windows1252("Nom de famille;Prénom 1;Classe;N° interne;Date de naissance\nBérénice;Hélène;1CAP2;E-42;01/02/2010\n"));
    expect(read.errors).toEqual([]);
    expect(read.rows[0]).toMatchObject({ lastName: "Bérénice", firstName: "Hélène", className: "1CAP2", localId: "E-42" });
  });

  it("ignores columns it does not need (birth date, guardians): they are never kept", () => {
    const read = readPupilFile(utf8("Nom;Prénom;Classe;Date de naissance;Nom du responsable\nDurand;Paul;3A;2011-05-04;Durand Marc\n"));
    expect(read.rows[0]).toEqual({ line: 2, lastName: "Durand", firstName: "Paul", className: "3A", localId: null });
  });

  it("says in French which columns are missing, and which it read", () => {
    const read = readPupilFile(utf8("Élève;Groupe\nDurand Paul;A\n"));
    expect(read.rows).toEqual([]);
    expect(read.errors[0]!.messages[0]).toBe("Ligne 1 : colonnes introuvables : « Nom », « Prénom », « Classe » (ou « Division »). Colonnes lues : « Élève », « Groupe ».");
  });

  it("reports each bad line with its number and keeps the good ones", () => {
    const read = readPupilFile(
      utf8(
        [
          "Nom;Prénom;Classe;INE",
          "Durand;Paul;3A;A1",
          ";Lina;3A;",
          "Petit;;;",
          `${"X".repeat(81)};Tom;3A;`,
          "Roux;Eva;3A;A1",
          "Roux;Eva;3A;",
          "Roux;Eva;3A;",
          "Noir;Zoé;3A;id avec espace",
        ].join("\n"),
      ),
    );
    expect(read.rows.map((r) => r.line)).toEqual([2, 7]);
    expect(read.errors.map((e) => e.messages)).toEqual([
      ["Ligne 3 : le nom est obligatoire."],
      ["Ligne 4 : le prénom est obligatoire.", "Ligne 4 : la classe est vide."],
      ["Ligne 5 : le nom ne doit pas dépasser 80 caractères."],
      ["Ligne 6 : l'identifiant « A1 » figure déjà ligne 2 du fichier."],
      ["Ligne 8 : Eva Roux (3A) figure déjà ligne 7 du fichier."],
      ["Ligne 9 : l'identifiant « id avec espace » ne peut contenir que des lettres, des chiffres et les signes - _ . /."],
    ]);
  });

  it("keeps formulas as plain text and refuses an unclosed quote with its line", () => {
    expect(readPupilFile(utf8("Nom;Prénom;Classe\n=1+1;Ana;3A\n")).rows[0]!.lastName).toBe("=1+1");
    const broken = readPupilFile(utf8('Nom;Prénom;Classe\n"Durand;Paul;3A\n'));
    expect(broken.errors[0]!.messages[0]).toBe("Ligne 2 : un guillemet ouvert n'est jamais refermé.");
  });

  it("says so when the file is empty", () => {
    expect(readPupilFile(utf8("")).errors[0]!.messages).toEqual(["Le fichier est vide."]);
  });
});
