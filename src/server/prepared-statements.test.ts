import { describe, expect, it } from "vitest";
import { preparedStatementName } from "./prepared-statements";

describe("preparedStatementName", () => {
  it("names a statement with parameters by its text, the same name each time", () => {
    const query = { sql: "SELECT id FROM grids WHERE establishment_id = $1 AND id = $2", args: ["a", "b"] };
    const name = preparedStatementName(query);
    expect(name).toMatch(/^boussole_[0-9a-f]{20}$/);
    expect(preparedStatementName({ ...query, args: ["c", "d"] })).toBe(name);
    expect(preparedStatementName({ sql: `${query.sql} LIMIT 1`, args: ["a", "b"] })).not.toBe(name);
  });

  it("leaves unnamed a statement without parameters, and one whose text varies with the length of a list", () => {
    expect(preparedStatementName({ sql: "BEGIN", args: [] })).toBe("");
    expect(preparedStatementName({ sql: 'SELECT 1 FROM "memberships" WHERE "role" IN ($1,$2,$3)', args: [1, 2, 3] })).toBe("");
    expect(preparedStatementName({ sql: "SELECT 1 FROM t WHERE a IN ( $1 , $2 )", args: [1, 2] })).toBe("");
    expect(preparedStatementName({ sql: "SELECT 1 FROM t WHERE a IN ($1)", args: [1] })).not.toBe("");
  });
});
