import { describe, expect, it } from "vitest";
import { completionOf, percentOf, type CompletionItem } from "./completion";

const items: CompletionItem[] = [
  { key: "p1", phase: "PLAN", kind: "QUESTION", text: "Q1" },
  { key: "p2", phase: "PLAN", kind: "QUESTION", text: "Q2" },
  { key: "p3", phase: "PLAN", kind: "INDICATOR", text: "I1" },
  { key: "d1", phase: "DO", kind: "QUESTION", text: "Q3" },
  { key: "c1", phase: "CHECK", kind: "INDICATOR", text: "I2" },
  { key: "c2", phase: "CHECK", kind: "GUIDANCE", text: "G1" },
];

describe("completionOf", () => {
  it("counts answered items per phase and for the grid, and lists the missing ones in order", () => {
    const result = completionOf(items, new Map([["p1", "ANSWERED"], ["p3", "IN_PROGRESS"], ["c2", "ANSWERED"], ["unknown", "ANSWERED"]] as const));
    const plan = result.phases.find((p) => p.phase === "PLAN")!;
    expect(plan).toMatchObject({ total: 3, answered: 1, inProgress: 1, percent: 33 });
    expect(plan.missing.map((m) => [m.key, m.status])).toEqual([["p2", "NOT_STARTED"], ["p3", "IN_PROGRESS"]]);
    expect(result.phases.find((p) => p.phase === "DO")).toMatchObject({ total: 1, answered: 0, percent: 0 });
    expect(result.phases.find((p) => p.phase === "CHECK")).toMatchObject({ total: 2, answered: 1, percent: 50 });
    expect(result.phases.find((p) => p.phase === "ACT")).toMatchObject({ total: 0, answered: 0, percent: 100, missing: [] });
    expect(result).toMatchObject({ total: 6, answered: 2, inProgress: 1, percent: 33 });
  });

  it("reaches 100 % only when every item is answered", () => {
    const almost = new Map(items.slice(1).map((item) => [item.key, "ANSWERED" as const]));
    expect(completionOf(items, almost).percent).toBe(83);
    almost.set("p1", "ANSWERED");
    expect(completionOf(items, almost).percent).toBe(100);
  });

  it("rounds down", () => {
    expect(percentOf(199, 200)).toBe(99);
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(66);
    expect(percentOf(0, 0)).toBe(100);
  });
});
