import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError, isDatabaseUnavailableError, safeReturnPath, unavailablePath } from "./database-availability";

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: "FATAL" });

describe("isDatabaseUnavailableError", () => {
  it.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["a server shutting down", pgError("57P01", "terminating connection due to administrator command")],
    ["a server starting up", pgError("57P03", "the database system is starting up")],
    ["a socket closed under a query", new Error("Connection terminated unexpectedly")],
    ["the pool's wait for a connection", new Error("timeout exceeded when trying to connect")],
    ["Prisma's wrapping of the adapter's error", Object.assign(new Error("Database error"), { code: "P2039", meta: { driverAdapterError: { cause: { kind: "postgres", code: "57P01" } } } })],
    ["the adapter's kind", { cause: { kind: "DatabaseNotReachable" } }],
    ["an error caused by one", new Error("outer", { cause: pgError("08006", "connection failure") })],
    ["our own error", new DatabaseUnavailableError(pgError("57P01", "x"))],
  ])("recognises %s", (_label, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(true);
  });

  it.each([
    ["a unique violation", pgError("23505", "duplicate key value violates unique constraint")],
    ["a lock timeout", pgError("55P03", "canceling statement due to lock timeout")],
    ["a statement timeout", pgError("57014", "canceling statement due to statement timeout")],
    ["a plain bug", new TypeError("x is undefined")],
    ["nothing", undefined],
  ])("leaves %s alone", (_label, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });
});

describe("safeReturnPath", () => {
  it("keeps a path of this site, with its query", () => {
    expect(safeReturnPath("/etablissements/0210047M/tableau-de-bord?annee=2026-2027")).toBe("/etablissements/0210047M/tableau-de-bord?annee=2026-2027");
  });

  it.each([null, "", "https://ailleurs.example/", "//ailleurs.example/x", "/\\ailleurs.example", "javascript:alert(1)", "/a b", unavailablePath("/x")])(
    "sends %s home",
    (value) => {
      expect(safeReturnPath(value)).toBe("/");
    },
  );
});
