/**
 * The private channel between the content script and its card frame (an extension page in an iframe). The frame
 * opens it with `tabs.connect` to the content script of its own tab (in Firefox through the background, see
 * CARD_FRAME_RELAY_PREFIX), naming the port with the nonce the content script put in the frame's address; nothing
 * of it passes through the page (no `window.postMessage`). The content
 * script sends only record ids, the dataset term, the page's publication date and layout; the frame answers with
 * its size and what the reader does in it. Receivers validate every message with the guards below.
 */
import type { CardTheme } from '../card-theme';

/** Port names are this prefix and the frame's nonce. */
export const CARD_FRAME_PORT_PREFIX = 'care-lens-card:';
/**
 * The frame's port to the background that relays it to its content script, where the frame has no `tabs` API:
 * Firefox gives an extension page framed in a web page only the content scripts' APIs (runtime, storage, i18n).
 * The background connects it to the content script of the frame's own tab, under the same nonce.
 */
export const CARD_FRAME_RELAY_PREFIX = 'care-lens-card-relay:';
/** The frame page, added to the package by the `card-frame` entry point. */
export const CARD_FRAME_PAGE = '/card-frame.html';

/** Open (or update) the card for one mention. */
export interface CardShow {
  type: 'show';
  /** Grows with every show; sizes and paints name the show they answer. */
  request: number;
  /** The records behind the marked phrase, as the term index lists them. */
  recordIds: string[];
  /** The dataset term that matched (normalised), for "Why is this marked?" and choosing the closest record. */
  termKey: string;
  /** The article's publication date (YYYY-MM-DD) when the page says it. */
  since: string | null;
  theme: CardTheme;
  pinned: boolean;
  /** Move focus into the card (keyboard or click opening). */
  focus: boolean;
  /** The widest the card may be (the viewport less its margins), in CSS pixels. */
  maxWidth: number;
  /** The dataset version the content script's term index was built from. */
  datasetVersion: string;
}

export type ContentToFrameMessage =
  | CardShow
  /** Draw the card: the page shows the frame in its animation frame nearest the hover delay's end. */
  | { type: 'placed'; request: number }
  /**
   * The page has shown the frame (after any focus it handed over): the card is on screen now, which the frame marks
   * on its root for whoever reads the card (the end-to-end tests among them).
   */
  | { type: 'shown'; request: number }
  | { type: 'hide' }
  /** Turn a hover card into a pinned one without rebuilding it. */
  | { type: 'pinned'; focus: boolean };

export type FrameToContentMessage =
  /** The frame is loaded, has its card text, and listens. */
  | { type: 'ready' }
  /** The card's natural size for `request` (its full height; the content script may give it less). */
  | { type: 'size'; request: number; width: number; height: number }
  /** The pointer entered or left the card. */
  | { type: 'pointer'; inside: boolean }
  /** The reader is using the card (pressed in it, typed in it): keep it open as if pinned. */
  | { type: 'engaged' }
  /** Close the card; `restoreFocus` when the reader closed it from the keyboard. */
  | { type: 'close'; restoreFocus: boolean }
  /** The card for `request` is on screen: `at` is `performance.timeOrigin + performance.now()` in the frame. */
  | { type: 'painted'; request: number; at: number };

/** A nonce as the content script makes them (card-frame-host.ts): 18 random bytes in base64url. */
export function isFrameNonce(value: string): boolean {
  return /^[A-Za-z0-9_-]{16,64}$/.test(value);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= 20 && value.every((item) => typeof item === 'string' && item.length < 100);

export function isContentToFrameMessage(value: unknown): value is ContentToFrameMessage {
  if (!isObject(value)) return false;
  switch (value.type) {
    case 'show':
      return (
        isCount(value.request) &&
        isStringList(value.recordIds) &&
        typeof value.termKey === 'string' &&
        (value.since === null || (typeof value.since === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.since))) &&
        (value.theme === 'light' || value.theme === 'dark') &&
        typeof value.pinned === 'boolean' &&
        typeof value.focus === 'boolean' &&
        isCount(value.maxWidth) &&
        typeof value.datasetVersion === 'string'
      );
    case 'placed':
    case 'shown':
      return isCount(value.request);
    case 'hide':
      return true;
    case 'pinned':
      return typeof value.focus === 'boolean';
    default:
      return false;
  }
}

export function isFrameToContentMessage(value: unknown): value is FrameToContentMessage {
  if (!isObject(value)) return false;
  switch (value.type) {
    case 'ready':
    case 'engaged':
      return true;
    case 'size':
      return isCount(value.request) && isCount(value.width) && isCount(value.height);
    case 'pointer':
      return typeof value.inside === 'boolean';
    case 'close':
      return typeof value.restoreFocus === 'boolean';
    case 'painted':
      return isCount(value.request) && isCount(value.at);
    default:
      return false;
  }
}
