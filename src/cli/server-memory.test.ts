import { describe, expect, it } from "vitest";
import { serverMemoryEnv } from "./server-memory";

describe("serverMemoryEnv", () => {
  it("caps the heap and the malloc arenas by default", () => {
    expect(serverMemoryEnv({})).toEqual({ NODE_OPTIONS: "--max-old-space-size=256", MALLOC_ARENA_MAX: "2" });
    expect(serverMemoryEnv({ NODE_OPTIONS: "  ", MALLOC_ARENA_MAX: "" })).toEqual({ NODE_OPTIONS: "--max-old-space-size=256", MALLOC_ARENA_MAX: "2" });
  });

  it("keeps what the operator set", () => {
    expect(serverMemoryEnv({ NODE_OPTIONS: "--max-old-space-size=512", MALLOC_ARENA_MAX: "4" })).toEqual({
      NODE_OPTIONS: "--max-old-space-size=512",
      MALLOC_ARENA_MAX: "4",
    });
  });
});
