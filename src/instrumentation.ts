// Runs once when the server starts (see instrumentation-node.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Before the first render: each one would otherwise keep the renders after it (see the module).
    const { releaseAbortReasonFrames } = await import("./server/abort-reason-stacks");
    releaseAbortReasonFrames();
    const { refuseUnsafeDatabaseRole } = await import("./instrumentation-node");
    await refuseUnsafeDatabaseRole();
  }
}
