// The server's heap, capped: `next start` left alone lets V8 grow its heap to
// about 700 MB under load before collecting. Capped at 256 MB, the server
// stays near 360 MB resident at 10 connections on the principal's dashboard
// (12 % fewer requests a second, measured with tests/benchmarks/rss-probe.ts:
// 683 MB and 485 requests uncapped, 358 MB and 427 capped, in 20 s).
// NODE_OPTIONS set by the operator wins.
export function serverNodeOptions(env: NodeJS.ProcessEnv = process.env): string {
  return env.NODE_OPTIONS?.trim() ? env.NODE_OPTIONS : "--max-old-space-size=256";
}
