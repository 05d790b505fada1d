/**
 * Records every network request made by every DevTools target of a browser: pages, extension pages, the
 * extension's service worker, out-of-process frames, and the workers they start.
 *
 * How: a browser-level CDP session discovers targets (`Target.setDiscoverTargets`) and attaches to each one in the
 * non-flattened protocol (messages travel inside `Target.sendMessageToTarget` / `Target.receivedMessageFromTarget`,
 * which the Playwright CDP session passes through), enables `Network` there, and asks each attached target to
 * auto-attach its own children (dedicated workers) the same way. A target that starts while nobody is attached could
 * fire a request before `Network.enable` arrives, so Playwright's own `context.on('request')` — which pauses every
 * new target until its network tracking is on — is recorded alongside as a second witness.
 */
import type { BrowserContext, CDPSession, Request } from 'playwright-core';

export interface ObservedRequest {
  url: string;
  /** Which witness saw it: our own CDP attachment, or Playwright's request event. */
  witness: 'cdp' | 'playwright';
  /** The target it came from (CDP witness only): its type and URL when the request was made. */
  targetType?: string;
  targetUrl?: string;
}

export interface WatchedTarget {
  targetId: string;
  type: string;
  url: string;
  /** `true` once `Network.enable` succeeded on it. */
  networkWatched: boolean;
  error?: string;
}

export interface EveryTargetNetworkWatch {
  readonly requests: readonly ObservedRequest[];
  readonly targets: readonly WatchedTarget[];
  /** Resolves once every target discovered so far is attached with `Network` enabled (or has failed to be). */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface ProtocolMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: unknown;
  error?: { message: string };
}

const REPLY_TIMEOUT_MS = 5_000;

/**
 * Not contexts of the extension or of a web page: the browser itself, tab wrappers (their page is a target of its
 * own), and the browser's built-in WebUI (omnibox popup and the like, loading chrome:// resources).
 */
const SKIPPED_TYPES = new Set(['browser', 'tab', 'browser_ui']);

/** One attached target, speaking the non-flattened protocol through whatever carries its messages. */
class TargetChannel {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private readonly children = new Map<string, TargetChannel>();

  constructor(
    readonly target: WatchedTarget,
    private readonly post: (message: string) => Promise<unknown>,
    private readonly watch: Watcher,
  ) {}

