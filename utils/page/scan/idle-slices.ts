/**
 * Runs a long job in short slices when the page has nothing better to do, so reading a 20,000-paragraph page
 * never makes a task of 50 ms or more.
 *
 * A job starts in an idle callback (after the page's own loading work), or — asked `promptly`, as when a page has
 * just loaded and its reader waits for the marks — in a task posted at "user-visible" priority. It continues in tasks posted with
 * `scheduler.postTask` at "user-visible" priority — below input and rendering, so the page stays responsive
 * between slices — without the up-to-50 ms wait for the next idle period that chained idle callbacks would add
 * (marks are something the reader is waiting to see). Where the Scheduler API is missing, idle callbacks carry
 * the whole job.
 */

interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'user-visible'; signal?: AbortSignal }): Promise<unknown>;
}

export interface SliceHost {
  requestIdleCallback(callback: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number;
  cancelIdleCallback(handle: number): void;
  requestAnimationFrame?(callback: () => void): number;
  scheduler?: TaskScheduler;
}

/** A prompt start waits for the page's next frame, but no longer than this (a background tab has no frames). */
const FRAME_WAIT_MS = 100;

export interface SliceStats {
  slices: number;
  longestSliceMs: number;
  /** Time spent inside slices (the job's own cost, without the waits between slices). */
  busyMs: number;
  /** When the first slice since the last reset started (`performance.now()`), or NaN. */
  firstSliceAt: number;
}

export interface SliceRequest {
  /** Start in a task of its own after the page's next frame, not in an idle period. */
  promptly?: boolean;
  /**
   * How long a prompt start's first slice may run (by default, as long as any other): a small page is then read
   * and marked in one slice, without a second wait behind the page's own tasks.
   */
  firstSliceMs?: number;
}

export interface IdleSlices {
  /**
   * Makes sure a slice will run (does nothing if one is already waiting): in the next idle period, or `promptly`
   * in a task of its own (the page's input and rendering still go first).
   */
  request(options?: SliceRequest): void;
  cancel(): void;
  /** Slices run since the last `resetStats`. */
  stats(): SliceStats;
  resetStats(): void;
}

export interface IdleSliceOptions {
  /** Longest a continuation slice may run: well below the 50 ms long-task line, so a busy machine stays under it. */
  sliceMs?: number;
  /**
   * Longest an idle-callback slice may run, when the browser says it has that long to spare. By default no longer
   * than any other slice: a slice can also take in a garbage collection of the walked nodes' wrappers, which on
   * very large pages is long (the bench and SECURITY.md give the figures).
   */
  idleSliceMs?: number;
  /** A job that waited this long for an idle moment starts anyway. */
  timeoutMs?: number;
}

/** Left of an idle period for the browser's own work. */
const IDLE_MARGIN_MS = 4;

/**
 * `work(shouldYield)` returns true when the job is done; otherwise another slice follows. `finished` is called
 * after the last slice, with its statistics counted.
 */
export function createIdleSlices(
  host: SliceHost,
  work: (shouldYield: () => boolean) => boolean,
  finished: () => void,
  options: IdleSliceOptions = {},
): IdleSlices {
  const sliceMs = options.sliceMs ?? 12;
  const idleSliceMs = options.idleSliceMs ?? 12;
  const timeout = options.timeoutMs ?? 1000;
  /** The budget of a prompt start's first slice, while it is still to run. */
  let promptBudget: number | null = null;
  let idleHandle: number | null = null;
  let continuation: AbortController | null = null;
  const stats: SliceStats = { slices: 0, longestSliceMs: 0, busyMs: 0, firstSliceAt: NaN };

  /** `deadline` is there when the slice runs in an idle callback. */
  function slice(deadline?: IdleDeadline): void {
    idleHandle = null;
    continuation = null;
    const started = performance.now();
    if (stats.slices === 0) stats.firstSliceAt = started;
    const idleTime = deadline && !deadline.didTimeout ? deadline.timeRemaining() - IDLE_MARGIN_MS : 0;
    const budget = promptBudget ?? Math.max(sliceMs, Math.min(idleTime, idleSliceMs));
    promptBudget = null;
    const stopAt = started + budget;
    const done = work(() => performance.now() >= stopAt);
    const took = performance.now() - started;
    stats.slices += 1;
    stats.busyMs += took;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, took);
    if (done) finished();
    else continueSoon();
  }

  function continueSoon(): void {
    if (!host.scheduler) {
      request();
      return;
    }
    continuation = new AbortController();
    host.scheduler
      .postTask(() => slice(), { priority: 'user-visible', signal: continuation.signal })
      .catch(() => undefined);
  }

  /**
   * A prompt start: after the page's next frame, so the page is painted first and its style is up to date when the
   * slice asks whether a mention is rendered (asked earlier, that question would compute the page's first style
   * itself).
   */
  function afterNextFrame(firstSliceMs: number): void {
    const waiting = new AbortController();
    continuation = waiting;
    let started = false;
    const start = () => {
      if (started || waiting.signal.aborted) return;
      started = true;
      promptBudget = firstSliceMs;
      continueSoon();
    };
    // A task posted from an animation-frame callback runs once that frame's rendering is done.
    host.requestAnimationFrame?.(start);
    setTimeout(start, host.requestAnimationFrame ? FRAME_WAIT_MS : 0);
  }

  function request(options: SliceRequest = {}): void {
    if (idleHandle !== null || continuation !== null) return;
    if (options.promptly && host.scheduler) afterNextFrame(options.firstSliceMs ?? sliceMs);
    else idleHandle = host.requestIdleCallback(slice, { timeout });
  }

  return {
    request,
    cancel() {
      promptBudget = null;
      if (idleHandle !== null) host.cancelIdleCallback(idleHandle);
      continuation?.abort();
      idleHandle = null;
      continuation = null;
    },
    stats: () => ({ ...stats }),
    resetStats() {
      stats.slices = 0;
      stats.longestSliceMs = 0;
      stats.busyMs = 0;
      stats.firstSliceAt = NaN;
    },
  };
}
