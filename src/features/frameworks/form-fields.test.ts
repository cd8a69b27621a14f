import { describe, expect, it } from "vitest";
import { unflattenFields } from "./form-fields";

describe("unflattenFields", () => {
  it("nests dotted fields into objects and lists", () => {
    expect(unflattenFields({ code: "A", "volumes.0.hours": "30", "volumes.1.hours": "31" })).toEqual({ code: "A", volumes: [{ hours: "30" }, { hours: "31" }] });
  });

  it("keeps __proto__, constructor and prototype as own fields for the strict schema to refuse, never as a prototype", () => {
    const form = Object.fromEntries([["code", "A"], ["volumes.0.hours", "30"], ["__proto__", "x"], ["constructor", "y"], ["prototype", "z"], ["a.__proto__.b", "w"]]);
    const result = unflattenFields(form) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual(["__proto__", "a.__proto__.b", "code", "constructor", "prototype", "volumes"]);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });
});
