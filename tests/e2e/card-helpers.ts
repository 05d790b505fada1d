/**
 * Helpers for the in-page card's end-to-end tests. Mentions are found through the observable contract in
 * DESIGN.md (highlights named `care-lens…`, one Range per mention), never through the content script's internals.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page, Worker } from 'playwright-core';
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

/** The card's dialog inside its shadow root (Playwright's CSS engine pierces open shadow roots). */
export function card(page: Page): Locator {
  return page.locator('care-lens-card [role="dialog"]');
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
  await page.mouse.move(x, y, { steps: 4 });
  return rect;
}

export async function clickMention(page: Page, text: string, nth = 0): Promise<MentionRect> {
  const rect = await mentionRect(page, text, nth);
  const { x, y } = centre(rect.firstLine);
  await page.mouse.click(x, y);
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

/** The element focused inside the card's shadow root, described by its text or aria-label. */
export async function focusInCard(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.querySelector('care-lens-card')?.shadowRoot?.activeElement;
    if (!active) return null;
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

/** The id (or tag name) of the page's focused element. */
export async function pageFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.id || active?.tagName.toLowerCase() || '';
  });
}
