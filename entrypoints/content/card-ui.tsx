/**
 * The in-page card (owned by the "Inline cards" work). Placeholder presenter so the content script can be built
 * and tested before the card exists; it is replaced by the real shadow-root card.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentIndex } from '../../data/compiled-types';
import type { CardPresenter } from '../../utils/mention-types';

export interface CardPresenterOptions {
  ctx: ContentScriptContext;
  contentIndex: ContentIndex;
}

export async function createCardPresenter(_options: CardPresenterOptions): Promise<CardPresenter> {
  let open = false;
  return {
    pointerEnteredMention: () => undefined,
    pointerLeftMention: () => undefined,
    openPinned: () => {
      open = true;
    },
    close: () => {
      open = false;
    },
    isOpen: () => open,
    containsTarget: () => false,
    destroy: () => undefined,
  };
}
