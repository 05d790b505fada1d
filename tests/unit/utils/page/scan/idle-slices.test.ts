/**
 * Idle slices with a fake host: which scheduling path a start takes, and how long each slice may run (the clock is
 * `performance.now`, moved by the work itself).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleSlices, type SliceHost } from '../../../../../utils/page/scan/idle-slices';

let clock = 0;
let frames: (() => void)[] = [];
let tasks: (() => void)[] = [];
let idle: ((deadline: IdleDeadline) => void)[] = [];

const host: SliceHost = {
  requestIdleCallback: (callback) => idle.push(callback),
  cancelIdleCallback: () => undefined,
  requestAnimationFrame: (callback) => frames.push(callback),
  scheduler: {
    postTask: (callback, options) =>
      new Promise((resolve) => {
        tasks.push(() => {
          if (!options.signal?.aborted) resolve(callback());
        });
      }),
  },
};

const runAll = (queue: (() => void)[]) => queue.splice(0).forEach((run) => run());

/** A job of `steps` steps of 5 ms each; records how many steps each slice took. */
function job(steps: number) {
  const perSlice: number[] = [];
  let left = steps;
  const work = (shouldYield: () => boolean) => {
    let taken = 0;
    while (left > 0) {
      clock += 5;
      left -= 1;
      taken += 1;
      if (shouldYield()) break;
    }
    perSlice.push(taken);
    return left === 0;
  };
  return { perSlice, work };
}

beforeEach(() => {
  clock = 0;
  frames = [];
  tasks = [];
  idle = [];
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('idle slices', () => {
  it('starts a prompt job in a task posted from the next frame, and gives that first slice the budget asked for', () => {
    const { perSlice, work } = job(20);
    const finished = vi.fn();
    const slices = createIdleSlices(host, work, finished);
    slices.request({ promptly: true, firstSliceMs: 24 });
    expect(tasks).toHaveLength(0);
    runAll(frames);
    expect(tasks).toHaveLength(1); // straight from the frame callback, no timer in between
    runAll(tasks);
    expect(perSlice).toEqual([5]); // 24 ms: five steps of 5 ms
    runAll(tasks);
    expect(perSlice).toEqual([5, 3]); // then 12 ms slices
    while (tasks.length > 0) runAll(tasks);
    expect(finished).toHaveBeenCalledTimes(1);
    expect(slices.stats().slices).toBe(perSlice.length);
  });

  it('gives a prompt first slice the usual budget when none is asked for', () => {
    const { perSlice, work } = job(20);
    const slices = createIdleSlices(host, work, () => undefined);
    slices.request({ promptly: true });
    runAll(frames);
    runAll(tasks);
    expect(perSlice).toEqual([3]);
  });

  it('does not carry a prompt budget over a cancel to the next job', () => {
    const { perSlice, work } = job(20);
    const slices = createIdleSlices(host, work, () => undefined);
    slices.request({ promptly: true, firstSliceMs: 24 });
    runAll(frames); // the start has posted its task
    slices.cancel();
    tasks = [];
    slices.request();
    idle.splice(0).forEach((run) => run({ didTimeout: true, timeRemaining: () => 0 }));
    expect(perSlice).toEqual([3]);
  });

  it('starts in an idle callback when not asked to be prompt, with the usual budget', () => {
    const { perSlice, work } = job(20);
    const slices = createIdleSlices(host, work, () => undefined);
    slices.request();
    expect(frames).toHaveLength(0);
    idle.splice(0).forEach((run) => run({ didTimeout: true, timeRemaining: () => 0 }));
    expect(perSlice).toEqual([3]);
  });

  it('starts a prompt job anyway when the page draws no frame (a background tab)', () => {
    const { perSlice, work } = job(2);
    const slices = createIdleSlices(host, work, () => undefined);
    slices.request({ promptly: true });
    vi.advanceTimersByTime(100);
    runAll(tasks);
    expect(perSlice).toEqual([2]);
    runAll(frames); // the frame that comes late starts nothing more
    expect(tasks).toHaveLength(0);
  });

  it('runs nothing once cancelled', () => {
    const { perSlice, work } = job(5);
    const slices = createIdleSlices(host, work, () => undefined);
    slices.request({ promptly: true });
    slices.cancel();
    runAll(frames);
    vi.advanceTimersByTime(200);
    runAll(tasks);
    expect(perSlice).toEqual([]);
  });
});
