/**
 * Helpers for the card's end-to-end tests. Mentions are found through the observable contract in DESIGN.md
 * (highlights named `care-lens…`, one Range per mention), never through the content script's internals. The card is
 * an extension page in an iframe inside a closed shadow root: the page's DOM cannot reach it, so tests reach it as
 * a frame of the page through the browser (Playwright drives cross-origin frames over the DevTools protocol).
 */
import { readFileSync } from 'node:fs';
import type { Frame, Locator, Page, Worker } from 'playwright-core';
import type { CardText, ContentIndex } from '../../data/compiled-types';
import { CARD_TEXT_FILE } from '../../utils/shared/packaged-files';
import type { Settings } from '../../utils/shared/settings';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A mention's bounding box, and the box of its first line (where a pointer can be sure to touch it). */
export interface MentionRect extends Rect {
  firstLine: Rect;
  /** For hoverMention: when the pointer set off on its last move onto the mention (Date.now()). */
  at?: number;
}

export const contentIndex = JSON.parse(
  readFileSync('data/generated/content-index.json', 'utf8'),
) as unknown as ContentIndex;

export const cardText = JSON.parse(readFileSync(`data/generated/${CARD_TEXT_FILE}`, 'utf8')) as CardText;

export function cardRecord(id: string) {
  const record = cardText.cards.find((card) => card.id === id);
  if (!record) throw new Error(`no record ${id} in the card text`);
  return record;
}

/** The record ids a phrase points at, as the compiled term index says. */
export function recordIdsForTerm(key: string): string[] {
  const term = contentIndex.terms.find((candidate) => candidate.key === key);
  if (!term) throw new Error(`no term "${key}" in the content index`);
  return term.recordIds;
}

const CARD_FRAME_URL = /^chrome-extension:\/\/[^/]+\/card-frame\.html#/;

/** The card frame of `page`, once the content script created it (on the pointer's approach or the first card). */
export async function cardFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((candidate) => CARD_FRAME_URL.test(candidate.url()));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('no card frame in the page');
    await page.waitForTimeout(25);
  }
}

/**
 * The card's dialog in its frame. Before the frame exists this matches nothing; the helpers that open cards
 * (hoverMention, clickMention, stepMention) wait for the frame, so a locator taken after them finds it.
 */
export function card(page: Page): Locator {
  const frame = page.frames().find((candidate) => CARD_FRAME_URL.test(candidate.url()));
  // On screen: the page has shown the frame (a card is drawn in it a moment before, and prepared hidden earlier).
  return frame ? frame.locator('html[data-on-screen] [role="dialog"]') : page.locator('care-lens-no-card-frame-yet');
}

/**
 * 1 while a card is shown, else 0. A card's dialog can exist hidden in its frame (prepared while the hover delay
 * runs, before it is placed), so "shown" is what the reader sees: the dialog visible.
 */
export async function openCards(page: Page): Promise<number> {
  return (await card(page).isVisible()) ? 1 : 0;
}

/** The card's frame element as the page lays it out (its box, its visibility), seen from the DevTools protocol. */
export async function cardBox(page: Page): Promise<Rect | null> {
  const frame = await cardFrame(page);
  const element = await frame.frameElement();
  const shown = await element.evaluate((iframe) => (iframe as Element).hasAttribute('data-shown'));
  const box = shown ? await element.boundingBox() : null;
  return box ? { left: box.x, top: box.y, width: box.width, height: box.height } : null;
}

/** Waits until the content script has marked `text` (its `nth` occurrence) and returns its box in the viewport. */
export async function mentionRect(page: Page, text: string, nth = 0): Promise<MentionRect> {
  const handle = await page.waitForFunction(
    ([wanted, index]) => {
      const found: MentionRect[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('care-lens')) continue;
        for (const abstractRange of highlight) {
          const range = document.createRange();
          range.setStart(abstractRange.startContainer, abstractRange.startOffset);
          range.setEnd(abstractRange.endContainer, abstractRange.endOffset);
          if (range.toString().replace(/\s+/g, ' ').trim().toLowerCase() !== wanted.toLowerCase()) continue;
          const box = range.getBoundingClientRect();
          const line = range.getClientRects()[0] ?? box;
          found.push({
            left: box.left,
            top: box.top,
            width: box.width,
            height: box.height,
            firstLine: { left: line.left, top: line.top, width: line.width, height: line.height },
          });
        }
      }
      found.sort((a, b) => a.top - b.top || a.left - b.left);
      return found[index] ?? null;
    },
    [text, nth] as const,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as MentionRect;
}

export function centre(rect: Rect): { x: number; y: number } {
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** Moves the pointer onto a mention in small steps, as a hand would. */
export async function hoverMention(page: Page, text: string, nth = 0): Promise<MentionRect> {
  const rect = await mentionRect(page, text, nth);
  const { x, y } = centre(rect.firstLine);
  await page.mouse.move(x - 40, y + 40, { steps: 2 });
  // The hover delay starts when the pointer first touches the mention, somewhere during this last move.
  const at = Date.now();
  await page.mouse.move(x, y, { steps: 4 });
  await cardFrame(page);
  return { ...rect, at };
}

export async function clickMention(page: Page, text: string, nth = 0): Promise<MentionRect> {
  const rect = await mentionRect(page, text, nth);
  const { x, y } = centre(rect.firstLine);
  await page.mouse.click(x, y);
  await cardFrame(page);
  return rect;
}

export async function boxOf(locator: Locator): Promise<Rect> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { left: box.x, top: box.y, width: box.width, height: box.height };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** Changes settings where the extension keeps them (`storage.local`), from its service worker. */
export async function setSettings(worker: Worker, change: Partial<Settings>): Promise<void> {
  await worker.evaluate(async (update) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), ...update } });
  }, change);
}

export async function readSettings(worker: Worker): Promise<Settings | undefined> {
  return worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Settings | undefined);
}

/**
 * The element focused in the card, described by its aria-label, role or text; null when focus is not in the card
 * (the page's active element is then not the card's host, or the frame's document does not have focus).
 */
export async function focusInCard(page: Page): Promise<string | null> {
  const hostFocused = await page.evaluate(() => document.activeElement?.localName === 'care-lens-card');
  if (!hostFocused) return null;
  const frame = await cardFrame(page);
  return frame.evaluate(() => {
    const active = document.activeElement;
    if (!document.hasFocus() || !active || active === document.body) return null;
    return active.getAttribute('aria-label') ?? active.getAttribute('role') ?? active.textContent?.trim() ?? '';
  });
}

/** Sends the keyboard command's message ("next mention") to the active tab, as the background does for the shortcut. */
export async function stepMention(worker: Worker, direction: 'next' | 'previous' = 'next'): Promise<void> {
  await worker.evaluate(async (step) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    await chrome.tabs.sendMessage(tab.id, { type: 'care-lens/step-mention', direction: step });
  }, direction);
}

/** Sends the keyboard command, then waits for the card frame the step creates. */
export async function stepMentionInPage(page: Page, worker: Worker, direction: 'next' | 'previous' = 'next') {
  await stepMention(worker, direction);
  await cardFrame(page);
}

/** The id (or tag name) of the page's focused element. */
export async function pageFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.id || active?.tagName.toLowerCase() || '';
  });
}

/** Opens the card's details (the reader's last choice may already have them open). */
export async function showDetails(page: Page): Promise<void> {
  const open = card(page).getByRole('button', { name: 'Hide details' });
  if ((await open.count()) === 0) await card(page).getByRole('button', { name: 'Details' }).click();
  await open.waitFor();
}
