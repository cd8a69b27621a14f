import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonFrames } from "./abort-reason-stacks";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Something large whose method makes the Error, as React's render loop does: the frame's `this`. */
class Render {
  readonly html = new Array(100_000).fill("<td>1</td>");
  finish(): Error {
    return new Error("This render completed successfully.");
  }
}

/** Whether a render is still reachable once only a signal aborted with its Error is left. */
async function renderKeptBySignal(): Promise<boolean> {
  const controller = new AbortController();
  let render: WeakRef<Render>;
  (() => {
    const done = new Render();
    render = new WeakRef(done);
    controller.abort(done.finish());
  })();
  await nextTurn();
  collectGarbage();
  await nextTurn();
  collectGarbage();
  expect(controller.signal.aborted).toBe(true);
  return render!.deref() !== undefined;
}

describe("releaseAbortReasonFrames", () => {
  it("an aborted signal's Error no longer keeps the frames that made it", async () => {
    // Without the fix, V8's unread stack keeps the render alive (the leak this works around).
    expect(await renderKeptBySignal()).toBe(true);
    releaseAbortReasonFrames();
    expect(await renderKeptBySignal()).toBe(false);
  });

  it("changes nothing else: the same reason, listeners called once, a second abort ignored", () => {
    releaseAbortReasonFrames();
    const controller = new AbortController();
    const reasons: unknown[] = [];
    controller.signal.addEventListener("abort", () => reasons.push(controller.signal.reason));
    const reason = new Error("fin");
    controller.abort(reason);
    controller.abort(new Error("encore"));
    expect(reasons).toEqual([reason]);
    expect(controller.signal.reason).toBe(reason);
    expect(reason.stack).toContain("fin");

    const plain = new AbortController();
    plain.abort();
    expect(plain.signal.reason).toBeInstanceOf(DOMException);
    expect((plain.signal.reason as DOMException).name).toBe("AbortError");

    const other = new AbortController();
    other.abort("une raison qui n'est pas une erreur");
    expect(other.signal.reason).toBe("une raison qui n'est pas une erreur");
  });

  it("is installed once, however often it is called", () => {
    releaseAbortReasonFrames();
    const installed = AbortController.prototype.abort;
    releaseAbortReasonFrames();
    expect(AbortController.prototype.abort).toBe(installed);
  });
});
