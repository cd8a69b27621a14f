import { describe, expect, it } from "vitest";
import { caseloads, caseloadWarning } from "./caseload";

describe("caseloads", () => {
  const teachers = [
    { userId: "a", name: "Anne Roy" },
    { userId: "b", name: "Bruno Vidal" },
    { userId: "c", name: "Chantal Nguyen" },
  ];
  it("counts each teacher's pupils and flags only those strictly above the limit", () => {
    const assignments = [...Array(3).fill({ userId: "a" }), ...Array(2).fill({ userId: "b" })];
    const rows = caseloads(teachers, assignments, 2);
    expect(rows).toEqual([
      { userId: "a", name: "Anne Roy", count: 3, over: true },
      { userId: "b", name: "Bruno Vidal", count: 2, over: false },
      { userId: "c", name: "Chantal Nguyen", count: 0, over: false },
    ]);
    expect(caseloadWarning(rows[0]!, 2)).toBe("Anne Roy suit 3 élèves, au-delà du seuil de 2 fixé par l'établissement.");
    expect(caseloadWarning(rows[1]!, 2)).toBeNull();
  });
});
