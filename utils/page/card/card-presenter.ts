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
import { createDismissalMemory, type DismissalMemory } from './dismissal-memory';
import { afterFrameDrawn, runInFrameNear } from './frame-alignment';
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
  /** The card closed, however (Escape in the card reaches no page listener): the mention stops looking current. */
  onClosed?(): void;
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
  /** When to show it (the `performance.now()` clock): the hover delay's end, or at once. */
  revealAt: number;
  /** Cancels a reveal waiting for its animation frame. */
  cancelReveal?: () => void;
  /** For the benchmark: when the hover delay ended, and when the page and the frame had painted the card. */
  openedAt: number;
  placedAt?: number;
  pagePaintedAt?: number;
  framePaintedAt?: number;
}

const now = () => performance.timeOrigin + performance.now();
/**
 * The hover timer fires this long (a 60 Hz frame and a little) before the delay ends, so the card can be shown in
 * the frame nearest the delay's end instead of waiting for the frame after it.
 */
const OPEN_LEAD_MS = 20;

/** What the presenter's parts share. */
interface Presenter {
  ctx: ContentScriptContext;
  datasetVersion: string;
  host: CardFrameHost;
  intent: HoverIntent<Mention>;
  open: OpenCard | null;
  request: number;
  /** The frame said the pointer is in the card; the page's own pointer events tell when it is back on the page. */
  pointerInCard: boolean;
  onClosed(): void;
  /**
   * The card being prepared while the hover delay runs: the hidden frame renders it and reports its size, so when
   * the delay ends the card is only placed and shown (no round trip to the frame then).
   */
  prepared: { mention: Mention; request: number; size: { width: number; height: number } | null } | null;
  /** A card the reader closed stays closed while the pointer rests on its mention. */
  dismissal: DismissalMemory;
}

export function createCardPresenter(options: CardPresenterOptions): CardPresenter {
  const { ctx } = options;
  const hoverDelay = followHoverDelay();
  const state = {
    ctx,
    datasetVersion: options.datasetVersion,
    open: null,
    request: 0,
    pointerInCard: false,
    prepared: null,
    dismissal: createDismissalMemory(),
    onClosed: options.onClosed ?? (() => undefined),
  } as Presenter;
  state.host = createCardFrameHost(ctx, {
    message: (message) => onFrameMessage(state, message),
    lost: () => hide(state, false),
  });
  state.intent = createHoverIntent<Mention>({
    openDelayMs: hoverDelay.current,
    closeDelayMs: options.closeDelayMs ?? 300,
    openLeadMs: OPEN_LEAD_MS,
    sameTarget: (a, b) => a.id === b.id,
    onOpen: (mention, dueAt) => void show(state, mention, false, false, null, dueAt),
    onClose: () => hide(state, false),
  });
  listenForDismissal(state);
  const { host, intent } = state;

  return {
    warm: () => host.warm(),
    pointerEnteredMention(mention) {
      host.warm();
      if (!state.dismissal.entered(mention.id)) return;
      if (state.open?.pinned) return;
      prepare(state, mention);
      intent.pointerEnteredTarget(mention);
    },
    pointerLeftMention() {
      state.dismissal.left();
      if (!state.open?.pinned) intent.pointerLeftTarget();
    },
    openPinned(mention) {
      const active = document.activeElement;
      const returnFocus = state.open?.pinned || host.contains(active) ? null : active;
      intent.setOpenTarget(mention);
      void show(state, mention, true, true, returnFocus);
    },
    close: () => dismiss(state, true),
    closeUnlessPinned() {
      if (!state.open?.pinned) hide(state, false);
    },
    isOpen: () => state.open !== null,
    containsTarget: (target) => host.contains(target),
    destroy() {
      hide(state, false);
      intent.cancel();
      host.remove();
      hoverDelay.stop();
    },
  };
}

function onFrameMessage(state: Presenter, message: FrameToContentMessage): void {
  const { open, intent } = state;
  if (message.type === 'size') {
    if (state.prepared?.request === message.request) {
      state.prepared.size = { width: message.width, height: message.height };
    }
    if (!open || message.request !== open.request) return;
    open.size = { width: message.width, height: message.height };
    if (open.tracker) open.tracker.update();
    else placeWhenDue(state, open);
  } else if (message.type === 'pointer') {
    state.pointerInCard = message.inside;
    if (message.inside) intent.pointerEnteredCard();
    else if (!open?.pinned) intent.pointerLeftCard();
  } else if (message.type === 'engaged') {
    if (open && !open.pinned) pin(state, open, false);
  } else if (message.type === 'close') {
    dismiss(state, message.restoreFocus);
  } else if (message.type === 'painted') {
    if (open && message.request === open.request) {
      open.framePaintedAt = message.at;
      reportTiming(open);
    }
  }
}

/**
 * The card's size is known: the hidden frame takes the card's place and size and draws it now, so that in the
 * animation frame nearest the hover delay's end the page only has to show it. (Resizing a frame of another origin
 * at that moment would cost a frame of its own: the frame draws at its new size only in its next frame.)
 */
function placeWhenDue(state: Presenter, card: OpenCard): void {
  const element = state.host.element();
  if (!element || state.open !== card) return;
  card.cancelReveal?.();
  state.host.send({ type: 'placed', request: card.request });
  card.tracker?.stop();
  card.tracker = trackCardPosition({
    element,
    range: card.mention.range,
    size: () => card.size ?? { width: 0, height: 0 },
    onMentionLost: () => hide(state, false),
    closeWhenOffscreen: () => !state.open?.pinned,
  });
  if (state.open !== card) return; // the mention was already gone
  card.cancelReveal = runInFrameNear(card.revealAt, (inFrame) => {
    card.cancelReveal = undefined;
    reveal(state, card, inFrame);
  });
}

