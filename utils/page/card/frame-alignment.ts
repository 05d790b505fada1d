/**
 * Showing something at a given moment, in the animation frame nearest to it. A change made from a timer is drawn
 * only in the page's next frame, so a timer that fires just after a frame began costs the reader a whole frame; a
 * change made inside an animation-frame callback is drawn in that same frame.
 */

/** Half a frame at 60 Hz: a frame that begins this close before the moment is the nearest one. */
const HALF_FRAME_MS = 8;
/** If no animation frame comes (a page that stopped drawing), run anyway this long after the moment. */
const FALLBACK_AFTER_MS = 100;

/**
 * Runs `run(true)` in the first animation frame that begins no more than half a frame before `dueAt` (the
 * `performance.now()` clock), or `run(false)` from a timer if the page draws no frame by then. Returns a cancel.
 */
export function runInFrameNear(dueAt: number, run: (inFrame: boolean) => void): () => void {
  let done = false;
  let frame = 0;
  const finish = (inFrame: boolean) => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    run(inFrame);
  };
  const onFrame = (frameStart: number) => {
    if (frameStart >= dueAt - HALF_FRAME_MS) finish(true);
    else frame = requestAnimationFrame(onFrame);
  };
  frame = requestAnimationFrame(onFrame);
  const fallback = setTimeout(() => finish(false), Math.max(0, dueAt - performance.now()) + FALLBACK_AFTER_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}

/** Runs `run` once the page has drawn the frame that is being (or will next be) produced. */
export function afterFrameDrawn(inFrame: boolean, run: () => void): void {
  // Inside an animation-frame callback, a task queued now runs after this frame's style, layout and paint.
  if (inFrame) setTimeout(run);
  else requestAnimationFrame(() => setTimeout(run));
}
