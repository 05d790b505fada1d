import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from '../../../../../utils/page/card/hover-intent';

describe('hover intent', () => {
  let events: string[];
  let delay: number;
  const make = () =>
    createHoverIntent<string>({
      openDelayMs: () => delay,
      closeDelayMs: 300,
      onOpen: (target) => events.push(`open ${target}`),
      onClose: () => events.push('close'),
    });

  beforeEach(() => {
    vi.useFakeTimers();
    events = [];
    delay = 400;
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the pointer rests for the open delay', () => {
    const intent = make();
    intent.pointerEnteredTarget('a');
    vi.advanceTimersByTime(399);
    expect(events).toEqual([]);
    intent.pointerEnteredTarget('a'); // repeated reports for the same mention do not restart the wait
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a']);
  });

  it('does not open when the pointer passes over quickly', () => {
    const intent = make();
    intent.pointerEnteredTarget('a');
    vi.advanceTimersByTime(200);
    intent.pointerLeftTarget();
    vi.advanceTimersByTime(2000);
    expect(events).toEqual([]);
  });

  it('reads the delay setting on each hover', () => {
    const intent = make();
    delay = 1000;
    intent.pointerEnteredTarget('a');
    vi.advanceTimersByTime(999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a']);
  });

  it('stays open while the pointer travels into the card and closes after it leaves the card', () => {
    const intent = make();
    intent.pointerEnteredTarget('a');
    vi.advanceTimersByTime(400);
    intent.pointerLeftTarget();
    vi.advanceTimersByTime(250);
    intent.pointerEnteredCard();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open a']);
    intent.pointerLeftCard();
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['open a']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a', 'close']);
  });

  it('ignores "left the mention" while the pointer is in the card', () => {
    const intent = make();
    intent.pointerEnteredTarget('a');
    vi.advanceTimersByTime(400);
    intent.pointerEnteredCard();
    intent.pointerLeftTarget();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open a']);
  });

  it('keeps the card when the pointer returns to the mention in time', () => {
    const intent = make();
    intent.pointerEnteredTarget('a');
    vi.advanceTimersByTime(400);
    intent.pointerLeftTarget();
    vi.advanceTimersByTime(200);
    intent.pointerEnteredTarget('a');
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open a']);
  });

  it('moves to another mention after the open delay', () => {
    const intent = make();
    intent.pointerEnteredTarget('a');
    vi.advanceTimersByTime(400);
    intent.pointerEnteredTarget('b');
    vi.advanceTimersByTime(400);
    expect(events).toEqual(['open a', 'open b']);
  });

  it('forgets pending timers when told the card was opened or closed elsewhere', () => {
    const intent = make();
    intent.pointerEnteredTarget('a');
    intent.setOpenTarget('b');
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
    intent.pointerLeftTarget();
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['close']);
  });
  describe('with a lead before the delay ends', () => {
    let opened: { target: string; dueAt: number; at: number }[];
    const makeLeading = () =>
      createHoverIntent<string>({
        openDelayMs: () => delay,
        closeDelayMs: 300,
        openLeadMs: 20,
        onOpen: (target, dueAt) => opened.push({ target, dueAt, at: performance.now() }),
        onClose: () => events.push('close'),
      });
    beforeEach(() => (opened = []));

    it('calls onOpen the lead before the delay ends, with the moment it ends', () => {
      const intent = makeLeading();
      const enteredAt = performance.now();
      intent.pointerEnteredTarget('a');
      vi.advanceTimersByTime(379);
      expect(opened).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(opened).toEqual([{ target: 'a', dueAt: enteredAt + 400, at: enteredAt + 380 }]);
    });

    it('closes at once, without the close delay, when the pointer leaves during the lead', () => {
      const intent = makeLeading();
      intent.pointerEnteredTarget('a');
      vi.advanceTimersByTime(390);
      intent.pointerLeftTarget();
      expect(events).toEqual(['close']);
    });

    it('waits the close delay when the pointer leaves after the delay ended', () => {
      const intent = makeLeading();
      intent.pointerEnteredTarget('a');
      vi.advanceTimersByTime(400);
      intent.pointerLeftTarget();
      expect(events).toEqual([]);
      vi.advanceTimersByTime(300);
      expect(events).toEqual(['close']);
    });
  });
});
