/**
 * The content script's life on one page: loads the compiled term index, follows the user's settings (pause,
 * off on this site, style, first mention only), starts and stops marking, answers the extension's messages, and
 * takes everything down when the extension reloads or updates so a new content script can start clean.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import contentIndexJson from '../../../data/generated/content-index.json';
import type { ContentIndex } from '../../../data/compiled-types';
import { e2eHooks } from '#e2e-hooks';
import { CARD_TEXT_FILE } from '../../shared/packaged-files';
import { createCardTextLoader } from '../card/card-text-loader';
import { getSettings, isMarkingOnFor, watchSettings, type Settings } from '../../shared/settings';
import { onPageNavigation } from './spa-navigation';
import { createTermMatcher } from '../match/term-matcher';
import { OWN_UI_PREFIX, type SkipRules } from '../scan/text-segments';
import { createCardPresenter } from '../card/card-presenter';
import { answerMessages } from './content-messages';
import { deferPresenter } from '../card/deferred-presenter';
import { startMarkingSession, type MarkingSession } from './marking-session';

export async function startCareLens(ctx: ContentScriptContext): Promise<void> {
  const contentIndex = contentIndexJson as unknown as ContentIndex;
  const signals = contentIndex.contextSignals ?? { keys: [], signalOfKey: [], weights: [] };
  const matcher = createTermMatcher(contentIndex.terms, signals.keys);
  const cardText = createCardTextLoader(async () => {
    // Added to the package by a build hook (wxt.config.ts), so WXT's typed list of public paths does not name it.
    const packagedUrl = (browser.runtime.getURL as (path: string) => string)(`/${CARD_TEXT_FILE}`);
    const response = await fetch(packagedUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }, contentIndex.meta.version);
  const presenter = deferPresenter(createCardPresenter({ ctx, cardText }));
  const isOwnUi = (node: Node): boolean =>
    (node instanceof Element && node.localName.startsWith(OWN_UI_PREFIX)) || presenter.containsTarget(node);
  const rules: SkipRules = { isOwnUi };

  let session: MarkingSession | null = null;
  const apply = (settings: Settings): void => {
    if (ctx.isInvalid) return;
    const on = isMarkingOnFor(settings, location.hostname);
    if (on && !session) {
      session = startMarkingSession({
        matcher,
        signals,
        presenter,
        settings,
        rules,
        isOwnUi,
        onSettled: e2eHooks.scanSettled,
        alive: () => ctx.isValid,
      });
    } else if (!on && session) {
      session.destroy();
      session = null;
    }
    session?.applySettings(settings);
  };

  const stopAnswering = answerMessages(() => session);
  const stopWatching = watchSettings(apply);
  const stopFollowing = onPageNavigation(ctx, () => session?.navigated());
  const teardown = (): void => {
    // Page-side pieces first: after an extension reload or update the extension APIs are gone and unsubscribing
    // from them throws "Extension context invalidated", which must not leave marks and observers behind.
    session?.destroy();
    session = null;
    presenter.destroy();
    for (const stop of [stopFollowing, stopAnswering, stopWatching]) {
      try {
        stop();
      } catch {
        // The extension context is gone, and its listeners with it.
      }
    }
  };
  ctx.onInvalidated(teardown);

  const settings = await getSettings();
  if (ctx.isInvalid) teardown();
  else apply(settings);
}
