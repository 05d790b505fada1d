/**
 * The card frame's end of its private channel to the content script that created it (see
 * utils/shared/messages/card-frame.ts). The frame learns its tab from the browser, and connects to the content
 * script of that tab's top frame under the nonce its own address carries; the page can neither see nor join it.
 * Where the frame has no `tabs` API (Firefox), the background makes that connection for it (card-frame-relay.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import {
  CARD_FRAME_PORT_PREFIX,
  CARD_FRAME_RELAY_PREFIX,
  isContentToFrameMessage,
  isFrameNonce,
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
  return isFrameNonce(nonce) ? nonce : null;
}

async function openPort(nonce: string): Promise<Browser.runtime.Port> {
  // Firefox gives an extension page framed in a web page only the content scripts' APIs: no `tabs`, so no
  // `tabs.getCurrent` or `tabs.connect`. The background, which sees this frame's tab, connects it instead.
  const { tabs } = browser as { tabs?: typeof browser.tabs };
  if (!tabs?.connect) return browser.runtime.connect({ name: `${CARD_FRAME_RELAY_PREFIX}${nonce}` });
  const tab = await tabs.getCurrent();
  if (tab?.id === undefined) throw new Error('The card frame is not in a tab.');
  // The content script runs in the tab's top frame only (the manifest's content script has no all_frames).
  return tabs.connect(tab.id, { frameId: 0, name: `${CARD_FRAME_PORT_PREFIX}${nonce}` });
}

export async function connectToContentScript(
  nonce: string,
  onMessage: (message: ContentToFrameMessage) => void,
  onClosed: () => void,
): Promise<FrameChannel> {
  const port = await openPort(nonce);
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
