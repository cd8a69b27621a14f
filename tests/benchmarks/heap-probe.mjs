// Loaded into the bench's server (NODE_OPTIONS=--import, see run.ts): on SIGUSR2, a full
// garbage collection, then the live heap in bytes appended to BENCH_HEAP_FILE. The peak RSS
// cannot show a leak while the heap is capped (the collector works harder until the server
// dies of it); the live heap once the load is over does: 80-90 MB on the principal's
// dashboard at scale M, against 140-250 MB with the render leak fixed in
// src/server/abort-reason-stacks.ts.
import { appendFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc");
const file = process.env.BENCH_HEAP_FILE;

if (file) {
  process.on("SIGUSR2", () => {
    collectGarbage();
    collectGarbage();
    appendFileSync(file, `${process.memoryUsage().heapUsed}\n`);
  });
}
