/**
 * The card frame's end of its private channel to the content script that created it (see
 * utils/shared/messages/card-frame.ts). The frame learns its tab from the browser, and connects to the content
 * script of that tab's top frame under the nonce its own address carries; the page can neither see nor join it.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  CARD_FRAME_PORT_PREFIX,
  isContentToFrameMessage,
  type ContentToFrameMessage,
  type FrameToContentMessage,
} from '../../shared/messages/card-frame';

export interface FrameChannel {
  send(message: FrameToContentMessage): void;
  /** Stops listening; the content script sees the port close. */
  close(): void;
}

/** The nonce in the frame's address (`card-frame.html#<nonce>`), or null when there is none. */
export function frameNonce(hash: string): string | null {
  const nonce = hash.replace(/^#/, '');
  return /^[A-Za-z0-9_-]{16,64}$/.test(nonce) ? nonce : null;
}

export async function connectToContentScript(
  nonce: string,
  onMessage: (message: ContentToFrameMessage) => void,
  onClosed: () => void,
): Promise<FrameChannel> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) throw new Error('The card frame is not in a tab.');
  // The content script runs in the tab's top frame only (the manifest's content script has no all_frames).
  const port: Browser.runtime.Port = browser.tabs.connect(tab.id, {
    frameId: 0,
    name: `${CARD_FRAME_PORT_PREFIX}${nonce}`,
  });
  port.onMessage.addListener((message: unknown) => {
    if (isContentToFrameMessage(message)) onMessage(message);
  });
  port.onDisconnect.addListener(() => onClosed());
  return {
    send(message) {
      try {
        port.postMessage(message);
      } catch {
        // The content script is gone (page navigated, extension reloaded): the frame goes with it.
      }
    },
    close: () => port.disconnect(),
  };
}
