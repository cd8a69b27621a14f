import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("password policy (CNIL: length, not composition)", () => {
  it("accepts 12 characters of any kind, without requiring digits or symbols", () => {
    expect(passwordProblem("cheval pomme")).toBeNull();
    expect(passwordProblem("correcthorsebatterystaple")).toBeNull();
  });

  it("refuses fewer than 12 characters, counting accented letters once", () => {
    expect(passwordProblem("éléphant123")).toMatch(/au moins 12 caractères/);
    expect(passwordProblem("éléphant1234")).toBeNull();
  });

  it("refuses more than 128 characters", () => {
    expect(passwordProblem("a b".repeat(50))).toMatch(/dépasser 128/);
  });

  it("refuses common passwords and repeated characters", () => {
    expect(passwordProblem("Azertyuiop123")).toMatch(/trop courant/);
    expect(passwordProblem("abababababababab")).toMatch(/trop courant/);
  });

  it("refuses a password built on the email's local part", () => {
    expect(passwordProblem("claire.martin2026!", { email: "claire.martin@ac-dijon.fr" })).toMatch(/adresse/);
  });

  it("refuses NUL bytes", () => {
    expect(passwordProblem("douze caract\u0000res")).toMatch(/invalide/);
  });
});
