/**
 * The card as the Firefox suite sees it: through behaviour a reader sees, not the card's internals. A card is shown
 * when a `care-lens…` host in the page holds a dialog with a box on screen; its content is read from the extension's
 * side — inside the extension-origin frame when the card is one (puppeteer lists cross-origin frames, even in a
 * closed shadow root), otherwise inside the card's own shadow root.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'puppeteer-core';
import type { CardText } from '../../../../data/compiled-types';
import type { FirefoxExtensionBrowser } from '../../../../scripts/harness/firefox-browser';
import { CARD_TEXT_FILE } from '../../../../utils/shared/packaged-files';
import type { Settings } from '../../../../utils/shared/settings';

const cardText = JSON.parse(readFileSync(`data/generated/${CARD_TEXT_FILE}`, 'utf8')) as CardText;

export function cardTitle(recordId: string): string {
  const record = cardText.cards.find((card) => card.id === recordId);
  if (!record) throw new Error(`no record ${recordId} in the card text`);
  return record.title;
}

export interface CardSeen {
  /** The dialog's text, whitespace runs shown as one space. */
  text: string;
  pinned: boolean;
  /** Whether keyboard focus is inside the card. */
  focused: boolean;
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** In the page or the card's frame: the card dialog shown there, or null. */
const readDialog = (): CardSeen | null => {
  const host = [...document.querySelectorAll('body > *')].find((element) => element.localName.startsWith('care-lens'));
  const root: Document | ShadowRoot | null | undefined =
    location.protocol === 'moz-extension:' ? document : host?.shadowRoot;
  const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) return null;
  // In the frame, the page says when it has shown it (the card is drawn there a moment before).
  if (root === document && document.documentElement.dataset.onScreen !== 'true') return null;
  // Shown means most of the dialog is inside the viewport it is drawn in: the window, or the card frame's own
  // (a frame kept small and transparent while a card is prepared in it shows nothing).
  const box = dialog.getBoundingClientRect();
  const visibleWidth = Math.min(box.right, window.innerWidth) - Math.max(box.left, 0);
  const visibleHeight = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0);
  if (visibleWidth <= 0 || visibleHeight <= 0) return null;
  if (visibleWidth * visibleHeight < 0.5 * box.width * box.height) return null;
  const active = root === document ? document.activeElement : (root as ShadowRoot).activeElement;
  return {
    text: (dialog.textContent ?? '').replace(/\s+/g, ' ').trim(),
    pinned: dialog.dataset.pinned === 'true',
    focused: root === document ? document.hasFocus() && active !== document.body : active != null,
  };
};

/**
 * The card's frame, when the card is an extension page in an iframe. BiDi never reports a `moz-extension:` frame's
 * navigation (puppeteer keeps its url() at about:blank), so each child frame is asked where it is.
 */
async function cardFrame(firefox: FirefoxExtensionBrowser, page: Page): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const url = frame.url().startsWith(`${firefox.origin}/`)
      ? frame.url()
      : await frame.evaluate(() => location.href).catch(() => '');
    if (url.startsWith(`${firefox.origin}/`)) return frame;
  }
  return undefined;
}

/** The card shown on `page` now, or null. */
export async function readCard(firefox: FirefoxExtensionBrowser, page: Page): Promise<CardSeen | null> {
  const frame = await cardFrame(firefox, page);
  if (frame) {
    // The host element must be rendered in the page for the frame's dialog to be on screen.
    const hostShown = await page.evaluate(() =>
      [...document.querySelectorAll('body > *')].some(
        (element) => element.localName.startsWith('care-lens') && element.getClientRects().length > 0,
      ),
    );
    return hostShown ? frame.evaluate(readDialog).catch(() => null) : null;
  }
  return page.evaluate(readDialog);
}

export async function waitForCard(
  firefox: FirefoxExtensionBrowser,
  page: Page,
  until: (card: CardSeen | null) => boolean = (card) => card !== null,
  timeoutMs = 10_000,
): Promise<CardSeen | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const card = await readCard(firefox, page);
    if (until(card)) return card;
    if (Date.now() > deadline) throw new Error(`The card did not reach the expected state: ${JSON.stringify(card)}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
}

/** Waits until the content script has marked `text` (its `nth` occurrence) and returns its first line's box. */
export async function mentionBox(page: Page, text: string, nth = 0): Promise<Box> {
  const handle = await page.waitForFunction(
    (wanted: string, index: number) => {
      const found: Box[] = [];
      for (const name of [
        'care-lens-underline',
        'care-lens-underline-repeat',
        'care-lens-underline-background',
        'care-lens-tint',
        'care-lens-tint-repeat',
        'care-lens-tint-background',
        'care-lens-active',
      ]) {
        CSS.highlights.get(name)?.forEach((abstractRange) => {
          const range = abstractRange as Range;
          if (range.toString().replace(/\s+/g, ' ').trim().toLowerCase() !== wanted.toLowerCase()) return;
          const line = range.getClientRects()[0] ?? range.getBoundingClientRect();
          found.push({ left: line.left, top: line.top, width: line.width, height: line.height });
        });
      }
      found.sort((a, b) => a.top - b.top || a.left - b.left);
      return found[index] ?? null;
    },
    { timeout: 15_000 },
    text,
    nth,
  );
  return (await handle.jsonValue()) as Box;
}

/** Moves the pointer onto a mention in small steps, as a hand would. */
export async function hoverMention(page: Page, text: string, nth = 0): Promise<Box> {
  const box = await mentionBox(page, text, nth);
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  await page.mouse.move(x - 40, y + 40, { steps: 2 });
  await page.mouse.move(x, y, { steps: 4 });
  return box;
}

/** Changes settings where the extension keeps them (`storage.local`), from one of its pages. */
export async function setSettings(firefox: FirefoxExtensionBrowser, change: Partial<Settings>): Promise<void> {
  const page = await firefox.openExtensionPage('library.html#/about');
  try {
    await page.evaluate(async (update) => {
      const storage = (globalThis as unknown as { browser: typeof chrome }).browser.storage.local;
      const { settings } = await storage.get('settings');
      await storage.set({ settings: { ...((settings as object | undefined) ?? {}), ...update } });
    }, change);
  } finally {
    await page.close();
  }
}

/** The id (or tag name) of the page's focused element. */
export async function pageFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.id || active?.localName || '';
  });
}
