import { describe, expect, it } from "vitest";
import { emailSchema } from "./schemas";

const messages = (value: unknown) => emailSchema.safeParse(value).error?.issues.map((issue) => issue.message);

describe("emailSchema", () => {
  it("stores an address trimmed, lower-cased and composed", () => {
    expect(emailSchema.parse("  Se\u0301verine.Martin@AC-Dijon.FR ")).toBe("séverine.martin@ac-dijon.fr");
  });

  it("checks the length of the address as stored, which lower-casing can lengthen", () => {
    // 142 characters as typed, 272 once lower-cased: each "İ" becomes "i" and a combining dot.
    const typed = `${"İ".repeat(130)}@ac-dijon.fr`;
    expect(typed.length).toBeLessThanOrEqual(254);
    expect(messages(typed)).toEqual(["L'adresse électronique est trop longue."]);
    expect(emailSchema.parse(`${"a".repeat(242)}@ac-dijon.fr`)).toHaveLength(254);
    expect(messages(`${"a".repeat(243)}@ac-dijon.fr`)).toEqual(["L'adresse électronique est trop longue."]);
  });
});
