/**
 * The in-page card presenter: decides when the card opens, stays and closes, and renders it in its host (see
 * card-host.ts). The card shows only the public dataset the content script carries; notes open in the extension's
 * own page, and its actions ("Open notes", "Not on this site") are requests the background checks.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { InPageCard } from '../../../components/card/InPageCard';
import type { CardRecord } from '../../../data/compiled-types';
import type { CardPresenter, Mention } from '../mark/mention-types';
import type { ContentToBackgroundMessage, ContentToBackgroundReply } from '../../shared/messages/content-to-background';
import { DEFAULT_SETTINGS, getSettings, watchSettings } from '../../shared/settings';
import { createCardHost, type CardHost } from './card-host';
import { trackCardPosition, type CardPositionTracker } from './card-position';
import type { CardTextLoader } from './card-text-loader';
import { trapTab } from './focus-trap';
import { createHoverIntent } from './hover-intent';
import { chooseCardTheme } from './page-colour-scheme';
import { findPublicationDate } from './publication-date';

export interface CardPresenterOptions {
  ctx: ContentScriptContext;
  /** The card text, read from the package on the first card. */
  cardText: CardTextLoader;
  /** How long the pointer may take to travel between the mention and the card before it closes. */
  closeDelayMs?: number;
}

interface OpenCard {
  mention: Mention;
  records: CardRecord[];
  pinned: boolean;
  tracker: CardPositionTracker | null;
  /** Where focus was before a pinned card took it. */
  returnFocus: Element | null;
  /** A problem to tell the reader about (an action that failed). */
  notice: string | null;
}

/** What the presenter's parts share. */
interface Card {
  ctx: ContentScriptContext;
  cardText: CardTextLoader;
  host: CardHost;
  open: OpenCard | null;
  /** Pointer and keyboard reports can arrive while the UI is still being created; only the latest counts. */
  showRequest: number;
  /**
   * A pinned card has been asked for and is still loading. It counts as open: the key-ups of the shortcut that
   * asked for it arrive before it shows (in Firefox, with a real keyboard, often), and must not read as "closed".
   */
  pinning: boolean;
  hide(restoreFocus: boolean): void;
  render(): void;
}

const TITLE_ID = 'care-lens-card-title';

export async function createCardPresenter(options: CardPresenterOptions): Promise<CardPresenter> {
  const { ctx } = options;
  const hoverDelay = followHoverDelay();
  const host = createCardHost(ctx, {
    pointerEntered: () => intent.pointerEnteredCard(),
    pointerLeft: () => {
      if (!card.open?.pinned) intent.pointerLeftCard();
    },
    keyDown: (event) => {
      const element = host.card();
      if (card.open?.pinned && element) trapTab(event, element);
    },
  });
  const card: Card = {
    ctx,
    cardText: options.cardText,
    host,
    open: null,
    showRequest: 0,
    pinning: false,
    hide: (restoreFocus) => hide(card, restoreFocus),
    render: () => renderCard(card),
  };
  const intent = createHoverIntent<Mention>({
    openDelayMs: hoverDelay.current,
    closeDelayMs: options.closeDelayMs ?? 300,
    sameTarget: (a, b) => a.id === b.id,
    onOpen: (mention) => void show(card, mention, false),
    onClose: () => card.hide(false),
  });

  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !card.open) return;
      const fromCard = host.contains(event.target);
      card.hide(true);
      // The page keeps its own Escape handling unless the key was pressed inside the card.
      if (fromCard) event.stopPropagation();
    },
    { capture: true },
  );
  ctx.addEventListener(
    window,
    'pointerdown',
    (event) => {
      if (card.open?.pinned && !host.contains(event.target)) card.hide(false);
    },
    { capture: true },
  );

  return {
    pointerEnteredMention(mention) {
      // Start reading the card text now, so it is ready when the hover delay ends.
      void card.cardText.load().catch(() => undefined);
      if (!card.open?.pinned) intent.pointerEnteredTarget(mention);
    },
    pointerLeftMention() {
      if (!card.open?.pinned) intent.pointerLeftTarget();
    },
    openPinned(mention) {
      const alreadyPinned = card.open?.pinned === true;
      const active = document.activeElement;
      const returnFocus = alreadyPinned || host.isHost(active) ? null : active;
      intent.setOpenTarget(mention);
      card.pinning = true;
      void show(card, mention, true, returnFocus);
    },
    close: () => card.hide(true),
    isOpen: () => card.open !== null || card.pinning,
    containsTarget: (target) => host.contains(target),
    destroy() {
      card.hide(false);
      intent.cancel();
      host.remove();
      hoverDelay.stop();
    },
  };

  function hide(state: Card, restoreFocus: boolean): void {
    state.showRequest++;
    state.pinning = false;
    intent.setOpenTarget(null);
    if (!state.open) return;
    const { tracker, returnFocus, mention } = state.open;
    const focusWasInCard = host.hasFocus();
    state.open = null;
    tracker?.stop();
    host.render(null);
    if (restoreFocus && focusWasInCard) returnFocusTo(returnFocus, mention.range);
  }
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

