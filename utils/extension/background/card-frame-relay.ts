/**
 * Connects a card frame to the content script of its own tab where the frame cannot: Firefox gives an extension page
 * framed in a web page only the content scripts' APIs (no `tabs`), and asks extensions to go through the background
 * (w3c/webextensions#787). The frame opens a port here under its nonce; the background, which sees the frame's tab
 * as the browser reports it, opens the port the frame would have opened (`tabs.connect` to that tab's top frame,
 * same nonce) and passes on each message the receiving side's guard accepts. Nothing passes through the page.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  CARD_FRAME_PORT_PREFIX,
  CARD_FRAME_RELAY_PREFIX,
  isContentToFrameMessage,
  isFrameNonce,
  isFrameToContentMessage,
} from '../../shared/messages/card-frame';
import { isFromCardFrame } from './sender-checks';

type Port = Browser.runtime.Port;

function forward(from: Port, to: Port, accepts: (message: unknown) => boolean): void {
  from.onMessage.addListener((message: unknown) => {
    if (!accepts(message)) return;
    try {
      to.postMessage(message);
    } catch {
      // The other end is gone; its disconnect closes this side too.
    }
  });
  // Either end going (page navigated, frame removed) ends the channel, as a direct port would.
  from.onDisconnect.addListener(() => to.disconnect());
}

function relay(framePort: Port, tabId: number, nonce: string): void {
  const contentPort = browser.tabs.connect(tabId, { frameId: 0, name: `${CARD_FRAME_PORT_PREFIX}${nonce}` });
  forward(framePort, contentPort, isFrameToContentMessage);
  forward(contentPort, framePort, isContentToFrameMessage);
}

export function registerCardFrameRelay(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (!port.name.startsWith(CARD_FRAME_RELAY_PREFIX)) return;
    const nonce = port.name.slice(CARD_FRAME_RELAY_PREFIX.length);
    const tabId = port.sender?.tab?.id;
    // Only this extension's card frame, and only to its own tab: a content script or another page gets nothing.
    if (!port.sender || !isFromCardFrame(port.sender) || tabId === undefined || !isFrameNonce(nonce)) {
      port.disconnect();
      return;
    }
    relay(port, tabId, nonce);
  });
}
