/**
 * The card frame's life: reads the card text and the reader's notes as soon as the frame starts (the content script
 * creates the frame when the pointer first nears a mark), connects to its content script, and for each card shown
 * renders it synchronously, measures it and reports its size at once, so the content script can place it in the
 * same frame of the page. It also reports the pointer entering and leaving, Escape, and the reader using the card.
 */
import { browser } from 'wxt/browser';
import type { Note } from '../notes/notes-repository';
import type { CardNotesClient } from './card-notes-client';
import type { CardShow, ContentToFrameMessage, FrameToContentMessage } from '../../shared/messages/card-frame';
import { createCardTextLoader, type CardLookup, type DatasetAbout } from './card-text-loader';
import { readCardHintDismissed, watchCardHintDismissed } from './card-hint';
import { readCardView, type CardView } from './card-view-preference';
import { connectToContentScript, frameNonce, type FrameChannel } from './frame-channel';
import { trapTab } from './focus-trap';

/** The card's default width in CSS pixels (28em of its 15px text). */
const CARD_WIDTH = 420;

/** What the frame renders; `show` is null while no card is open. */
export interface CardFrameState {
  show: CardShow | null;
  cards: CardLookup | null;
  dataset: DatasetAbout | null;
  notes: readonly Note[] | undefined;
  view: CardView;
  /** The reader dismissed the first card's "What is this?" (card-hint.ts); true until known, so it never flashes. */
  hintDismissed: boolean;
  /** The dataset of the content script is not the frame's (the extension was updated under the page). */
  outdated: boolean;
}

export interface CardFrameRenderer {
  /** Renders synchronously, so the card can be measured right after. */
  render(state: CardFrameState, send: (message: FrameToContentMessage) => void): void;
  /** The card element, to measure and focus. */
  card(): HTMLElement | null;
}

/** The packaged card text, read from the extension's own origin (it is not web-accessible). */
async function fetchCardText(): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL('/card-text.json' as '/card-frame.html'));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** The card's full size: its width, and its height were it given all the room it wants. */
function naturalSize(card: HTMLElement): { width: number; height: number } {
  const frame = card.offsetHeight - card.clientHeight;
  return { width: Math.ceil(card.offsetWidth), height: Math.ceil(card.scrollHeight + frame) };
}

export async function startCardFrame(renderer: CardFrameRenderer, notes: CardNotesClient): Promise<void> {
  const nonce = frameNonce(location.hash);
  if (!nonce) return;
  const loader = createCardTextLoader(fetchCardText);
  const state: CardFrameState = {
    show: null,
    cards: null,
    dataset: null,
    notes: undefined,
    view: 'summary',
    hintDismissed: true,
    outdated: false,
  };
  let channel: FrameChannel | null = null;
  const send = (message: FrameToContentMessage) => channel?.send(message);
  const draw = () => renderer.render(state, send);
  let lastSize = { width: 0, height: 0 };
  const reportSize = () => {
    const card = renderer.card();
    if (!card || !state.show) return;
    const size = naturalSize(card);
    if (size.width === lastSize.width && size.height === lastSize.height) return;
    lastSize = size;
    send({ type: 'size', request: state.show.request, ...size });
  };
  // Later changes of size (details opened, notes added) are reported as they happen.
  const resizes = new ResizeObserver(reportSize);

  const onMessage = (message: ContentToFrameMessage) => {
    if (message.type === 'show') {
      // The background's worker may have been stopped since: follow the notes again (a no-op while connected).
      followNotes();
      state.show = message;
      state.outdated = state.dataset !== null && state.dataset.version !== message.datasetVersion;
      document.documentElement.style.setProperty('--crl-card-width', `${Math.min(CARD_WIDTH, message.maxWidth)}px`);
      lastSize = { width: 0, height: 0 };
      // Laid out but not drawn until the content script has placed it (it may be prepared ahead of the hover delay).
      document.documentElement.dataset.placed = 'false';
      delete document.documentElement.dataset.onScreen;
      draw();
      reportSize();
      observe(renderer.card(), resizes);
      if (message.focus) renderer.card()?.focus({ preventScroll: true });
    } else if (message.type === 'placed') {
      if (message.request === state.show?.request) document.documentElement.dataset.placed = 'true';
      const { request } = message;
      reportWhenDrawnOnScreen(
        () => state.show?.request === request,
        () => send({ type: 'painted', request, at: performance.timeOrigin + performance.now() }),
      );
    } else if (message.type === 'shown') {
      if (message.request === state.show?.request) document.documentElement.dataset.onScreen = 'true';
    } else if (message.type === 'pinned') {
      if (state.show) state.show = { ...state.show, pinned: true };
      draw();
      if (message.focus) renderer.card()?.focus({ preventScroll: true });
    } else {
      state.show = null;
      delete document.documentElement.dataset.onScreen;
      resizes.disconnect();
      draw();
    }
  };

  listenToReader(send, renderer);
  const [cards, view, hintDismissed] = await Promise.all([loader.load(), readCardView(), readCardHintDismissed()]);
  state.cards = cards;
  state.dataset = loader.about();
  state.view = view;
  state.hintDismissed = hintDismissed;
  watchCardHintDismissed((dismissed) => {
    state.hintDismissed = dismissed;
    if (state.show) draw();
  });
  const followNotes = () =>
    notes.follow((list) => {
      state.notes = list;
      if (state.show) draw();
    });
  followNotes();
  channel = await connectToContentScript(nonce, onMessage, () => {
    state.show = null;
    draw();
  });
  send({ type: 'ready' });
}

function observe(card: HTMLElement | null, resizes: ResizeObserver): void {
  resizes.disconnect();
  if (!card) return;
  for (const part of card.children) resizes.observe(part);
  for (const part of card.querySelectorAll('.crl-card-body > *')) resizes.observe(part);
}

/** Pointer in and out, Escape, Tab kept inside, and "the reader is using the card". Trusted input only. */
function listenToReader(send: (message: FrameToContentMessage) => void, renderer: CardFrameRenderer): void {
  // Leaving the frame shows as a pointerout with nothing to go to (no pointerleave reaches the root of a frame).
  let inside = false;
  const report = (now: boolean) => {
    if (now === inside) return;
    inside = now;
    send({ type: 'pointer', inside: now });
  };
  document.addEventListener('pointerover', (event) => event.isTrusted && report(true), true);
  document.addEventListener('pointermove', (event) => event.isTrusted && report(true), true);
  document.addEventListener(
    'pointerout',
    (event) => event.isTrusted && event.relatedTarget === null && report(false),
    true,
  );
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (event.isTrusted) send({ type: 'engaged' });
    },
    true,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      const card = renderer.card();
      if (event.key === 'Escape') {
        event.preventDefault();
        send({ type: 'close', restoreFocus: true });
        return;
      }
      send({ type: 'engaged' });
      if (card) trapTab(event, card);
    },
    true,
  );
}

/**
 * For the benchmark: after the first of this frame's frames drawn at the card's size. The page sizes the frame
 * element (hidden, it is 1 px) in its animation frame nearest the hover delay's end, after it said "placed".
 */
function reportWhenDrawnOnScreen(stillShowing: () => boolean, report: () => void): void {
  const check = () => {
    if (!stillShowing()) return;
    if (window.innerWidth > 1 && window.innerHeight > 1) setTimeout(report);
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
