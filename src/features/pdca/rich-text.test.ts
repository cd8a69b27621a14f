import { describe, expect, it } from "vitest";
import { answerFromText, answerText, sanitizeAnswer } from "./rich-text";

describe("sanitizeAnswer", () => {
  it("keeps the safe subset", () => {
    const html = '<p>Objectifs <strong>prioritaires</strong> et <em>secondaires</em> <u>soulignés</u></p><ul><li>un</li></ul><ol><li>deux</li></ol><p>ligne<br />suivante</p>';
    expect(sanitizeAnswer(html)).toBe(html);
  });

  it("turns b, i and div into their kept equivalents", () => {
    expect(sanitizeAnswer("<div><b>gras</b> <i>penché</i></div>")).toBe("<p><strong>gras</strong> <em>penché</em></p>");
  });

  it("drops scripts, handlers, styles and their content", () => {
    expect(sanitizeAnswer('<p onclick="alert(1)" style="color:red">a</p><script>alert(1)</script><style>p{}</style><img src=x onerror=alert(1)>')).toBe("<p>a</p>");
  });

  it("keeps web and mail links, never javascript: or data:", () => {
    expect(sanitizeAnswer('<a href="https://eduscol.education.fr">lien</a>')).toBe('<a href="https://eduscol.education.fr" rel="noopener noreferrer nofollow">lien</a>');
    expect(sanitizeAnswer('<a href="javascript:alert(1)">x</a>')).toBe('<a rel="noopener noreferrer nofollow">x</a>');
    expect(sanitizeAnswer('<a href="data:text/html,<script>alert(1)</script>">x</a>')).toBe('<a rel="noopener noreferrer nofollow">x</a>');
    expect(sanitizeAnswer('<a href="//evil.example">x</a>')).toBe('<a rel="noopener noreferrer nofollow">x</a>');
  });

  it("removes control characters and empty leading or trailing paragraphs", () => {
    expect(sanitizeAnswer("<p></p><p>a\u0000b</p><p><br /></p>")).toBe("<p>ab</p>");
  });

  it("escapes text that looks like markup", () => {
    expect(sanitizeAnswer("<p>1 &lt; 2 &amp; 3 &gt; 2</p>")).toBe("<p>1 &lt; 2 &amp; 3 &gt; 2</p>");
  });
});

describe("answerText", () => {
  it("reads paragraphs, lists and breaks as lines", () => {
    expect(answerText("<p>Un</p><ul><li>deux</li><li>trois &amp; quatre</li></ul><p>cinq<br />six</p>")).toBe("Un\n• deux\n• trois & quatre\ncinq\nsix");
  });

  it("is empty for an empty answer", () => {
    expect(answerText("")).toBe("");
    expect(answerText("<p> </p>")).toBe("");
  });
});

describe("answerFromText", () => {
  it("makes paragraphs and breaks of typed text, escaped", () => {
    expect(answerFromText("Ligne 1\nLigne 2\n\n<b>pas du gras</b>")).toBe("<p>Ligne 1<br />Ligne 2</p><p>&lt;b&gt;pas du gras&lt;/b&gt;</p>");
  });
});
