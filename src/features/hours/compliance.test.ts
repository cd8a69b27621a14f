// Golden cases of the compliance arithmetic, on the regulatory figures of the
// 2019 reform (seed 002): CAP 101.5 + 91 = 192.5 h; Bac Pro 90 + 84 + 91 = 265 h.
import { describe, expect, it } from "vitest";
import { cycleCompliance, yearCompliance } from "./compliance";

const year = (regulatory: number | null, planned: number, delivered = 0, plannedForEndedPeriods = 0) =>
  yearCompliance({ regulatory, planned, delivered, plannedForEndedPeriods });

describe("a class's year", () => {
  it("is on track when the regulatory hours are planned and the due hours delivered", () => {
    expect(year(90, 90, 30, 30)).toMatchObject({ status: "ON_TRACK", gap: 0 });
  });

  it("counts half hours exactly (CAP 1st year, 101.5 h)", () => {
    expect(year(101.5, 50.5 + 51)).toMatchObject({ status: "ON_TRACK", gap: 0 });
    expect(year(101.5, 0.1 + 0.2 + 101)).toMatchObject({ gap: 0.2 });
  });

  it("is at risk between 90 % and 100 % of the regulatory hours, with the gap shown", () => {
    const c = year(90, 84.5);
    expect(c).toMatchObject({ status: "AT_RISK", gap: 5.5 });
    expect(c.explanation[0]).toBe("Réglementaire 90 h − prévu 84,5 h = 5,5 h manquantes.");
  });

  it("is short below 90 % (Première: 84 h regulatory, 75 planned)", () => {
    expect(year(84, 75)).toMatchObject({ status: "SHORT", gap: 9 });
    expect(year(84, 75.6)).toMatchObject({ status: "AT_RISK" });
  });

  it("is at risk when delivery is behind for ended periods", () => {
    expect(year(91, 91, 20, 30)).toMatchObject({ status: "AT_RISK", gap: 0 });
    expect(year(91, 91, 27, 30)).toMatchObject({ status: "ON_TRACK" });
  });

  it("shows more hours than required as a negative gap", () => {
    const c = year(90, 95);
    expect(c).toMatchObject({ status: "ON_TRACK", gap: -5 });
    expect(c.explanation[0]).toBe("Prévu 95 h pour 90 h réglementaires (5 h de plus).");
  });

  it("has no reference when the framework leaves the volume to the school (collège cycle 4)", () => {
    expect(year(null, 36)).toMatchObject({ status: "NO_REFERENCE", gap: null });
  });
});

describe("a cohort over the cycle", () => {
  it("Bac Pro: 90 + 84 + 91 planned leaves nothing of the 265 h", () => {
    expect(cycleCompliance({ cycleRegulatory: 265, regulatorySoFar: 265, plannedSoFar: 90 + 84 + 91 })).toMatchObject({
      status: "ON_TRACK",
      remaining: 0,
    });
  });

  it("Bac Pro Seconde alone: 175 h remain to plan over Première and Terminale", () => {
    const c = cycleCompliance({ cycleRegulatory: 265, regulatorySoFar: 90, plannedSoFar: 90 });
    expect(c).toMatchObject({ status: "ON_TRACK", remaining: 175 });
    expect(c.explanation[0]).toBe("Cycle 265 h − prévu jusqu'ici 90 h = 175 h restant à prévoir.");
  });

  it("CAP: 101.5 + 85.5 planned is at risk and leaves 5.5 h of the 192.5 h", () => {
    expect(cycleCompliance({ cycleRegulatory: 192.5, regulatorySoFar: 192.5, plannedSoFar: 101.5 + 85.5 })).toMatchObject({
      status: "AT_RISK",
      remaining: 5.5,
    });
  });

  it("AP 2009: 3 × 70 = 210 h", () => {
    expect(cycleCompliance({ cycleRegulatory: 210, regulatorySoFar: 140, plannedSoFar: 120 })).toMatchObject({
      status: "SHORT",
      remaining: 90,
    });
  });
});
