import { afterEach, describe, expect, it } from 'vitest';
import { trapTab } from '../../../../../utils/extension/card-frame/focus-trap';

function cardInShadow(): { card: HTMLElement; shadow: ShadowRoot; buttons: HTMLButtonElement[] } {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const card = document.createElement('div');
  card.tabIndex = -1;
  card.innerHTML = '<button>First</button><a href="https://example.org">Link</a><button>Last</button>';
  shadow.append(card);
  return { card, shadow, buttons: [...card.querySelectorAll('button')] };
}

function tab(card: HTMLElement, shiftKey = false): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });
  trapTab(event, card);
  return event;
}

describe('trapTab', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('wraps from the last control to the first, and back', () => {
    const { card, shadow, buttons } = cardInShadow();
    buttons[1]!.focus();
    expect(tab(card).defaultPrevented).toBe(true);
    expect(shadow.activeElement).toBe(buttons[0]);
    expect(tab(card, true).defaultPrevented).toBe(true);
    expect(shadow.activeElement).toBe(buttons[1]);
  });

  it('sends Shift+Tab from the card itself to the last control', () => {
    const { card, shadow, buttons } = cardInShadow();
    card.focus();
    expect(tab(card, true).defaultPrevented).toBe(true);
    expect(shadow.activeElement).toBe(buttons[1]);
  });

  it('leaves Tab between inner controls to the browser', () => {
    const { card, buttons } = cardInShadow();
    buttons[0]!.focus();
    expect(tab(card).defaultPrevented).toBe(false);
  });

  it('ignores other keys', () => {
    const { card } = cardInShadow();
    const event = new KeyboardEvent('keydown', { key: 'a', cancelable: true });
    trapTab(event, card);
    expect(event.defaultPrevented).toBe(false);
  });
});
