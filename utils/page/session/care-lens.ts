/**
 * The content script's life on one page: loads the compiled term index, follows the user's settings (pause,
 * off on this site, style, first mention only), starts and stops marking, answers the extension's messages, and
 * takes everything down when the extension reloads or updates so a new content script can start clean.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { e2eHooks } from '#e2e-hooks';
import type { ContentIndex } from '../../../data/compiled-types';
import contentIndexJson from '../../../data/generated/content-index.json';
import { createCardPresenter } from '../card/card-presenter';
import { createCardTextLoader, type CardTextLoader } from '../card/card-text-loader';
import { deferPresenter } from '../card/deferred-presenter';
import { trackPointer } from '../mark/pointer-tracking';
import { createTermMatcher } from '../match/term-matcher';
import { OWN_UI_PREFIX, type SkipRules } from '../scan/text-segments';
import { CARD_TEXT_FILE } from '../../shared/packaged-files';
import { getSettings, isMarkingOnFor, watchSettings, type Settings } from '../../shared/settings';
import { answerMessages } from './content-messages';
import { startMarkingSession, type MarkingSession } from './marking-session';
import { onPageNavigation } from './spa-navigation';

export async function startCareLens(ctx: ContentScriptContext): Promise<void> {
  const contentIndex = contentIndexJson as unknown as ContentIndex;
  const signals = contentIndex.contextSignals ?? { keys: [], signalOfKey: [], weights: [] };
  const matcher = createTermMatcher(contentIndex.terms, signals.keys);
  const presenter = deferPresenter(createCardPresenter({ ctx, cardText: packagedCardText(contentIndex) }));
  const isOwnUi = (node: Node): boolean =>
    (node instanceof Element && node.localName.startsWith(OWN_UI_PREFIX)) || presenter.containsTarget(node);
  const rules: SkipRules = { isOwnUi };

  let session: MarkingSession | null = null;
  let appliedSettings: Settings | null = null;
  const apply = (settings: Settings): void => {
    if (ctx.isInvalid) return;
    appliedSettings = settings;
    const on = isMarkingOnFor(settings, location.hostname);
    if (on && !session) {
      const onSettled = e2eHooks.scanSettled;
      session = startMarkingSession({ ctx, matcher, signals, presenter, settings, rules, isOwnUi, onSettled });
    } else if (!on && session) {
      session.destroy();
      session = null;
    }
    session?.applySettings(settings);
  };

  // Listeners for the content script's whole life (WXT's context removes them); they act on the current session.
  const pointer = trackPointer({
    ctx,
    presenter,
    marking: () => session !== null,
    // Asking the context lets a script orphaned by an extension reload notice at the reader's next move.
    hitTest: (x, y) => (session && !ctx.isInvalid ? session.hitTest(x, y) : null),
    pin: (mention) => session?.open(mention),
    closed: () => session?.cardClosed(),
  });
  const followViewport = () => session?.followViewport();
  ctx.addEventListener(window, 'scroll', followViewport, { passive: true });
  ctx.addEventListener(window, 'resize', followViewport, { passive: true });

  const stopAnswering = answerMessages(() => ({ session, settings: appliedSettings }));
  const stopWatching = watchSettings(apply);
  onPageNavigation(ctx, () => {
    pointer.forgetHover();
    session?.navigated();
  });
  ctx.onInvalidated(() => {
    // Page-side pieces first: after an extension reload or update the extension APIs are gone and unsubscribing
    // from them throws "Extension context invalidated", which must not leave marks and observers behind.
    session?.destroy();
    session = null;
    presenter.destroy();
    for (const stop of [stopAnswering, stopWatching]) {
      try {
        stop();
      } catch {
        // The extension context is gone, and its listeners with it.
      }
    }
  });

  const settings = await getSettings();
  if (!ctx.isInvalid) apply(settings);
}

/** The card text, read from the extension's package the first time a card is about to open. */
function packagedCardText(contentIndex: ContentIndex): CardTextLoader {
  return createCardTextLoader(async () => {
    // Added to the package by a build hook (wxt.config.ts), so WXT's typed list of public paths does not name it.
    const packagedUrl = (browser.runtime.getURL as (path: string) => string)(`/${CARD_TEXT_FILE}`);
    const response = await fetch(packagedUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }, contentIndex.meta.version);
}
