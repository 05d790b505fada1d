/**
 * The keyboard commands (manifest `commands`) are delivered to the background; this relays them to the content
 * script of the active tab. "Next/previous mention" (default Alt+Shift+. and Alt+Shift+,) step from proposal to
 * proposal; "next/previous mention, background included" (default Ctrl+Shift+. and Ctrl+Shift+,) also stop at
 * background items. A tab without the content script (a page the extension does not run on) simply does not answer.
 */
import { browser } from 'wxt/browser';
import type { BackgroundToContentMessage } from '../../shared/messages/background-to-content';

type Step = Pick<BackgroundToContentMessage, 'direction' | 'scope'>;

const STEPS: Readonly<Record<string, Step>> = {
  'next-mention': { direction: 'next', scope: 'proposals' },
  'previous-mention': { direction: 'previous', scope: 'proposals' },
  'next-any-mention': { direction: 'next', scope: 'all' },
  'previous-any-mention': { direction: 'previous', scope: 'all' },
};

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

export function registerCommandRelay(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const step = STEPS[command];
    if (!step) return;
    const message: BackgroundToContentMessage = { type: 'care-lens/step-mention', ...step };
    void (async () => {
      const tabId = tab?.id ?? (await activeTabId());
      if (tabId === undefined) return;
      await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
    })();
  });
}
