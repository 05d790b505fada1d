/**
 * Where the card lives in the page: an iframe of the extension's own card page (WXT `createIframeUi`), in a closed
 * shadow root of the one element the extension adds (`care-lens-card`). The page can see that a frame is there and
 * where, but cannot read it (another origin), reach into the closed root, or hear the keys typed in it. The frame
 * and this script talk over a port the frame opens to this tab's content script with the nonce in its address
 * (in Firefox the background opens it for the frame); a port with any other name or sender is refused, and a
 * frame that navigates (a page can navigate a child frame) is thrown away.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi, type IframeContentScriptUi } from 'wxt/utils/content-script-ui/iframe';
import frameCss from './card-frame.css?inline';
import {
  CARD_FRAME_PAGE,
  CARD_FRAME_PORT_PREFIX,
  isFrameToContentMessage,
  type ContentToFrameMessage,
  type FrameToContentMessage,
} from '../../shared/messages/card-frame';
import type { CardTheme } from '../../shared/card-theme';

export interface CardFrameHostEvents {
  message(message: FrameToContentMessage): void;
  /** The frame went away (its page navigated or it was removed): any open card is gone. */
  lost(): void;
}

export interface CardFrameHost {
  /** Creates the frame the first time (it loads the card text while hidden); later calls do nothing. */
  warm(): void;
  /** Resolves once the frame is connected and ready for cards. */
  ready(): Promise<void>;
  send(message: ContentToFrameMessage): void;
  /** The iframe element, while there is one. */
  element(): HTMLIFrameElement | null;
  reveal(theme: CardTheme): void;
  conceal(): void;
  isShown(): boolean;
  focus(): void;
  /** Whether focus is in the card (the page sees the host as its active element). */
  hasFocus(): boolean;
  /** Whether `target` is the host (events from inside it reach the page retargeted to the host). */
  contains(target: EventTarget | null): boolean;
  remove(): void;
}

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * The background page, which opens the frame's port for it where the frame has no `tabs` API (Firefox, see
 * utils/extension/background/card-frame-relay.ts). Firefox runs `background.scripts` in a page it generates under
 * this name; a service worker (Chromium) relays nothing.
 */
function relayingPagePath(): string | null {
  const background = browser.runtime.getManifest().background as { page?: string; scripts?: string[] } | undefined;
  if (background?.page) return `/${background.page.replace(/^\//, '')}`;
  return background?.scripts ? '/_generated_background_page.html' : null;
}

/** A port the card frame of this extension opened (itself, or through the background), with the expected name. */
function isOurFrame(port: Browser.runtime.Port, name: string): boolean {
  if (port.name !== name || port.sender?.id !== browser.runtime.id || !port.sender.url) return false;
  const url = new URL(port.sender.url);
  if (!url.protocol.endsWith('-extension:') || url.host !== new URL(browser.runtime.getURL('/')).host) return false;
  return url.pathname === CARD_FRAME_PAGE || url.pathname === relayingPagePath();
}

interface MountedFrame {
  host: HTMLElement;
  ui: IframeContentScriptUi<void>;
  portName: string;
  port: Browser.runtime.Port | null;
}

