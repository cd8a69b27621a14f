// The server's memory settings, as `npm start` (and the benchmark's and load
// tests' servers) run it; what the operator sets in the environment wins.
// - The V8 heap capped: `next start` left alone lets V8 grow its heap to over
//   500 MB under load before collecting. Capped at 256 MB, the server stays under
//   300 MB resident at 10 connections on the principal's dashboard, for about
//   10 % fewer requests a second (tests/benchmarks/rss-probe.ts, 20 s, two rounds
//   each: 515-524 MB and 1,525 requests uncapped, 279-284 MB and 1,318-1,432
//   capped; 384 MB was no faster than 256 within this machine's noise). Earlier
//   figures (683 against 358 MB) included a leak fixed since
//   (src/server/abort-reason-stacks.ts).
// - Two malloc arenas (glibc makes up to 8 per core, one per thread that
//   allocates, and keeps what each one freed): V8's compiler threads and libuv's
//   pool each held their own. Peak resident memory over the benchmark's pages at
//   scale M, four runs each: 442-446 MB with glibc's default, 396-437 MB with 2
//   arenas, at the same speed (tests/benchmarks/HISTORY.md, sessions 5 and 7).
export function serverMemoryEnv(env: Partial<Record<string, string | undefined>> = process.env): { NODE_OPTIONS: string; MALLOC_ARENA_MAX: string } {
  return {
    NODE_OPTIONS: env.NODE_OPTIONS?.trim() ? env.NODE_OPTIONS : "--max-old-space-size=256",
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX?.trim() ? env.MALLOC_ARENA_MAX : "2",
  };
}
