/**
 * Where the card lives in the page: a shadow root (WXT `createShadowRootUi`), created on first use, so the page's
 * CSS cannot reach the card. The host is the only thing added to the page. Events the page itself dispatches on the
 * card (`isTrusted` false) never reach its buttons.
 */
import { render, type VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../../components/card/card.css?inline';
import recordCss from '../../../components/shared/record-components.css?inline';

export interface CardHostEvents {
  pointerEntered(): void;
  pointerLeft(): void;
  keyDown(event: KeyboardEvent): void;
}

export interface CardHost {
  /** Creates and mounts the host the first time; later calls resolve at once. */
  ready(): Promise<void>;
  render(card: VNode | null): void;
  /** The rendered card element, when a card is shown. */
  card(): HTMLElement | null;
  /** Whether focus is inside the card. */
  hasFocus(): boolean;
  /** Whether `target` is the host or anything inside it. */
  contains(target: EventTarget | null): boolean;
  isHost(element: Element | null): boolean;
  remove(): void;
}

export function createCardHost(ctx: ContentScriptContext, events: CardHostEvents): CardHost {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let pending: Promise<void> | null = null;

  const create = () =>
    createShadowRootUi<void>(ctx, {
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
        container.addEventListener('pointerenter', () => events.pointerEntered());
        container.addEventListener('pointerleave', () => events.pointerLeft());
        container.addEventListener('keydown', (event) => events.keyDown(event));
      },
      onRemove: () => {
        if (ui) render(null, ui.uiContainer);
      },
    }).then((created) => {
      created.mount();
      ui = created;
    });

  return {
    ready: () => (pending ??= create()),
    render(card) {
      if (ui) render(card, ui.uiContainer);
    },
    card: () => ui?.uiContainer.querySelector<HTMLElement>('.crl-card') ?? null,
    hasFocus: () => Boolean(ui?.shadow.activeElement),
    contains(target) {
      if (!ui || !(target instanceof Node)) return false;
      return target === ui.shadowHost || ui.shadowHost.contains(target) || ui.shadow.contains(target);
    },
    isHost: (element) => element !== null && element === ui?.shadowHost,
    remove() {
      ui?.remove();
      ui = null;
      pending = null;
    },
  };
}