/** Adds the host, its closed shadow root and the iframe to the page; `lost` when something navigates the frame. */
function mountFrame(ctx: ContentScriptContext, lost: () => void): MountedFrame {
  const nonce = randomNonce();
  const host = document.createElement('care-lens-card');
  // Closed: the page's scripts get no handle on the frame element (the isolated world's attachShadow is unpatched).
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = frameCss;
  shadow.append(style);
  const ui = createIframeUi<void>(ctx, {
    page: `${CARD_FRAME_PAGE}#${nonce}` as typeof CARD_FRAME_PAGE,
    position: 'inline',
    anchor: host,
    append: (_anchor, wrapper) => shadow.append(wrapper),
    onBeforeMount: (_wrapper, iframe) => {
      iframe.title = 'Care Review Lens card';
      // "Copy with sources" writes to the clipboard from inside the frame (where the browser extends the policy).
      iframe.allow = 'clipboard-write';
      iframe.setAttribute('aria-hidden', 'true');
      iframe.inert = true;
      iframe.tabIndex = -1;
      let loads = 0;
      // The first load is ours; another means something navigated the frame: it is no longer our card.
      iframe.addEventListener('load', () => {
        loads += 1;
        if (loads > 1) lost();
      });
    },
  });
  // In <body>: hosts after it confuse accessibility checkers. card-position corrects for a transformed body.
  (document.body ?? document.documentElement).append(host);
  ui.mount();
  return { host, ui, portName: `${CARD_FRAME_PORT_PREFIX}${nonce}`, port: null };
}

export function createCardFrameHost(ctx: ContentScriptContext, events: CardFrameHostEvents): CardFrameHost {
  let frame: MountedFrame | null = null;
  let readiness: { promise: Promise<void>; resolve(): void } | null = null;

  const unmount = (mounted: MountedFrame | null) => {
    try {
      mounted?.port?.disconnect();
    } catch {
      // After an extension reload the port is already gone ("Extension context invalidated").
    }
    mounted?.ui.remove();
    mounted?.host.remove();
  };
  const drop = () => {
    if (!frame) return;
    const mounted = frame;
    frame = null;
    readiness = null;
    unmount(mounted);
    events.lost();
  };
  const accept = (port: Browser.runtime.Port) => {
    if (!frame || port.name !== frame.portName) return;
    if (!isOurFrame(port, frame.portName) || frame.port) {
      port.disconnect();
      return;
    }
    const mounted = frame;
    mounted.port = port;
    port.onMessage.addListener((message: unknown) => {
      if (!isFrameToContentMessage(message)) return;
      if (message.type === 'ready') readiness?.resolve();
      events.message(message);
    });
    port.onDisconnect.addListener(() => {
      if (frame === mounted) drop();
    });
  };
  browser.runtime.onConnect.addListener(accept);
  ctx.onInvalidated(() => {
    try {
      browser.runtime.onConnect.removeListener(accept);
    } catch {
      // The extension context is gone, and its listeners with it.
    }
  });

  const iframe = () => frame?.ui.iframe ?? null;
  return {
    warm() {
      if (frame || ctx.isInvalid) return;
      let resolveReady = () => {};
      readiness = { promise: new Promise<void>((resolve) => (resolveReady = resolve)), resolve: () => resolveReady() };
      frame = mountFrame(ctx, drop);
    },
    ready() {
      this.warm();
      return readiness?.promise ?? Promise.reject(new Error('The card frame is gone.'));
    },
    send(message) {
      try {
        frame?.port?.postMessage(message);
      } catch {
        drop();
      }
    },
    element: iframe,
    reveal(theme) {
      const element = iframe();
      if (!element) return;
      element.style.colorScheme = theme;
      element.removeAttribute('aria-hidden');
      element.inert = false;
      element.tabIndex = 0;
      element.toggleAttribute('data-shown', true);
    },
    conceal() {
      const element = iframe();
      if (!element) return;
      element.toggleAttribute('data-shown', false);
      // Back to the hidden 1 px frame: no transparent card-sized box stays on the page.
      element.style.removeProperty('width');
      element.style.removeProperty('height');
      element.setAttribute('aria-hidden', 'true');
      element.inert = true;
      element.tabIndex = -1;
    },
    isShown: () => iframe()?.hasAttribute('data-shown') ?? false,
    focus: () => iframe()?.focus({ preventScroll: true }),
    hasFocus: () => frame !== null && document.activeElement === frame.host,
    contains: (target) => frame !== null && target === frame.host,
    remove() {
      const mounted = frame;
      frame = null;
      readiness = null;
      unmount(mounted);
    },
  };
}
