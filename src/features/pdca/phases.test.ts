import { describe, expect, it } from "vitest";
import { findPhaseBySlug, pdcaPhases } from "./phases";

describe("PDCA phases", () => {
  it("follow the order of the seeds' columns: Plan, Do, Check, Act", () => {
    expect(pdcaPhases.map((phase) => phase.english)).toEqual(["Plan", "Do", "Check", "Act"]);
  });

  it("are found by their URL slug, and an unknown slug finds none", () => {
    expect(findPhaseBySlug("mettre-en-oeuvre")?.key).toBe("DO");
    expect(findPhaseBySlug("inconnu")).toBeUndefined();
  });
});
