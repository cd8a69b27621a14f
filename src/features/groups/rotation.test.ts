import { describe, expect, it } from "vitest";
import { pupilPaths } from "./rotation";

describe("pupilPaths (rotation history)", () => {
  const periods = [
    { id: "p1", name: "Période 1" },
    { id: "p2", name: "Période 2" },
    { id: "p3", name: "Période 3" },
  ];
  const label = (id: string) => ({ read: "Lire et comprendre un texte", calc: "Nombres et calcul" })[id] ?? id;

  it("shows each pupil's groups per period and the change of each level between its two latest diagnostics", () => {
    const paths = pupilPaths(
      periods,
      ["léa", "hugo"],
      [
        { pupilId: "léa", periodId: "p1", groupName: "Remédiation – Lecture" },
        { pupilId: "léa", periodId: "p2", groupName: "Approfondissement" },
        { pupilId: "hugo", periodId: "p2", groupName: "Remédiation – Calcul" },
      ],
      [
        { pupilId: "léa", periodId: "p1", competencyId: "read", level: "FRAGILE" },
        { pupilId: "léa", periodId: "p2", competencyId: "read", level: "SATISFACTORY" },
        { pupilId: "léa", periodId: "p1", competencyId: "calc", level: "SATISFACTORY" },
        { pupilId: "hugo", periodId: "p1", competencyId: "calc", level: "SATISFACTORY" },
        { pupilId: "hugo", periodId: "p2", competencyId: "calc", level: "FRAGILE" },
        { pupilId: "hugo", periodId: "p3", competencyId: "calc", level: "FRAGILE" },
      ],
      label,
    );
    expect(paths).toEqual([
      {
        pupilId: "léa",
        groups: [["Remédiation – Lecture"], ["Approfondissement"], []],
        changes: [
          {
            competencyId: "read",
            competency: "Lire et comprendre un texte",
            from: "FRAGILE",
            to: "SATISFACTORY",
            fromPeriod: "Période 1",
            toPeriod: "Période 2",
            trend: "up",
            text: "fragile → satisfaisante ↑",
          },
        ],
      },
      {
        pupilId: "hugo",
        groups: [[], ["Remédiation – Calcul"], []],
        changes: [
          {
            competencyId: "calc",
            competency: "Nombres et calcul",
            from: "FRAGILE",
            to: "FRAGILE",
            fromPeriod: "Période 2",
            toPeriod: "Période 3",
            trend: "same",
            text: "fragile → fragile =",
          },
        ],
      },
    ]);
  });

  it("shows a drop with a down arrow", () => {
    const [path] = pupilPaths(
      periods,
      ["x"],
      [],
      [
        { pupilId: "x", periodId: "p1", competencyId: "read", level: "VERY_GOOD" },
        { pupilId: "x", periodId: "p2", competencyId: "read", level: "INSUFFICIENT" },
      ],
      label,
    );
    expect(path!.changes[0]!.text).toBe("très bonne maîtrise → maîtrise insuffisante ↓");
  });
});
