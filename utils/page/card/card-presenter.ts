/**
 * The card presenter: decides when the card opens, stays and closes (hover intent, pins, Escape, a press elsewhere),
 * and drives the card frame (card-frame-host.ts). It tells the frame only which records, the dataset term, the
 * page's publication date and the layout; the frame reads the card's text and the reader's notes in the extension's
 * own origin and answers with its size, which is how the card is placed. Nothing the card shows passes through here.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { e2eHooks } from '#e2e-hooks';
import type { CardPresenter, Mention } from '../mark/mention-types';
import type { FrameToContentMessage } from '../../shared/messages/card-frame';
import { DEFAULT_SETTINGS, getSettings, watchSettings } from '../../shared/settings';
import { createCardFrameHost, type CardFrameHost } from './card-frame-host';
import { maxCardWidth, trackCardPosition, type CardPositionTracker } from './card-position';
import { createHoverIntent, type HoverIntent } from './hover-intent';
import { chooseCardTheme } from './page-colour-scheme';
import { findPublicationDate } from './publication-date';

export interface CardPresenterOptions {
  ctx: ContentScriptContext;
  /** The dataset version of the content script's term index (the frame checks its card text matches). */
  datasetVersion: string;
  /** How long the pointer may take to travel between the mention and the card before it closes. */
  closeDelayMs?: number;
}

interface OpenCard {
  mention: Mention;
  request: number;
  pinned: boolean;
  /** Move focus into the card once it is on screen. */
  focus: boolean;
  /** The frame's last reported size for this card; null until the first report. */
  size: { width: number; height: number } | null;
  tracker: CardPositionTracker | null;
  /** Where focus was before a pinned card took it. */
  returnFocus: Element | null;
  /** For the benchmark: when the hover delay ended (`performance.timeOrigin + now`). */
  openedAt: number;
}

const now = () => performance.timeOrigin + performance.now();

export function createCardPresenter(options: CardPresenterOptions): CardPresenter {
  const { ctx } = options;
  const hoverDelay = followHoverDelay();
  let open: OpenCard | null = null;
  let request = 0;
  /** The frame said the pointer is in the card; the page's own pointer events tell when it is back on the page. */
  let pointerInCard = false;
  const host: CardFrameHost = createCardFrameHost(ctx, {
    message: (message) => onFrameMessage(message),
    lost: () => hide(false),
  });
  const intent: HoverIntent<Mention> = createHoverIntent<Mention>({
    openDelayMs: hoverDelay.current,
    closeDelayMs: options.closeDelayMs ?? 300,
    sameTarget: (a, b) => a.id === b.id,
    onOpen: (mention) => void show(mention, false, false, null),
    onClose: () => hide(false),
  });

  function onFrameMessage(message: FrameToContentMessage): void {
    if (message.type === 'size') {
      if (!open || message.request !== open.request) return;
      open.size = { width: message.width, height: message.height };
      if (open.tracker) open.tracker.update();
      else place(open);
    } else if (message.type === 'pointer') {
      pointerInCard = message.inside;
      if (message.inside) intent.pointerEnteredCard();
      else if (!open?.pinned) intent.pointerLeftCard();
    } else if (message.type === 'engaged') {
      if (open && !open.pinned) pin(open, false);
    } else if (message.type === 'close') {
      hide(message.restoreFocus);
    } else if (message.type === 'painted') {
      if (open && message.request === open.request) reportTiming(open, message.at);
    }
  }

  function place(card: OpenCard): void {
    const element = host.element();
    if (!element) return;
    card.tracker = trackCardPosition({
      element,
      range: card.mention.range,
      size: () => card.size ?? { width: 0, height: 0 },
      onMentionLost: () => hide(false),
      closeWhenOffscreen: () => !open?.pinned,
    });
    if (open !== card) return; // the mention was already gone
    host.reveal(theme());
    host.send({ type: 'placed', request: card.request });
    if (card.focus) focusCard();
  }

  function focusCard(): void {
    host.focus();
    host.send({ type: 'pinned', focus: true });
  }

  function pin(card: OpenCard, focus: boolean): void {
    card.pinned = true;
    intent.setOpenTarget(card.mention);
    host.send({ type: 'pinned', focus });
    if (focus) focusCard();
  }

  async function show(mention: Mention, pinned: boolean, focus: boolean, returnFocus: Element | null) {
    const openedAt = now();
    if (open?.mention.id === mention.id) {
      if (pinned && !open.pinned) {
        open.returnFocus ??= returnFocus;
        pin(open, focus);
      } else if (focus) focusCard();
      return;
    }
    const card: OpenCard = {
      mention,
      request: ++request,
      pinned,
      focus,
      size: null,
      tracker: null,
      returnFocus: returnFocus ?? open?.returnFocus ?? null,
      openedAt,
    };
    open?.tracker?.stop();
    open = card;
    try {
      await host.ready();
    } catch {
      return;
    }
    if (open !== card || ctx.isInvalid) return;
    host.send({
      type: 'show',
      request: card.request,
      recordIds: mention.recordIds,
      termKey: mention.termKey,
      since: publicationDate(),
      theme: theme(),
      pinned,
      focus,
      maxWidth: maxCardWidth(),
      datasetVersion: options.datasetVersion,
    });
  }

  function hide(restoreFocus: boolean): void {
    intent.setOpenTarget(null);
    if (!open) return;
    const { tracker, returnFocus, mention } = open;
    const focusWasInCard = host.hasFocus();
    open = null;
    tracker?.stop();
    host.conceal();
    host.send({ type: 'hide' });
    if (focusWasInCard) returnFocusTo(restoreFocus ? returnFocus : null, mention.range);
  }

  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !open || !event.isTrusted) return;
      hide(true);
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'pointermove',
    (event) => {
      if (!pointerInCard || !event.isTrusted || host.contains(event.target)) return;
      pointerInCard = false;
      if (!open?.pinned) intent.pointerLeftCard();
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(
    window,
    'pointerdown',
    (event) => {
      if (event.isTrusted && open?.pinned && !host.contains(event.target)) hide(false);
    },
    { capture: true },
  );

  return {
    warm: () => host.warm(),
    pointerEnteredMention(mention) {
      host.warm();
      if (!open?.pinned) intent.pointerEnteredTarget(mention);
    },
    pointerLeftMention() {
      if (!open?.pinned) intent.pointerLeftTarget();
    },
    openPinned(mention) {
      const active = document.activeElement;
      const returnFocus = open?.pinned || host.contains(active) ? null : active;
      intent.setOpenTarget(mention);
      void show(mention, true, true, returnFocus);
    },
    close: () => hide(true),
    closeUnlessPinned() {
      if (!open?.pinned) hide(false);
    },
    isOpen: () => open !== null,
    containsTarget: (target) => host.contains(target),
    destroy() {
      hide(false);
      intent.cancel();
      host.remove();
      hoverDelay.stop();
    },
  };
}

