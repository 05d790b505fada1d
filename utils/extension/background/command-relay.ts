/**
 * The keyboard commands "next mention" and "previous mention" (manifest `commands`, default Alt+Shift+. and
 * Alt+Shift+,) are delivered to the background; this relays them to the content script of the active tab. A
 * tab without the content script (a page the extension does not run on) simply does not answer.
 */
import { browser } from 'wxt/browser';
import type { BackgroundToContentMessage } from '../../shared/messages/background-to-content';

const DIRECTIONS: Record<string, BackgroundToContentMessage['direction']> = {
  'next-mention': 'next',
  'previous-mention': 'previous',
};

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

export function registerCommandRelay(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = DIRECTIONS[command];
    if (!direction) return;
    const message: BackgroundToContentMessage = { type: 'care-lens/step-mention', direction };
    void (async () => {
      const tabId = tab?.id ?? (await activeTabId());
      if (tabId === undefined) return;
      await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
    })();
  });
}
