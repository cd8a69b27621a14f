import { describe, expect, it } from "vitest";
import { hasMalformedEncoding, malformedUrlResponse } from "./malformed-url";

describe("a path with malformed percent-encoding", () => {
  it.each(["/etablissements/%ED%A0%80", "/a/%E2%80", "/%FF", "/%", "/%zz"])("is malformed: %s", (path) => {
    expect(hasMalformedEncoding(path)).toBe(true);
  });

  it.each(["/etablissements/0210047M", "/e%CC%81l%C3%A8ves", "/%E2%80%AE", "/a%20b", "/"])("is not: %s", (path) => {
    expect(hasMalformedEncoding(path)).toBe(false);
  });

  it("is answered 400 in French", async () => {
    const response = malformedUrlResponse();
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^Adresse invalide/);
  });
});
