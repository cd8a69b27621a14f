// The answers of a grid are rich text limited to a safe subset of HTML:
// paragraphs, line breaks, bold, italic, underline, lists and web links.
// Everything else is dropped on the server before it is stored, so what is
// rendered later is only ever this subset.
import sanitizeHtml from "sanitize-html";

/** The longest answer kept, in characters of stored HTML. */
export const ANSWER_MAX_LENGTH = 20_000;

const policy: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "u", "ul", "ol", "li", "a"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Text inside these is dropped with them, not kept as text.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "template", "iframe", "object", "title", "xmp", "noembed", "noframes", "plaintext", "svg", "math"],
  transformTags: {
    b: "strong",
    i: "em",
    div: "p",
    h1: "p",
    h2: "p",
    h3: "p",
    h4: "p",
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "noopener noreferrer nofollow" } }),
  },
};
// rel is added by the transform above: allow it on links.
(policy.allowedAttributes as Record<string, string[]>).a!.push("rel");

/** The answer as it is stored: the safe subset, control characters out, trimmed of empty paragraphs. */
export function sanitizeAnswer(html: string): string {
  const withoutControls = html.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
  const clean = sanitizeHtml(withoutControls, policy)
    .replace(/(<p>(\s|&nbsp;|<br \/>)*<\/p>)+$/g, "")
    .replace(/^(<p>(\s|&nbsp;|<br \/>)*<\/p>)+/g, "")
    .trim();
  return clean;
}

/** The answer as plain text: for the PDF, searches and "is it empty?". */
export function answerText(html: string): string {
  const text = sanitizeHtml(
    html.replace(/<br\s*\/?>/gi, "\n").replace(/<\/(p|li)>/gi, "\n").replace(/<li>/gi, "• "),
    { allowedTags: [], allowedAttributes: {} },
  );
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Plain text typed by a user, as the safe subset: paragraphs and line breaks. */
export function answerFromText(text: string): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escape(paragraph).replace(/\n/g, "<br />")}</p>`)
    .join("");
}
