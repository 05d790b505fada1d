/**
 * The content script's life on one page: loads the compiled term index, follows the user's settings (pause,
 * off on this site, style, first mention only), starts and stops marking, answers the extension's messages, and
 * takes everything down when the extension reloads or updates so a new content script can start clean.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { e2eHooks } from '#e2e-hooks';
import type { ContentIndex } from '../../../data/compiled-types';
import contentIndexJson from '../../../data/generated/content-index.json';
import { createCardPresenter } from '../card/card-presenter';
import { trackPointer } from '../mark/pointer-tracking';
import { createTermMatcher } from '../match/term-matcher';
import { OWN_UI_PREFIX, type SkipRules } from '../scan/text-segments';
import { getSettings, isMarkingOnFor, watchSettings, type Settings } from '../../shared/settings';
import { answerMessages } from './content-messages';
import { startMarkingSession, type MarkingSession } from './marking-session';
import { onPageNavigation } from './spa-navigation';

export async function startCareLens(ctx: ContentScriptContext): Promise<void> {
  // Asked first: the storage round trip overlaps everything below.
  const settingsRead = getSettings();
  const contentIndex = contentIndexJson as unknown as ContentIndex;
  const matcher = createTermMatcher(contentIndex);
  const presenter = createCardPresenter({
    ctx,
    datasetVersion: contentIndex.meta.version,
    onClosed: () => session?.cardClosed(),
  });
  const isOwnUi = (node: Node): boolean =>
    (node instanceof Element && node.localName.startsWith(OWN_UI_PREFIX)) || presenter.containsTarget(node);
  const rules: SkipRules = { isOwnUi };

  let session: MarkingSession | null = null;
  /** Settings that arrived before the page's DOM was parsed: applied once it is. */
  let waiting: Settings | null = null;
  let appliedSettings: Settings | null = null;
  const apply = (settings: Settings): void => {
    if (ctx.isInvalid) return;
    appliedSettings = settings;
    const on = isMarkingOnFor(settings, location.hostname);
    if (document.readyState === 'loading') {
      // The script starts with the document; the patterns compile while the page is still being parsed.
      if (on) matcher.warmUp();
      if (!waiting) ctx.addEventListener(document, 'DOMContentLoaded', () => apply(waiting!), { once: true });
      waiting = settings;
      return;
    }
    if (on && !session) {
      const onSettled = e2eHooks.scanSettled;
      session = startMarkingSession({ ctx, matcher, presenter, settings, rules, isOwnUi, onSettled });
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

  const settings = await settingsRead;
  if (!ctx.isInvalid) apply(settings);
}
