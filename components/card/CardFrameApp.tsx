/** Renders the card frame's state (utils/extension/card-frame/card-frame-runtime.ts) with the card's actions wired. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { CardRecord } from '../../data/compiled-types';
import { setCardSiteMarking } from '../../utils/extension/card-frame/card-background';
import type { NotesStore } from '../../utils/extension/hooks/use-note-actions';
import { dismissCardHint } from '../../utils/extension/card-frame/card-hint';
import { citeRecord } from '../../utils/extension/card-frame/citation';
import type { CardFrameRenderer, CardFrameState } from '../../utils/extension/card-frame/card-frame-runtime';
import { saveCardView } from '../../utils/extension/card-frame/card-view-preference';
import { libraryPath } from '../../utils/extension/library/library-route';
import type { FrameToContentMessage } from '../../utils/shared/messages/card-frame';
import { Card, type CardActionsApi } from './Card';

/**
 * Copies with the Clipboard API, or — where the page's frame policy does not extend it to the card's frame, as in
 * Chromium — with the older copy command, which the reader's click inside the frame allows.
 */
async function copyToClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Blocked by the permissions policy of the embedding page: fall back below.
  }
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.style.cssText = 'position:fixed;top:0;left:0;opacity:0;';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  active?.focus({ preventScroll: true });
  if (!copied) throw new Error('The browser did not let the card copy: select the text and copy it instead.');
}

export function createCardRenderer(root: HTMLElement, notes: NotesStore): CardFrameRenderer {
  return {
    render(state: CardFrameState, send: (message: FrameToContentMessage) => void) {
      const { show, cards } = state;
      if (!show || !cards) {
        render(null, root);
        return;
      }
      const actions: CardActionsApi = {
        close: () => send({ type: 'close', restoreFocus: true }),
        viewChanged(view) {
          state.view = view;
          void saveCardView(view).catch(() => undefined);
        },
        async copy(record: CardRecord, format) {
          const citation = citeRecord(record, { datasetVersion: state.dataset?.version ?? '' });
          await copyToClipboard(format === 'markdown' ? citation.markdown : citation.text);
          return format === 'markdown' ? 'Copied as Markdown, with sources.' : 'Copied, with sources.';
        },
        siteOff: () => setCardSiteMarking(false),
        siteOn: async () => void (await setCardSiteMarking(true)),
        dismissHint() {
          state.hintDismissed = true;
          void dismissCardHint().catch(() => undefined);
        },
        notes,
      };
      if (state.outdated) {
        render(
          <div class="crl-card" role="dialog" aria-label="Care Review Lens" tabIndex={-1} data-crl-theme={show.theme}>
            <p class="crl-card-body">Care Review Lens was updated: reload this page to see its cards.</p>
          </div>,
          root,
        );
        return;
      }
      render(
        <Card
          key={show.request}
          show={show}
          cards={cards}
          dataset={state.dataset}
          notes={state.notes}
          initialView={state.view}
          definitionsHref={browser.runtime.getURL(libraryPath({ view: 'about' }) as '/library.html')}
          welcomeHref={state.hintDismissed ? null : browser.runtime.getURL('/welcome.html')}
          today={new Date()}
          actions={actions}
        />,
        root,
      );
    },
    card: () => root.querySelector<HTMLElement>('.crl-card'),
  };
}