function theme() {
  return chooseCardTheme(document, window.matchMedia('(prefers-color-scheme: dark)').matches);
}

/** For the benchmark (e2e build only): hover delay end → card on screen, in the page and in the frame. */
function reportTiming(card: OpenCard, framePaintedAt: number): void {
  if (!e2eHooks.cardTiming) return;
  const report = e2eHooks.cardTiming;
  requestAnimationFrame(() =>
    setTimeout(() => {
      const pagePaintedAt = now();
      report({ request: card.request, openedAt: card.openedAt, framePaintedAt, pagePaintedAt });
    }),
  );
}

/** The reader's hover delay, kept current as the settings change. */
function followHoverDelay(): { current(): number; stop(): void } {
  let hoverDelayMs = DEFAULT_SETTINGS.hoverDelayMs;
  getSettings().then(
    (settings) => (hoverDelayMs = settings.hoverDelayMs),
    () => undefined,
  );
  const stopWatching = watchSettings((settings) => (hoverDelayMs = settings.hoverDelayMs));
  return {
    current: () => hoverDelayMs,
    stop() {
      try {
        stopWatching();
      } catch {
        // After an extension reload the storage API is gone (and its listener with it).
      }
    },
  };
}

let publication: { url: string; date: string | null } | null = null;

/** The article's publication date, read once per address (single-page sites change it without reloading). */
function publicationDate(): string | null {
  if (publication?.url !== location.href) publication = { url: location.href, date: findPublicationDate(document) };
  return publication.date;
}

/** Back to the element that had focus, or — when that was the page itself — to the mention's place in the text. */
function returnFocusTo(element: Element | null, range: Range): void {
  if (element instanceof HTMLElement && element.isConnected && element !== document.body) {
    element.focus({ preventScroll: true });
    return;
  }
  // Moving the (collapsed, invisible) selection to the mention makes the next Tab continue from there.
  const selection = window.getSelection();
  if (selection && range.startContainer.isConnected) selection.collapse(range.endContainer, range.endOffset);
  // Focus leaves the frame for the page itself.
  if (document.activeElement && document.activeElement !== document.body) {
    (document.activeElement as HTMLElement).blur?.();
  }
}
