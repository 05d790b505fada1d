/**
 * The in-page card presenter: decides when the card opens, stays and closes, and renders it in a shadow root so
 * the page's CSS cannot reach it. The shadow host — created on first use — is the only thing added to the page.
 * The card shows only the public dataset the content script carries; notes open in the extension's own page.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import recordCss from '../../../components/shared/record-components.css?inline';
import { InPageCard } from '../../../components/card/InPageCard';
import type { CardRecord } from '../../../data/compiled-types';
import type { CardTextLoader } from './card-text-loader';
import { createHoverIntent } from './hover-intent';
import type { CardPresenter, Mention } from '../mark/mention-types';
import type { ContentToBackgroundMessage, ContentToBackgroundReply } from '../../shared/messages/content-to-background';
import { findPublicationDate } from './publication-date';
import { DEFAULT_SETTINGS, getSettings, watchSettings } from '../../shared/settings';
import cardCss from '../../../components/card/card.css?inline';
import { trackCardPosition, type CardPositionTracker } from './card-position';
import { trapTab } from './focus-trap';
import { chooseCardTheme } from './page-colour-scheme';

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

const TITLE_ID = 'care-lens-card-title';

export async function createCardPresenter(options: CardPresenterOptions): Promise<CardPresenter> {
  const { ctx, cardText } = options;
  let hoverDelayMs = DEFAULT_SETTINGS.hoverDelayMs;
  getSettings().then(
    (settings) => (hoverDelayMs = settings.hoverDelayMs),
    () => undefined,
  );
  const stopWatchingSettings = watchSettings((settings) => (hoverDelayMs = settings.hoverDelayMs));

  let ui: ShadowRootContentScriptUi<void> | null = null;
  let uiPromise: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let open: OpenCard | null = null;
  let publication: { url: string; date: string | null } | null = null;
  // Pointer and keyboard reports can arrive while the UI is still being created; only the latest counts.
  let showRequest = 0;

  const intent = createHoverIntent<Mention>({
    openDelayMs: () => hoverDelayMs,
    closeDelayMs: options.closeDelayMs ?? 300,
    sameTarget: (a, b) => a.id === b.id,
    onOpen: (mention) => void show(mention, false),
    onClose: () => hide(false),
  });

  const ensureUi = () => {
    uiPromise ??= createShadowRootUi<void>(ctx, {
      name: 'care-lens-card',
      position: 'inline',
      // In <body>: hosts after it confuse accessibility checkers. card-position corrects for a transformed body.
      anchor: () => document.body ?? document.documentElement,
      append: 'last',
      mode: 'open',
      css: `${recordCss}\n${cardCss}`,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container) => {
        // The shadow root is open, so page scripts can reach the buttons: only the reader's own clicks count.
        container.addEventListener(
          'click',
          (event) => {
            if (!event.isTrusted) event.stopImmediatePropagation();
          },
          true,
        );
        container.addEventListener('pointerenter', () => intent.pointerEnteredCard());
        container.addEventListener('pointerleave', () => {
          if (!open?.pinned) intent.pointerLeftCard();
        });
        container.addEventListener('keydown', (event) => {
          const card = cardElement();
          if (open?.pinned && card) trapTab(event, card);
        });
      },
      onRemove: () => {
        if (ui) render(null, ui.uiContainer);
      },
    }).then((created) => {
      created.mount();
      ui = created;
      return created;
    });
    return uiPromise;
  };

  const cardElement = () => ui?.uiContainer.querySelector<HTMLElement>('.crl-card') ?? null;

  const publicationDate = () => {
    if (publication?.url !== location.href) publication = { url: location.href, date: findPublicationDate(document) };
    return publication.date;
  };

  async function show(mention: Mention, pinned: boolean, returnFocus: Element | null = null): Promise<void> {
    const request = ++showRequest;
    const cards = await cardText.load().catch((error: unknown) => {
      console.warn('Care Review Lens: cannot show the card.', error);
      return null;
    });
    if (!cards || request !== showRequest) return;
    const records = mention.recordIds.map((id) => cards.get(id)).filter((card): card is CardRecord => Boolean(card));
    if (records.length === 0) return;
    await ensureUi();
    if (request !== showRequest || ctx.isInvalid) return;
    const sameMention = open?.mention.id === mention.id;
    if (!sameMention) open?.tracker?.stop();
    open = {
      mention,
      records,
      pinned,
      tracker: sameMention ? (open?.tracker ?? null) : null,
      returnFocus: returnFocus ?? open?.returnFocus ?? null,
      notice: sameMention ? (open?.notice ?? null) : null,
    };
    renderOpenCard();
    const card = cardElement();
    if (!card) return;
    open.tracker ??= trackCardPosition({
      card,
      range: mention.range,
      onMentionLost: () => hide(false),
      closeWhenOffscreen: () => !open?.pinned,
    });
    if (pinned) card.focus({ preventScroll: true });
  }

  function renderOpenCard(): void {
    if (!open || !ui) return;
    const { mention } = open;
    const systemPrefersDark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    render(
      <InPageCard
        key={mention.id}
        records={open.records}
        matchedText={mention.matchedText}
        termKey={mention.termKey}
        since={publicationDate()}
        pinned={open.pinned}
        theme={chooseCardTheme(document, systemPrefersDark)}
        titleId={TITLE_ID}
        notice={open.notice}
        resolveRecord={(id) => cardText.loaded()?.get(id)}
        onOpenNotes={(recordId) => void openNotes(recordId)}
        onDisableSite={() => void disableSite()}
        onClose={() => hide(true)}
      />,
      ui.uiContainer,
    );
  }

  function hide(restoreFocus: boolean): void {
    showRequest++;
    intent.setOpenTarget(null);
    if (!open) return;
    const { tracker, returnFocus, mention } = open;
    const focusWasInCard = Boolean(ui?.shadow.activeElement);
    open = null;
    tracker?.stop();
    if (ui) render(null, ui.uiContainer);
    if (restoreFocus && focusWasInCard) returnFocusTo(returnFocus, mention.range);
  }

  /** Asks the background to act for the card; a failure is shown in the card in words. */
  async function askBackground(message: ContentToBackgroundMessage, fallback: string): Promise<boolean> {
    const reply = (await browser.runtime.sendMessage(message).catch(() => null)) as ContentToBackgroundReply | null;
    if (reply?.ok) return true;
    if (open) {
      open.notice = reply?.error.message ?? fallback;
      renderOpenCard();
    }
    return false;
  }

  async function openNotes(recordId: string): Promise<void> {
    await askBackground(
      { type: 'care-lens/open-notes', recordId },
      'The extension did not answer. Open its popup to reach your notes.',
    );
  }

  async function disableSite(): Promise<void> {
    // The background checks that a content script switches off only its own site, and writes the setting.
    const done = await askBackground(
      { type: 'care-lens/disable-site', hostname: location.hostname },
      'The extension did not answer. Use its popup to turn marking off here.',
    );
    if (done) hide(true);
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    const fromCard = presenter.containsTarget(event.target);
    hide(true);
    // The page keeps its own Escape handling unless the key was pressed inside the card.
    if (fromCard) event.stopPropagation();
  };
  const onPointerDown = (event: PointerEvent) => {
    if (open?.pinned && !presenter.containsTarget(event.target)) hide(false);
  };
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('pointerdown', onPointerDown, true);

  const presenter: CardPresenter = {
    pointerEnteredMention(mention) {
      // Start reading the card text now, so it is ready when the hover delay ends.
      void cardText.load().catch(() => undefined);
      if (!open?.pinned) intent.pointerEnteredTarget(mention);
    },
    pointerLeftMention() {
      if (!open?.pinned) intent.pointerLeftTarget();
    },
    openPinned(mention) {
      const alreadyPinned = open?.pinned === true;
      const active = document.activeElement;
      const returnFocus = alreadyPinned || active === ui?.shadowHost ? null : active;
      intent.setOpenTarget(mention);
      void show(mention, true, returnFocus);
    },
    close() {
      hide(true);
    },
    isOpen() {
      return open !== null;
    },
    containsTarget(target) {
      if (!ui || !(target instanceof Node)) return false;
      return target === ui.shadowHost || ui.shadowHost.contains(target) || ui.shadow.contains(target);
    },
    destroy() {
      hide(false);
      intent.cancel();
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('pointerdown', onPointerDown, true);
      ui?.remove();
      ui = null;
      uiPromise = null;
      try {
        stopWatchingSettings();
      } catch {
        // After an extension reload the storage API is gone (and its listener with it).
      }
    },
  };
  return presenter;
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
