// What an uploaded file really is, read from its first bytes (magic numbers),
// never from its name: a name can lie, the content cannot pretend for long.
// Pure: used by every upload (meeting minutes, grid evidence) and by tests.

export type FileKind = "pdf" | "word" | "excel" | "powerpoint" | "opendocument" | "image";

export type DetectedType = {
  mediaType: string;
  /** The extensions a name of this type may end with (lower case, no dot). */
  extensions: readonly string[];
  kind: FileKind;
  /** What a French reader calls it. */
  label: string;
};

/** Minutes and evidence: PDF, office documents, images. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const types = {
  pdf: { mediaType: "application/pdf", extensions: ["pdf"], kind: "pdf", label: "document PDF" },
  png: { mediaType: "image/png", extensions: ["png"], kind: "image", label: "image PNG" },
  jpeg: { mediaType: "image/jpeg", extensions: ["jpg", "jpeg"], kind: "image", label: "image JPEG" },
  gif: { mediaType: "image/gif", extensions: ["gif"], kind: "image", label: "image GIF" },
  webp: { mediaType: "image/webp", extensions: ["webp"], kind: "image", label: "image WebP" },
  docx: {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
    kind: "word",
    label: "document Word",
  },
  xlsx: {
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
    kind: "excel",
    label: "classeur Excel",
  },
  pptx: {
    mediaType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    extensions: ["pptx"],
    kind: "powerpoint",
    label: "présentation PowerPoint",
  },
  odt: { mediaType: "application/vnd.oasis.opendocument.text", extensions: ["odt"], kind: "opendocument", label: "texte OpenDocument" },
  ods: {
    mediaType: "application/vnd.oasis.opendocument.spreadsheet",
    extensions: ["ods"],
    kind: "opendocument",
    label: "classeur OpenDocument",
  },
  odp: {
    mediaType: "application/vnd.oasis.opendocument.presentation",
    extensions: ["odp"],
    kind: "opendocument",
    label: "présentation OpenDocument",
  },
  doc: { mediaType: "application/msword", extensions: ["doc"], kind: "word", label: "document Word 97-2003" },
  xls: { mediaType: "application/vnd.ms-excel", extensions: ["xls"], kind: "excel", label: "classeur Excel 97-2003" },
  ppt: { mediaType: "application/vnd.ms-powerpoint", extensions: ["ppt"], kind: "powerpoint", label: "présentation PowerPoint 97-2003" },
} as const satisfies Record<string, DetectedType>;

/** Every media type an upload may have, for an input's `accept` attribute too. */
export const acceptedMediaTypes: readonly string[] = Object.values(types).map((t) => t.mediaType);
export const acceptAttribute: string = Object.values(types)
  .flatMap((t) => t.extensions.map((e) => `.${e}`))
  .join(",");

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((b, i) => bytes[at + i] === b);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

function indexOf(bytes: Uint8Array, needle: readonly number[], from = 0, to = bytes.length): number {
  const end = Math.min(to, bytes.length) - needle.length;
  outer: for (let i = from; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const utf16 = (text: string) => [...text].flatMap((c) => [c.charCodeAt(0), 0]);

/** The names of a ZIP archive's entries, read from its local file headers. */
function zipEntryNames(bytes: Uint8Array, limit = 2000): string[] {
  const names: string[] = [];
  const header = [0x50, 0x4b, 0x03, 0x04];
  let at = 0;
  while (names.length < limit) {
    at = indexOf(bytes, header, at);
    if (at < 0 || at + 30 > bytes.length) break;
    const nameLength = bytes[at + 26]! | (bytes[at + 27]! << 8);
    const start = at + 30;
    if (start + nameLength > bytes.length) break;
    names.push(String.fromCharCode(...bytes.subarray(start, start + nameLength)));
    at = start + nameLength;
  }
  return names;
}

function detectZip(bytes: Uint8Array): DetectedType | null {
  // OpenDocument: the first entry is "mimetype", stored uncompressed, holding the media type.
  const names = zipEntryNames(bytes);
  if (names[0] === "mimetype") {
    const extraLength = bytes[28]! | (bytes[29]! << 8);
    const start = 30 + "mimetype".length + extraLength;
    const text = String.fromCharCode(...bytes.subarray(start, start + 60));
    for (const t of [types.odt, types.ods, types.odp]) if (text.startsWith(t.mediaType)) return t;
  }
  if (!names.includes("[Content_Types].xml")) return null;
  if (names.some((n) => n.startsWith("word/"))) return types.docx;
  if (names.some((n) => n.startsWith("xl/"))) return types.xlsx;
  if (names.some((n) => n.startsWith("ppt/"))) return types.pptx;
  return null;
}

/** Office 97-2003 files are OLE compound files; the stream names say which program wrote them. */
function detectOle(bytes: Uint8Array): DetectedType | null {
  if (indexOf(bytes, utf16("WordDocument")) >= 0) return types.doc;
  if (indexOf(bytes, utf16("Workbook")) >= 0 || indexOf(bytes, utf16("Book")) >= 0) return types.xls;
  if (indexOf(bytes, utf16("PowerPoint Document")) >= 0) return types.ppt;
  return null;
}

/** The type of a file from its content, or null when it is none of the accepted types. */
export function detectFileType(bytes: Uint8Array): DetectedType | null {
  if (indexOf(bytes, ascii("%PDF-"), 0, 1024) >= 0) return types.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return types.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return types.jpeg;
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return types.gif;
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return types.webp;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return detectZip(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return detectOle(bytes);
  return null;
}

/** A file name safe to store and to send back: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "").replace(/\s+/g, " ").trim().replace(/^\.+/, "");
  if (!cleaned) return "fichier";
  if (cleaned.length <= 200) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, 200 - extension.length) + extension;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

export type UploadCheck =
  | { ok: true; fileName: string; type: DetectedType }
  | { ok: false; message: string };

/**
 * Whether an upload may be stored: not empty, not too big, of an accepted
 * type by its content, and with a name whose extension agrees with that
 * content (a PNG named "compte-rendu.pdf" is refused, not renamed).
 */
export function checkUpload(file: { name: string; bytes: Uint8Array }, maxBytes = MAX_UPLOAD_BYTES): UploadCheck {
  if (file.bytes.length === 0) return { ok: false, message: "Le fichier est vide." };
  if (file.bytes.length > maxBytes) {
    return { ok: false, message: `Le fichier dépasse ${Math.round(maxBytes / 1024 / 1024)} Mo.` };
  }
  const type = detectFileType(file.bytes);
  if (!type) {
    return {
      ok: false,
      message: "Ce type de fichier n'est pas accepté : déposez un PDF, un document bureautique (Word, Excel, PowerPoint, OpenDocument) ou une image (PNG, JPEG, GIF, WebP).",
    };
  }
  const fileName = cleanFileName(file.name);
  const extension = extensionOf(fileName);
  if (extension && !(type.extensions as readonly string[]).includes(extension)) {
    return {
      ok: false,
      message: `Le nom du fichier se termine par .${extension} mais son contenu est un ${type.label} : renommez-le en .${type.extensions[0]} ou déposez le bon fichier.`,
    };
  }
  // A name without an extension gets its content's, kept within the 200 characters.
  return { ok: true, fileName: extension ? fileName : cleanFileName(`${fileName}.${type.extensions[0]}`), type };
}

/** The Content-Disposition header of a download, with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.normalize("NFD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "") || "fichier";
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A file's size as a French reader reads it. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} Ko`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} Mo`;
}
