import { fakeBrowser } from '../../../support/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { registerCardFrameRelay } from '../../../../../utils/extension/background/card-frame-relay';

type Sender = Browser.runtime.MessageSender;
type Listener = (...args: unknown[]) => void;

const NONCE = 'abcdefghijklmnopqrstuv';

/** A port end as the browser hands it over: listeners the test can fire, and what was posted or closed. */
class FakePort {
  readonly posted: unknown[] = [];
  disconnected = false;
  private readonly messageListeners: Listener[] = [];
  private readonly disconnectListeners: Listener[] = [];
  readonly onMessage = { addListener: (listener: Listener) => this.messageListeners.push(listener) };
  readonly onDisconnect = { addListener: (listener: Listener) => this.disconnectListeners.push(listener) };
  constructor(
    readonly name: string,
    readonly sender?: Sender,
  ) {}
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  disconnect() {
    this.disconnected = true;
  }
  /** The other end sent `message`. */
  receive(message: unknown) {
    for (const listener of this.messageListeners) listener(message, this);
  }
  /** The other end went away. */
  lose() {
    for (const listener of this.disconnectListeners) listener(this);
  }
}

const cardFrame = (): Sender => ({
  id: fakeBrowser.runtime.id,
  url: `${fakeBrowser.runtime.getURL('/card-frame.html')}#${NONCE}`,
  tab: { id: 7, url: 'https://www.bbc.co.uk/news/education-1' } as Browser.tabs.Tab,
});

describe('the background’s card frame relay', () => {
  let onConnect: Listener;
  let contentPorts: { tabId: number; options: unknown; port: FakePort }[];

  beforeEach(() => {
    fakeBrowser.reset();
    contentPorts = [];
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => {
      onConnect = listener as Listener;
    });
    vi.spyOn(fakeBrowser.tabs, 'connect').mockImplementation((tabId, options) => {
      const port = new FakePort((options as { name: string }).name);
      contentPorts.push({ tabId, options, port });
      return port as unknown as Browser.runtime.Port;
    });
    registerCardFrameRelay();
  });

  function connect(name: string, sender: Sender): FakePort {
    const port = new FakePort(name, sender);
    onConnect(port);
    return port;
  }

  it('connects a card frame to the content script of its own tab’s top frame, under the same nonce', () => {
    const frame = connect(`care-lens-card-relay:${NONCE}`, cardFrame());
    expect(frame.disconnected).toBe(false);
    expect(contentPorts).toHaveLength(1);
    expect(contentPorts[0]).toMatchObject({ tabId: 7, options: { frameId: 0, name: `care-lens-card:${NONCE}` } });
  });

  it('passes on only the messages each side’s guard accepts', () => {
    const frame = connect(`care-lens-card-relay:${NONCE}`, cardFrame());
    const content = contentPorts[0]!.port;
    frame.receive({ type: 'ready' });
    frame.receive({ type: 'size', request: 1, width: 'wide', height: 3 });
    frame.receive({ type: 'show', request: 1 });
    expect(content.posted).toEqual([{ type: 'ready' }]);
    content.receive({ type: 'placed', request: 2 });
    content.receive({ type: 'ready' });
    content.receive('<img src=x>');
    expect(frame.posted).toEqual([{ type: 'placed', request: 2 }]);
  });

  it('closes each side when the other goes', () => {
    const frame = connect(`care-lens-card-relay:${NONCE}`, cardFrame());
    frame.lose();
    expect(contentPorts[0]!.port.disconnected).toBe(true);
    const second = connect(`care-lens-card-relay:${NONCE}`, cardFrame());
    contentPorts[1]!.port.lose();
    expect(second.disconnected).toBe(true);
  });

  it.each([
    ['a content script (a web page’s address)', { ...cardFrame(), url: 'https://news.example/a' }],
    ['another extension', { ...cardFrame(), id: 'someone-else' }],
    ['the popup (no tab)', { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') }],
    ['the library page in a tab', { ...cardFrame(), url: fakeBrowser.runtime.getURL('/library.html') }],
  ])('refuses %s, and connects nothing', (_name, sender) => {
    const port = connect(`care-lens-card-relay:${NONCE}`, sender as Sender);
    expect(port.disconnected).toBe(true);
    expect(contentPorts).toEqual([]);
  });

  it('refuses a name that carries no nonce, and leaves other ports alone', () => {
    expect(connect('care-lens-card-relay:short', cardFrame()).disconnected).toBe(true);
    expect(connect('care-lens-card-relay:', cardFrame()).disconnected).toBe(true);
    expect(connect('care-lens/card-notes', cardFrame()).disconnected).toBe(false);
    expect(contentPorts).toEqual([]);
  });
});
