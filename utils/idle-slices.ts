/**
 * Runs a long job in slices during the page's idle time, so reading a 20,000-paragraph page never makes a task of
 * 50 ms or more. Each slice stops at whichever comes first: the idle period's end or `maxSliceMs`.
 */

export interface IdleHost {
  requestIdleCallback(callback: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number;
  cancelIdleCallback(handle: number): void;
}

export interface SliceStats {
  slices: number;
  longestSliceMs: number;
}

export interface IdleSlices {
  /** Makes sure a slice will run (does nothing if one is already waiting). */
  request(): void;
  cancel(): void;
  /** Slices run, and the longest, since the last `resetStats`. */
  stats(): SliceStats;
  resetStats(): void;
}

export interface IdleSliceOptions {
  /** Longest a slice may run (the long-task line is 50 ms; the browser needs some of the task too). */
  maxSliceMs?: number;
  /** A slice that waited this long runs even if the page is never idle. */
  timeoutMs?: number;
  /** Slice budget when the browser ran the slice because of the timeout (the page is busy). */
  busySliceMs?: number;
}

/** `work(shouldYield)` returns true when the job is done; otherwise another slice is requested. */
export function createIdleSlices(
  host: IdleHost,
  work: (shouldYield: () => boolean) => boolean,
  options: IdleSliceOptions = {},
): IdleSlices {
  const maxSliceMs = options.maxSliceMs ?? 20;
  const busySliceMs = options.busySliceMs ?? 8;
  const timeout = options.timeoutMs ?? 500;
  let handle: number | null = null;
  const stats: SliceStats = { slices: 0, longestSliceMs: 0 };

  function slice(deadline: IdleDeadline): void {
    handle = null;
    const started = performance.now();
    const budget = deadline.didTimeout ? busySliceMs : Math.min(Math.max(deadline.timeRemaining(), 4), maxSliceMs);
    const stopAt = started + budget;
    const done = work(() => performance.now() >= stopAt);
    stats.slices += 1;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, performance.now() - started);
    if (!done) request();
  }

  function request(): void {
    if (handle === null) handle = host.requestIdleCallback(slice, { timeout });
  }

  return {
    request,
    cancel() {
      if (handle !== null) host.cancelIdleCallback(handle);
      handle = null;
    },
    stats: () => ({ ...stats }),
    resetStats() {
      stats.slices = 0;
      stats.longestSliceMs = 0;
    },
  };
}
