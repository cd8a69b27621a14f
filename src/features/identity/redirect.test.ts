import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./redirect";

describe("the path to return to after sign-in", () => {
  it("keeps a path of this site", () => {
    expect(safeReturnPath("/etablissements/0210047M/agir")).toBe("/etablissements/0210047M/agir");
  });

  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/a\nb", 42, null])(
    "sends %j home instead",
    (value) => {
      expect(safeReturnPath(value)).toBe("/");
    },
  );
});
