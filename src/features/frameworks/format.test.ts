import { describe, expect, it } from "vitest";
import { cycleTotalLabel, formatHours, hoursFieldValue, schoolYearsLabel } from "./format";

describe("French display of frameworks", () => {
  it("writes hours with a decimal comma", () => {
    expect(formatHours(192.5)).toBe("192,5 h");
    expect(formatHours(265)).toBe("265 h");
    expect(hoursFieldValue(101.5)).toBe("101,5");
    expect(hoursFieldValue(null)).toBe("");
  });

  it("names the school years a version covers", () => {
    expect(schoolYearsLabel(2019, null)).toBe("depuis 2019-2020");
    expect(schoolYearsLabel(2009, 2018)).toBe("de 2009-2010 à 2018-2019");
    expect(schoolYearsLabel(2024, 2024)).toBe("en 2024-2025");
  });

  it("says a cycle total is not fixed rather than 0", () => {
    expect(cycleTotalLabel({ diploma: "CAP", total: 192.5, knownHours: 192.5, years: 2, yearsLeftToSchool: 0 })).toBe("CAP : 192,5 h");
    expect(cycleTotalLabel({ diploma: "COLLEGE", total: null, knownHours: 108, years: 4, yearsLeftToSchool: 3 })).toBe(
      "Collège : non fixé (108 h fixées, 3 années laissées à l'établissement)",
    );
  });
});
