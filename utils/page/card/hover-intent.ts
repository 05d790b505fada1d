/**
 * Timing for hover cards, in the manner of Wikipedia's page previews: a card opens only after the pointer rests on
 * a mention for the open delay, survives the short trip from the mention into the card, and closes a moment after
 * the pointer has left both. Knows nothing about the DOM; the caller reports pointer movements and acts on
 * `onOpen` / `onClose`.
 */
export interface HoverIntentOptions<Target> {
  /** Read on every hover, so a changed setting applies at once. */
  openDelayMs: () => number;
  /** Time the pointer has to travel from the mention into the card (or back) before the card closes. */
  closeDelayMs: number;
  /** Whether two reports are about the same target (defaults to `===`). */
  sameTarget?: (a: Target, b: Target) => boolean;
  /**
   * How long before the open delay ends `onOpen` is called. The caller gets the moment the delay ends and can show
   * the card in the animation frame nearest it, rather than in the frame after a timer that fired just too late.
   */
  openLeadMs?: number;
  /** `dueAt` is when the open delay ends, on the `performance.now()` clock. */
  onOpen: (target: Target, dueAt: number) => void;
  onClose: () => void;
}

export interface HoverIntent<Target> {
  pointerEnteredTarget(target: Target): void;
  pointerLeftTarget(): void;
  pointerEnteredCard(): void;
  pointerLeftCard(): void;
  /** Tell the tracker the card was opened or closed by other means (a pin, Escape). */
  setOpenTarget(target: Target | null): void;
  /** Drop any pending open or close. */
  cancel(): void;
}

export function createHoverIntent<Target>(options: HoverIntentOptions<Target>): HoverIntent<Target> {
  const same = options.sameTarget ?? ((a: Target, b: Target) => a === b);
  let openTarget: Target | null = null;
  /** When the open card's delay ends: until then (the lead), leaving the mention closes it at once. */
  let openDueAt = 0;
  let pendingTarget: Target | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pointerInCard = false;

  const cancelOpen = () => {
    clearTimeout(openTimer);
    openTimer = undefined;
    pendingTarget = null;
  };
  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const scheduleClose = () => {
    if (openTarget === null || closeTimer !== undefined) return;
    closeTimer = setTimeout(() => {
      closeTimer = undefined;
      openTarget = null;
      options.onClose();
    }, options.closeDelayMs);
  };

  return {
    pointerEnteredTarget(target) {
      if (openTarget !== null && same(openTarget, target)) {
        cancelOpen();
        cancelClose();
        return;
      }
      if (pendingTarget !== null && same(pendingTarget, target)) return;
      cancelOpen();
      pendingTarget = target;
      const delay = options.openDelayMs();
      const dueAt = performance.now() + delay;
      openTimer = setTimeout(
        () => {
          openTimer = undefined;
          pendingTarget = null;
          cancelClose();
          openTarget = target;
          openDueAt = dueAt;
          options.onOpen(target, dueAt);
        },
        Math.max(0, delay - (options.openLeadMs ?? 0)),
      );
    },
    pointerLeftTarget() {
      cancelOpen();
      if (pointerInCard) return;
      if (openTarget !== null && performance.now() < openDueAt) {
        // Left before the delay was over: as if the card had never been asked for.
        cancelClose();
        openTarget = null;
        options.onClose();
      } else scheduleClose();
    },
    pointerEnteredCard() {
      pointerInCard = true;
      cancelOpen();
      cancelClose();
    },
    pointerLeftCard() {
      pointerInCard = false;
      scheduleClose();
    },
    setOpenTarget(target) {
      cancelOpen();
      cancelClose();
      openTarget = target;
      openDueAt = 0;
      if (target === null) pointerInCard = false;
    },
    cancel() {
      cancelOpen();
      cancelClose();
    },
  };
}
