import { describe, expect, it } from "vitest";
import { attachmentDisposition, checkUpload, cleanFileName, detectFileType, MAX_UPLOAD_BYTES } from "./file-type";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

/** A ZIP local file header naming one entry (enough for detection: no CRC is checked). */
function zipEntry(name: string, content = "", extra = 0): number[] {
  const header = [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const size = [content.length & 0xff, content.length >> 8, 0, 0];
  return [
    ...header,
    ...size,
    ...size,
    name.length & 0xff,
    name.length >> 8,
    extra,
    0,
    ...[...name].map((c) => c.charCodeAt(0)),
    ...new Array<number>(extra).fill(0),
    ...[...content].map((c) => c.charCodeAt(0)),
  ];
}

const utf16 = (text: string) => [...text].flatMap((c) => [c.charCodeAt(0), 0]);
const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const samples = {
  pdf: bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"),
  png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR"),
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF"),
  gif: bytes("GIF89a", [1, 0, 1, 0]),
  webp: bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "),
  docx: bytes(zipEntry("[Content_Types].xml", "<Types/>"), zipEntry("_rels/.rels"), zipEntry("word/document.xml")),
  xlsx: bytes(zipEntry("[Content_Types].xml"), zipEntry("xl/workbook.xml")),
  pptx: bytes(zipEntry("[Content_Types].xml"), zipEntry("ppt/presentation.xml")),
  odt: bytes(zipEntry("mimetype", "application/vnd.oasis.opendocument.text"), zipEntry("content.xml")),
  ods: bytes(zipEntry("mimetype", "application/vnd.oasis.opendocument.spreadsheet", 4)),
  doc: bytes(ole, new Array(100).fill(0), utf16("Root Entry"), utf16("WordDocument")),
  xls: bytes(ole, new Array(100).fill(0), utf16("Workbook")),
};

describe("detectFileType", () => {
  it.each([
    ["pdf", "application/pdf"],
    ["png", "image/png"],
    ["jpeg", "image/jpeg"],
    ["gif", "image/gif"],
    ["webp", "image/webp"],
    ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
    ["odt", "application/vnd.oasis.opendocument.text"],
    ["ods", "application/vnd.oasis.opendocument.spreadsheet"],
    ["doc", "application/msword"],
    ["xls", "application/vnd.ms-excel"],
  ] as const)("recognises a %s file from its content", (sample, mediaType) => {
    expect(detectFileType(samples[sample])?.mediaType).toBe(mediaType);
  });

  it("refuses what is none of the accepted types: HTML, SVG, scripts, executables, plain ZIP", () => {
    expect(detectFileType(bytes("<!DOCTYPE html><script>alert(1)</script>"))).toBeNull();
    expect(detectFileType(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'))).toBeNull();
    expect(detectFileType(bytes("#!/bin/sh\nrm -rf /"))).toBeNull();
    expect(detectFileType(bytes("MZ", [0x90, 0, 3]))).toBeNull();
    expect(detectFileType(bytes(zipEntry("evil.exe")))).toBeNull();
    expect(detectFileType(new Uint8Array())).toBeNull();
  });
});

describe("checkUpload", () => {
  it("accepts a file whose extension agrees with its content", () => {
    const result = checkUpload({ name: "Compte rendu CP.pdf", bytes: samples.pdf });
    expect(result).toMatchObject({ ok: true, fileName: "Compte rendu CP.pdf", type: { mediaType: "application/pdf" } });
  });

  it("refuses a lying extension: a PNG named .pdf, a PDF named .docx", () => {
    const png = checkUpload({ name: "compte-rendu.pdf", bytes: samples.png });
    expect(png).toEqual({ ok: false, message: expect.stringContaining("se termine par .pdf mais son contenu est un image PNG") });
    const pdf = checkUpload({ name: "cr.docx", bytes: samples.pdf });
    expect(pdf.ok).toBe(false);
  });

  it("refuses an HTML page dressed as a PDF, an empty file and a file over 10 Mo", () => {
    expect(checkUpload({ name: "cr.pdf", bytes: bytes("<html><script>x</script></html>") })).toMatchObject({
      ok: false,
      message: expect.stringContaining("n'est pas accepté"),
    });
    expect(checkUpload({ name: "cr.pdf", bytes: new Uint8Array() })).toEqual({ ok: false, message: "Le fichier est vide." });
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(samples.pdf);
    expect(checkUpload({ name: "cr.pdf", bytes: big })).toEqual({ ok: false, message: "Le fichier dépasse 10 Mo." });
  });

  it("gives a name without extension the extension of its content, case-insensitively otherwise", () => {
    expect(checkUpload({ name: "scan", bytes: samples.jpeg })).toMatchObject({ ok: true, fileName: "scan.jpg" });
    // Its detected extension added, a long name still holds in the 200 characters stored.
    const long = checkUpload({ name: "a".repeat(200), bytes: samples.pdf });
    expect(long).toMatchObject({ ok: true, fileName: `${"a".repeat(196)}.pdf` });
    expect(checkUpload({ name: "PHOTO.JPEG", bytes: samples.jpeg })).toMatchObject({ ok: true, fileName: "PHOTO.JPEG" });
  });
});

describe("file names", () => {
  it("keeps no path, control character or quote", () => {
    expect(cleanFileName("C:\\Users\\x\\..\\cr\u0000\"réunion\".pdf")).toBe("crréunion.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("...")).toBe("fichier");
    expect(cleanFileName(`${"a".repeat(300)}.pdf`)).toHaveLength(200);
    expect(cleanFileName(`${"a".repeat(300)}.pdf`).endsWith(".pdf")).toBe(true);
  });

  it("sends an ASCII fallback and the UTF-8 name for download", () => {
    expect(attachmentDisposition("Compte rendu réunion.pdf")).toBe(
      `attachment; filename="Compte rendu reunion.pdf"; filename*=UTF-8''Compte%20rendu%20r%C3%A9union.pdf`,
    );
  });
});
