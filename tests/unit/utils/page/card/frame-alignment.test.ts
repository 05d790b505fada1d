import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFrameDrawn, runInFrameNear } from '../../../../../utils/page/card/frame-alignment';

describe('runInFrameNear', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
    });
  });
  afterEach(() => vi.useRealTimers());

  it('runs in the first animation frame that begins at most half a frame before the moment', () => {
    const runs: { at: number; inFrame: boolean }[] = [];
    const dueAt = performance.now() + 40;
    runInFrameNear(dueAt, (inFrame) => runs.push({ at: performance.now(), inFrame }));
    vi.advanceTimersByTime(31); // frames at 16 and (nearly) 32 ms began too early
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(20);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.inFrame).toBe(true);
    expect(runs[0]!.at).toBeGreaterThanOrEqual(dueAt - 8);
    expect(runs[0]!.at).toBeLessThan(dueAt + 16);
    vi.advanceTimersByTime(500);
    expect(runs).toHaveLength(1); // the fallback timer does not run it again
  });

  it('runs in the next frame when the moment has passed', () => {
    const runs: boolean[] = [];
    const start = performance.now();
    runInFrameNear(start - 100, (inFrame) => runs.push(inFrame));
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(17);
    expect(runs).toEqual([true]);
  });

  it('runs from a timer when the page draws no frame', () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const runs: boolean[] = [];
    runInFrameNear(performance.now() + 40, (inFrame) => runs.push(inFrame));
    vi.advanceTimersByTime(139);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([false]);
    vi.restoreAllMocks();
  });

  it('runs nothing once cancelled', () => {
    const run = vi.fn();
    const cancel = runInFrameNear(performance.now() + 40, run);
    vi.advanceTimersByTime(20);
    cancel();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('afterFrameDrawn', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame', 'performance'] });
  });
  afterEach(() => vi.useRealTimers());

  it('inside a frame, runs right after it; outside, after the next frame', () => {
    const order: string[] = [];
    afterFrameDrawn(true, () => order.push('after this frame'));
    afterFrameDrawn(false, () => order.push('after the next frame'));
    vi.advanceTimersByTime(1);
    expect(order).toEqual(['after this frame']);
    vi.advanceTimersByTime(20);
    expect(order).toEqual(['after this frame', 'after the next frame']);
  });
});
