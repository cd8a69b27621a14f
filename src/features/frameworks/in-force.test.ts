import { describe, expect, it } from "vitest";
import { appliesTo, pickInForce } from "./in-force";

const frameworks = [
  { code: "TVP-2019", version: 1, firstSchoolYear: 2019, lastSchoolYear: 2023 },
  { code: "TVP-2019", version: 2, firstSchoolYear: 2024, lastSchoolYear: null },
  { code: "AP-2009", version: 1, firstSchoolYear: 2009, lastSchoolYear: 2018 },
  { code: "SOUTIEN", version: 1, firstSchoolYear: 2024, lastSchoolYear: null },
  { code: "SOUTIEN", version: 2, firstSchoolYear: 2024, lastSchoolYear: 2030 },
];

describe("pickInForce", () => {
  it("takes, for each code, the version whose years hold the school year", () => {
    expect(pickInForce(frameworks, 2023).map((f) => `${f.code} v${f.version}`)).toEqual(["TVP-2019 v1"]);
    expect(pickInForce(frameworks, 2018).map((f) => `${f.code} v${f.version}`)).toEqual(["AP-2009 v1"]);
  });

  it("prefers the highest version when several hold the year", () => {
    expect(pickInForce(frameworks, 2024).map((f) => `${f.code} v${f.version}`)).toEqual(["SOUTIEN v2", "TVP-2019 v2"]);
    expect(pickInForce(frameworks, 2031).map((f) => `${f.code} v${f.version}`)).toEqual(["SOUTIEN v1", "TVP-2019 v2"]);
  });

  it("finds nothing before any framework", () => {
    expect(pickInForce(frameworks, 2005)).toEqual([]);
  });
});

describe("appliesTo", () => {
  it("includes both ends of the range", () => {
    expect(appliesTo({ firstSchoolYear: 2019, lastSchoolYear: 2023 }, 2019)).toBe(true);
    expect(appliesTo({ firstSchoolYear: 2019, lastSchoolYear: 2023 }, 2023)).toBe(true);
    expect(appliesTo({ firstSchoolYear: 2019, lastSchoolYear: 2023 }, 2024)).toBe(false);
    expect(appliesTo({ firstSchoolYear: 2019, lastSchoolYear: null }, 2099)).toBe(true);
  });
});