/** Show the placed card and hand it focus when asked. */
function reveal(state: Presenter, card: OpenCard, inFrame: boolean): void {
  if (state.open !== card) return;
  card.placedAt = now();
  state.host.reveal(theme());
  if (card.focus) focusCard(state);
  state.host.send({ type: 'shown', request: card.request });
  if (e2eHooks.cardTiming) {
    // The page has drawn the frame that shows the frame element.
    afterFrameDrawn(inFrame, () => {
      card.pagePaintedAt = now();
      reportTiming(card);
    });
  }
}

function focusCard(state: Presenter): void {
  state.host.focus();
  state.host.send({ type: 'pinned', focus: true });
}

function pin(state: Presenter, card: OpenCard, focus: boolean): void {
  card.pinned = true;
  state.intent.setOpenTarget(card.mention);
  state.host.send({ type: 'pinned', focus });
  if (focus) focusCard(state);
}

/** While no card is open, the hidden frame renders the hovered mention's card ahead of the hover delay's end. */
function prepare(state: Presenter, mention: Mention): void {
  if (state.open || state.prepared?.mention.id === mention.id) return;
  const request = ++state.request;
  state.prepared = { mention, request, size: null };
  void state.host.ready().then(
    () => {
      if (state.open?.request === request) sendShow(state, state.open);
      else if (state.prepared?.request === request) {
        sendShow(state, { mention, request, pinned: false, focus: false });
      }
    },
    () => undefined,
  );
}

async function show(
  state: Presenter,
  mention: Mention,
  pinned: boolean,
  focus: boolean,
  returnFocus: Element | null,
  dueAt = performance.now(),
) {
  const previous = state.open;
  if (previous?.mention.id === mention.id) {
    if (pinned && !previous.pinned) {
      previous.returnFocus ??= returnFocus;
      pin(state, previous, focus);
    } else if (focus) focusCard(state);
    return;
  }
  // A hover card prepared while the delay ran only needs placing (a pinned one is rendered afresh, with focus).
  const prepared = !previous && !pinned && state.prepared?.mention.id === mention.id ? state.prepared : null;
  state.prepared = null;
  const card: OpenCard = {
    mention,
    request: prepared?.request ?? ++state.request,
    pinned,
    focus,
    size: prepared?.size ?? null,
    tracker: null,
    returnFocus: returnFocus ?? previous?.returnFocus ?? null,
    revealAt: dueAt,
    openedAt: performance.timeOrigin + dueAt,
  };
  previous?.tracker?.stop();
  previous?.cancelReveal?.();
  state.open = card;
  if (prepared) {
    // Sent already (or about to be, once the frame is ready): place it now if its size is known, else on arrival.
    if (card.size) placeWhenDue(state, card);
    return;
  }
  try {
    await state.host.ready();
  } catch {
    return;
  }
  if (state.open !== card || state.ctx.isInvalid) return;
  sendShow(state, card);
}

function sendShow(state: Presenter, card: Pick<OpenCard, 'mention' | 'request' | 'pinned' | 'focus'>): void {
  state.host.send({
    type: 'show',
    request: card.request,
    recordIds: card.mention.recordIds,
    termKey: card.mention.termKey,
    since: publicationDate(),
    theme: theme(),
    pinned: card.pinned,
    focus: card.focus,
    maxWidth: maxCardWidth(),
    datasetVersion: state.datasetVersion,
  });
}

/** The reader closed the card: it stays closed while the pointer rests on its mention. */
function dismiss(state: Presenter, restoreFocus: boolean): void {
  state.dismissal.dismissed(state.open?.mention.id ?? null);
  hide(state, restoreFocus);
}

function hide(state: Presenter, restoreFocus: boolean): void {
  state.intent.setOpenTarget(null);
  if (!state.open) return;
  const { tracker, returnFocus, mention, cancelReveal } = state.open;
  const focusWasInCard = state.host.hasFocus();
  state.open = null;
  cancelReveal?.();
  state.pointerInCard = false;
  tracker?.stop();
  state.host.conceal();
  state.host.send({ type: 'hide' });
  if (focusWasInCard) returnFocusTo(restoreFocus ? returnFocus : null, mention.range);
  state.onClosed();
}

/** Escape and a press elsewhere close the card; the pointer back on the page means it left the card. */
function listenForDismissal(state: Presenter): void {
  const { ctx, host, intent } = state;
  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      if (event.key === 'Escape' && state.open && event.isTrusted) dismiss(state, true);
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'pointermove',
    (event) => {
      if (!state.pointerInCard || !event.isTrusted || host.contains(event.target)) return;
      state.pointerInCard = false;
      if (!state.open?.pinned) intent.pointerLeftCard();
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(
    window,
    'pointerdown',
    (event) => {
      if (event.isTrusted && state.open?.pinned && !host.contains(event.target)) dismiss(state, false);
    },
    { capture: true },
  );
}

function theme() {
  return chooseCardTheme(document, window.matchMedia('(prefers-color-scheme: dark)').matches);
}

/**
 * For the benchmark (e2e build only): hover delay end → card painted, once both the page (frame element shown) and
 * the frame (its content drawn) have painted. All times are `performance.timeOrigin + now()`, comparable across the
 * two documents.
 */
function reportTiming(card: OpenCard): void {
  const { pagePaintedAt, framePaintedAt } = card;
  if (!e2eHooks.cardTiming || pagePaintedAt === undefined || framePaintedAt === undefined) return;
  const placedAt = card.placedAt ?? pagePaintedAt;
  e2eHooks.cardTiming({ request: card.request, openedAt: card.openedAt, placedAt, framePaintedAt, pagePaintedAt });
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
