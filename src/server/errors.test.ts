import { describe, expect, it } from "vitest";
import { isUniqueViolation, sqlState } from "./errors";

// Shapes as Prisma 7 and the pg driver adapter throw them (a unique violation, read off
// tests/integration/pupils.integration.test.ts's failing insert).
const driverError = (originalCode: string) => ({ name: "DriverAdapterError", cause: { originalCode, kind: "UniqueConstraintViolation" } });
const prismaError = (code: string, driver?: object) => Object.assign(new Error("prisma"), { code, meta: driver ? { driverAdapterError: driver } : {} });

describe("sqlState", () => {
  it("reads PostgreSQL's code beneath Prisma's own, for a model's query and a raw one", () => {
    expect(sqlState(prismaError("P2002", driverError("23505")))).toBe("23505");
    expect(sqlState(prismaError("P2010", driverError("23503")))).toBe("23503");
  });

  it("reads the pg driver's error as it is, PL/pgSQL's P0 class included", () => {
    expect(sqlState(Object.assign(new Error("pg"), { code: "23505" }))).toBe("23505");
    expect(sqlState(Object.assign(new Error("raise"), { code: "P0001" }))).toBe("P0001");
  });

  it("gives no code for a Prisma error that kept no driver error, or for a loop of causes", () => {
    expect(sqlState(prismaError("P2025"))).toBeUndefined();
    const looped: { cause?: unknown } = {};
    looped.cause = looped;
    expect(sqlState(looped)).toBeUndefined();
  });
});

describe("isUniqueViolation", () => {
  it("knows a unique violation by PostgreSQL's code or by Prisma's, and nothing else", () => {
    expect(isUniqueViolation(prismaError("P2002", driverError("23505")))).toBe(true);
    expect(isUniqueViolation(prismaError("P2010", driverError("23505")))).toBe(true);
    expect(isUniqueViolation(prismaError("P2002"))).toBe(true);
    expect(isUniqueViolation(prismaError("P2010", driverError("23503")))).toBe(false);
    expect(isUniqueViolation(new Error("other"))).toBe(false);
  });
});
