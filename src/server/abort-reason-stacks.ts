// Works around a memory leak in React's server renderer (react/react#37288, fix
// proposed in react/react#37289; seen from Next.js as vercel/next.js#84648).
//
// At the end of every render, React aborts the render's cache signal with an
// Error, which the signal keeps as its reason. V8 keeps an Error's stack as
// live frames until `.stack` is first read, and each frame keeps its `this`:
// here the setImmediate entry the render ran in, which links to the entries
// queued after it, whose request contexts hold later renders, whose signals
// hold their own Errors… One render kept alive by a long timer (a pooled
// connection's idle timeout is created inside the render that released it)
// kept every render after it. On the principal's dashboard at scale M, 10
// connections, heap capped at 256 MB as `npm start` runs it: the heap after a
// full collection grew from 80 to 178 MB over 3,000 views, and `npm run bench`
// ended with "JavaScript heap out of memory" on the grid pages.
//
// Reading the stack when a signal is aborted turns it into a string and lets
// the frames go. Nothing else changes: the same reason, the same listeners, in
// the same order. Remove this once React no longer captures that stack.

const INSTALLED = Symbol.for("boussole.abort-reason-stacks");

type PatchedPrototype = AbortController & { [INSTALLED]?: true };

/** From now on, an AbortController aborted with an Error keeps that Error's stack as text, not as live frames. */
export function releaseAbortReasonFrames(): void {
  const prototype = AbortController.prototype as PatchedPrototype;
  if (prototype[INSTALLED]) return;
  const abort = prototype.abort;
  Object.defineProperty(prototype, "abort", {
    configurable: true,
    writable: true,
    value: function abortReleasingFrames(this: AbortController, reason?: unknown): void {
      abort.call(this, reason);
      // The reason given, or the DOMException Node made when none was (an Error too).
      const kept: unknown = this.signal.reason;
      if (kept instanceof Error) void kept.stack;
    },
  });
  Object.defineProperty(prototype, INSTALLED, { value: true });
}
