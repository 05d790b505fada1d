/**
 * Page integrity, as a property (fast-check, in the real browser): for random documents with dataset terms
 * anywhere — split across nested inline elements, oddly spelled, in editable regions, form fields, scripts,
 * templates, iframes, SVG, hidden blocks and huge text nodes — the content script finishes its scan without an
 * error in any world, leaves the page's HTML exactly as it was, and every mark it paints covers words that
 * normalise to a dataset term, outside any place that must never be marked.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FullDataset, ContentIndex } from '../../data/compiled-types';
import { normaliseForMatching } from '../../utils/page/match/normalise-text';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/harness/extension-browser';
import { recordScans, waitForScans } from './support/content-marks';
import { randomDocument } from './support/random-documents';

const dataset = JSON.parse(readFileSync('data/generated/dataset.json', 'utf8')) as FullDataset;
const contentIndex = JSON.parse(readFileSync('data/generated/content-index.json', 'utf8')) as ContentIndex;
const TERM_TEXTS = [...new Set(dataset.records.flatMap((record) => record.terms.map((term) => term.text)))].sort();
const TERM_KEYS = new Set(contentIndex.terms.map((term) => term.key));
const NEVER_MARKED = '[contenteditable], textarea, input, select, option, script, style, noscript, template, button';

interface PaintedRange {
  text: string;
  insideNeverMarked: boolean;
  collapsed: boolean;
}

declare global {
  interface Window {
    __bodyBefore?: string;
  }
}

describe('page integrity on random documents', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let cdp: CDPSession;
  const errors: string[] = [];
  const worlds = new Set<string>();
  let documentHtml = '';

  beforeAll(async () => {
    browser = await launchExtensionBrowser();
    page = await browser.context.newPage();
    await recordScans(page);
    await page.route(`${inject('fixtureOrigin')}/generated/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: documentHtml }),
    );
    // Runtime events cover every world of the page, the content script's isolated world included.
    cdp = await browser.context.newCDPSession(page);
    cdp.on('Runtime.exceptionThrown', (event) =>
      errors.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text),
    );
    cdp.on('Runtime.consoleAPICalled', (event) => {
      if (event.type === 'error' || event.type === 'assert')
        errors.push(event.args.map((arg) => arg.value ?? arg.description).join(' '));
    });
    cdp.on('Runtime.executionContextCreated', (event) => worlds.add(event.context.name));
    await cdp.send('Runtime.enable');
  });
  afterAll(async () => browser?.close());

  it('scans without errors, changes no HTML and marks only dataset terms', async () => {
    let run = 0;
    let totalMarks = 0;
    await fc.assert(
      fc.asyncProperty(randomDocument(TERM_TEXTS), async (html) => {
        documentHtml = html;
        errors.length = 0;
        run += 1;
        await page.goto(`${inject('fixtureOrigin')}/generated/run-${run}.html`);
        await waitForScans(page);

        const { before, after, ranges } = await page.evaluate((neverMarked) => {
          const body = document.body.cloneNode(true) as HTMLElement;
          body.querySelectorAll('*').forEach((element) => {
            if (element.localName.startsWith('care-lens')) element.remove();
          });
          const painted: PaintedRange[] = [];
          CSS.highlights.forEach((highlight, name) => {
            if (!name.startsWith('care-lens')) return;
            highlight.forEach((abstract) => {
              const range = abstract as Range;
              const ends = [range.startContainer, range.endContainer].map((node) =>
                node instanceof Element ? node : node.parentElement,
              );
              painted.push({
                text: range.toString(),
                insideNeverMarked: ends.some((element) => element?.closest(neverMarked) != null),
                collapsed: range.collapsed,
              });
            });
          });
          return { before: window.__bodyBefore, after: body.innerHTML, ranges: painted };
        }, NEVER_MARKED);

        expect(errors).toEqual([]);
        expect(before).toBeDefined();
        expect(after).toBe(before);
        for (const range of ranges) {
          expect(range.collapsed).toBe(false);
          expect(range.insideNeverMarked, `marked inside a field or script: "${range.text}"`).toBe(false);
          expect(TERM_KEYS.has(normaliseForMatching(range.text)), `"${range.text}" is not a dataset term`).toBe(true);
        }
        totalMarks += ranges.length;
      }),
      { numRuns: 25, interruptAfterTimeLimit: 90_000 },
    );
    // The property was not vacuous: the documents did get marks, and the content script's world was watched.
    expect(totalMarks).toBeGreaterThan(25);
    expect([...worlds]).toContain('Care Review Lens');
  }, 180_000);
});
