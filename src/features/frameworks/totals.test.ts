import { describe, expect, it } from "vitest";
import { cycleTotals, type VolumeHours } from "./totals";

// The regulatory figures of DOMAIN.md, as the migration seeds them.
const tvp2019: VolumeHours[] = [
  { diploma: "CAP", yearOfStudy: 1, hours: 101.5 },
  { diploma: "CAP", yearOfStudy: 2, hours: 91 },
  { diploma: "BAC_PRO", yearOfStudy: 1, hours: 90 },
  { diploma: "BAC_PRO", yearOfStudy: 2, hours: 84 },
  { diploma: "BAC_PRO", yearOfStudy: 3, hours: 91 },
];
const ap2009: VolumeHours[] = [1, 2, 3].map((yearOfStudy) => ({ diploma: "BAC_PRO", yearOfStudy, hours: 70 }));
const college2016: VolumeHours[] = [
  { diploma: "COLLEGE", yearOfStudy: 6, hours: 108 },
  { diploma: "COLLEGE", yearOfStudy: 5, hours: null },
  { diploma: "COLLEGE", yearOfStudy: 4, hours: null },
  { diploma: "COLLEGE", yearOfStudy: 3, hours: null },
];

describe("cycleTotals", () => {
  it("TVP 2019: CAP 101.5 + 91 = 192.5 h, Bac Pro 90 + 84 + 91 = 265 h", () => {
    expect(cycleTotals(tvp2019)).toEqual([
      { diploma: "CAP", total: 192.5, knownHours: 192.5, years: 2, yearsLeftToSchool: 0 },
      { diploma: "BAC_PRO", total: 265, knownHours: 265, years: 3, yearsLeftToSchool: 0 },
    ]);
  });

  it("AP 2009: 70 h × 3 = 210 h in Bac Pro", () => {
    expect(cycleTotals(ap2009)).toEqual([{ diploma: "BAC_PRO", total: 210, knownHours: 210, years: 3, yearsLeftToSchool: 0 }]);
  });

  it("collège: years left to the school make the cycle total unknown, not 0", () => {
    const [college] = cycleTotals(college2016);
    expect(college).toEqual({ diploma: "COLLEGE", total: null, knownHours: 108, years: 4, yearsLeftToSchool: 3 });
    expect(college!.total).not.toBe(0);
  });

  it("lists diplomas in their usual order whatever the order of the rows", () => {
    expect(cycleTotals([...tvp2019].reverse()).map((t) => t.diploma)).toEqual(["CAP", "BAC_PRO"]);
  });

  it("adds decimals exactly", () => {
    const rows: VolumeHours[] = [
      { diploma: "BAC_PRO", yearOfStudy: 1, hours: 0.1 },
      { diploma: "BAC_PRO", yearOfStudy: 2, hours: 0.2 },
    ];
    expect(cycleTotals(rows)[0]!.total).toBe(0.3);
  });

  it("covers no diploma when there are no volumes", () => {
    expect(cycleTotals([])).toEqual([]);
  });
});