  send(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = this.nextId++;
    const reply = new Promise<unknown>((resolve, reject) => {
      // A target that closes mid-command never answers; do not let that stall the watch.
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no reply from ${this.target.type} ${this.target.url}`));
      }, REPLY_TIMEOUT_MS);
      this.pending.set(id, {
        resolve: (value) => (clearTimeout(timer), resolve(value)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
    });
    this.post(JSON.stringify({ id, method, params })).catch((error: unknown) => {
      this.pending.get(id)?.reject(error instanceof Error ? error : new Error(String(error)));
      this.pending.delete(id);
    });
    return reply;
  }

  receive(text: string): void {
    const message = JSON.parse(text) as ProtocolMessage;
    if (message.id !== undefined) {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
      return;
    }
    const params = message.params ?? {};
    switch (message.method) {
      case 'Network.requestWillBeSent': {
        const request = params.request as { url: string };
        this.watch.record({
          url: request.url,
          witness: 'cdp',
          targetType: this.target.type,
          targetUrl: this.target.url,
        });
        break;
      }
      case 'Network.webSocketCreated':
        this.watch.record({
          url: String(params.url),
          witness: 'cdp',
          targetType: this.target.type,
          targetUrl: this.target.url,
        });
        break;
      case 'Target.targetInfoChanged':
        // A page session also hears about its child frames' targets (the card frame): only its own info counts.
        if ((params.targetInfo as TargetInfo).targetId === this.target.targetId) {
          this.target.url = (params.targetInfo as TargetInfo).url;
        }
        break;
      case 'Target.attachedToTarget': {
        const sessionId = String(params.sessionId);
        const info = params.targetInfo as TargetInfo;
        const child = this.watch.channelFor(info, (inner) =>
          this.send('Target.sendMessageToTarget', { sessionId, message: inner }),
        );
        this.children.set(sessionId, child);
        this.watch.track(child.start(true));
        break;
      }
      case 'Target.receivedMessageFromTarget':
        this.children.get(String(params.sessionId))?.receive(String(params.message));
        break;
      case 'Target.detachedFromTarget':
        this.children.delete(String(params.sessionId));
        break;
    }
  }

  /** Enables network events, asks for children, and lets a target paused at start run. */
  async start(pausedAtStart: boolean): Promise<void> {
    try {
      await this.send('Network.enable');
      this.target.networkWatched = true;
    } catch (error) {
      this.target.error = String(error);
    }
    await this.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false }).catch(
      () => undefined,
    );
    if (pausedAtStart) await this.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
  }
}

class Watcher implements EveryTargetNetworkWatch {
  readonly requests: ObservedRequest[] = [];
  readonly targets: WatchedTarget[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly roots = new Map<string, TargetChannel>();
  /** Target ids attached (or being attached) at the top level; a target that goes away is removed again. */
  private readonly attaching = new Set<string>();

  constructor(
    private readonly session: CDPSession,
    private readonly stopWitnesses: () => void,
  ) {}

  record(request: ObservedRequest): void {
    this.requests.push(request);
  }

  track(work: Promise<unknown>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  channelFor(info: TargetInfo, post: (message: string) => Promise<unknown>): TargetChannel {
    const target: WatchedTarget = { targetId: info.targetId, type: info.type, url: info.url, networkWatched: false };
    this.targets.push(target);
    return new TargetChannel(target, post, this);
  }

  async attach(info: TargetInfo): Promise<void> {
    if (SKIPPED_TYPES.has(info.type) || this.attaching.has(info.targetId)) return;
    this.attaching.add(info.targetId);
    let sessionId: string;
    try {
      ({ sessionId } = await this.session.send('Target.attachToTarget', { targetId: info.targetId, flatten: false }));
    } catch (error) {
      // A target that closed while we attached is gone; anything else is a blind spot the test must see.
      this.attaching.delete(info.targetId);
      this.targets.push({ ...info, networkWatched: false, error: String(error) });
      return;
    }
    const channel = this.channelFor(info, (message) =>
      this.session.send('Target.sendMessageToTarget', { sessionId, message }),
    );
    this.roots.set(sessionId, channel);
    await channel.start(false);
  }

  async begin(): Promise<void> {
    this.session.on('Target.receivedMessageFromTarget', (event) => {
      this.roots.get(event.sessionId ?? '')?.receive(event.message);
    });
    this.session.on('Target.detachedFromTarget', (event) => {
      this.roots.delete(event.sessionId ?? '');
    });
    this.session.on('Target.targetDestroyed', (event) => this.attaching.delete(event.targetId));
    this.session.on('Target.targetCreated', (event) => this.track(this.attach(event.targetInfo)));
    this.session.on('Target.targetInfoChanged', (event) => {
      for (const target of this.targets) {
        if (target.targetId === event.targetInfo.targetId) target.url = event.targetInfo.url;
      }
    });
    await this.session.send('Target.setDiscoverTargets', { discover: true });
    await this.settled();
  }

  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  async stop(): Promise<void> {
    this.stopWitnesses();
    await this.session.send('Target.setDiscoverTargets', { discover: false }).catch(() => undefined);
    await this.session.detach().catch(() => undefined);
  }
}

/** Starts recording; call before the scripted session. */
export async function watchEveryTargetsNetwork(context: BrowserContext): Promise<EveryTargetNetworkWatch> {
  const browser = context.browser();
  const session = browser
    ? await browser.newBrowserCDPSession()
    : await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
  const onRequest = (request: Request) => watcher.record({ url: request.url(), witness: 'playwright' });
  const watcher = new Watcher(session, () => context.off('request', onRequest));
  context.on('request', onRequest);
  await watcher.begin();
  return watcher;
}