async function show(card: Card, mention: Mention, pinned: boolean, returnFocus: Element | null = null) {
  const request = ++card.showRequest;
  try {
    await showCard(card, request, mention, pinned, returnFocus);
  } finally {
    // A later request (or hide) owns the flag from then on.
    if (request === card.showRequest) card.pinning = false;
  }
}

async function showCard(card: Card, request: number, mention: Mention, pinned: boolean, returnFocus: Element | null) {
  const cards = await card.cardText.load().catch((error: unknown) => {
    console.warn('Care Review Lens: cannot show the card.', error);
    return null;
  });
  if (!cards || request !== card.showRequest) return;
  const records = mention.recordIds.map((id) => cards.get(id)).filter((found): found is CardRecord => Boolean(found));
  if (records.length === 0) return;
  await card.host.ready();
  if (request !== card.showRequest || card.ctx.isInvalid) return;
  const previous = card.open;
  const sameMention = previous?.mention.id === mention.id;
  if (!sameMention) previous?.tracker?.stop();
  const open: OpenCard = {
    mention,
    records,
    pinned,
    tracker: sameMention ? (previous?.tracker ?? null) : null,
    returnFocus: returnFocus ?? previous?.returnFocus ?? null,
    notice: sameMention ? (previous?.notice ?? null) : null,
  };
  card.open = open;
  card.render();
  const element = card.host.card();
  if (!element) return;
  open.tracker ??= trackCardPosition({
    card: element,
    range: mention.range,
    onMentionLost: () => card.hide(false),
    closeWhenOffscreen: () => !card.open?.pinned,
  });
  if (pinned) element.focus({ preventScroll: true });
}

let publication: { url: string; date: string | null } | null = null;

/** The article's publication date, read once per address (single-page sites change it without reloading). */
function publicationDate(): string | null {
  if (publication?.url !== location.href) publication = { url: location.href, date: findPublicationDate(document) };
  return publication.date;
}

function renderCard(card: Card): void {
  const { open } = card;
  if (!open) return;
  const systemPrefersDark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  card.host.render(
    <InPageCard
      key={open.mention.id}
      records={open.records}
      matchedText={open.mention.matchedText}
      termKey={open.mention.termKey}
      since={publicationDate()}
      pinned={open.pinned}
      theme={chooseCardTheme(document, systemPrefersDark)}
      titleId={TITLE_ID}
      notice={open.notice}
      resolveRecord={(id) => card.cardText.loaded()?.get(id)}
      dataset={card.cardText.about()}
      onOpenNotes={(recordId) =>
        void askBackground(
          card,
          { type: 'care-lens/open-notes', recordId },
          'The extension did not answer. Open its popup to reach your notes.',
        )
      }
      onDisableSite={() => void disableSite(card)}
      onClose={() => card.hide(true)}
    />,
  );
}

/** Asks the background to act for the card; a failure is shown in the card in words. */
async function askBackground(card: Card, message: ContentToBackgroundMessage, fallback: string): Promise<boolean> {
  const reply = (await browser.runtime.sendMessage(message).catch(() => null)) as ContentToBackgroundReply | null;
  if (reply?.ok) return true;
  if (card.open) {
    card.open.notice = reply?.error.message ?? fallback;
    card.render();
  }
  return false;
}

async function disableSite(card: Card): Promise<void> {
  // The background checks that a content script switches off only its own site, and writes the setting.
  const done = await askBackground(
    card,
    { type: 'care-lens/disable-site', hostname: location.hostname },
    'The extension did not answer. Use its popup to turn marking off here.',
  );
  if (done) card.hide(true);
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
}
