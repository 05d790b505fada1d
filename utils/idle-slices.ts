/**
 * Runs a long job in short slices when the page has nothing better to do, so reading a 20,000-paragraph page
 * never makes a task of 50 ms or more.
 *
 * A job starts in an idle callback (after the page's own loading work). It continues in background-priority
 * tasks (`scheduler.postTask`), which the browser runs only when no input, rendering or page task is waiting —
 * without the up-to-50 ms wait for the next idle period that chained idle callbacks would add. Where the
 * Scheduler API is missing, idle callbacks carry the whole job.
 */

interface BackgroundScheduler {
  postTask(callback: () => void, options: { priority: 'user-visible'; signal?: AbortSignal }): Promise<unknown>;
}

export interface SliceHost {
  requestIdleCallback(callback: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number;
  cancelIdleCallback(handle: number): void;
  scheduler?: BackgroundScheduler;
}

export interface SliceStats {
  slices: number;
  longestSliceMs: number;
  /** Time spent inside slices (the job's own cost, without the waits between slices). */
  busyMs: number;
  /** When the first slice since the last reset started (`performance.now()`), or NaN. */
  firstSliceAt: number;
}

export interface IdleSlices {
  /** Makes sure a slice will run (does nothing if one is already waiting). */
  request(): void;
  cancel(): void;
  /** Slices run since the last `resetStats`. */
  stats(): SliceStats;
  resetStats(): void;
}

export interface IdleSliceOptions {
  /** Longest a slice may run: far below the 50 ms long-task line, so a busy machine stays under it too. */
  sliceMs?: number;
  /** A job that waited this long for an idle moment starts anyway. */
  timeoutMs?: number;
}

/** `work(shouldYield)` returns true when the job is done; otherwise another slice follows. */
export function createIdleSlices(
  host: SliceHost,
  work: (shouldYield: () => boolean) => boolean,
  options: IdleSliceOptions = {},
): IdleSlices {
  const sliceMs = options.sliceMs ?? 8;
  const timeout = options.timeoutMs ?? 1000;
  let idleHandle: number | null = null;
  let background: AbortController | null = null;
  const stats: SliceStats = { slices: 0, longestSliceMs: 0, busyMs: 0, firstSliceAt: NaN };

  function slice(): void {
    idleHandle = null;
    background = null;
    const started = performance.now();
    if (stats.slices === 0) stats.firstSliceAt = started;
    const stopAt = started + sliceMs;
    const done = work(() => performance.now() >= stopAt);
    const took = performance.now() - started;
    stats.slices += 1;
    stats.busyMs += took;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, took);
    if (!done) continueSoon();
  }

  function continueSoon(): void {
    if (!host.scheduler) {
      request();
      return;
    }
    background = new AbortController();
    host.scheduler.postTask(slice, { priority: 'user-visible', signal: background.signal }).catch(() => undefined);
  }

  function request(): void {
    if (idleHandle === null && background === null) idleHandle = host.requestIdleCallback(slice, { timeout });
  }

  return {
    request,
    cancel() {
      if (idleHandle !== null) host.cancelIdleCallback(idleHandle);
      background?.abort();
      idleHandle = null;
      background = null;
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
