/**
 * The popup's speed in real Chromium: how long one keystroke's search takes on the full dataset (plus a few hundred
 * notes), how long a keystroke takes to reach the screen in the real popup, and how long popup.html takes to give
 * a focused, searchable box.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { FullDataset } from '../../data/compiled-types';
import { POPUP_MARKS } from '../../utils/shared/e2e/e2e-hooks';
import type { BenchContext, BenchResult } from '../../scripts/harness/bench-types';

const QUERIES = [
  'kinship alowance',
  'virtual school heads',
  'regional care co-operatives',
  'family help',
  'corporate parenting',
  'staying close',
  'agency social workers',
  'pupil premium plus',
];
const SEARCH_ROUNDS = 5;
/** A heavy note-taker's collection, so the notes field is searched too (the target is on the dataset alone). */
const NOTE_COUNT = 100;
const OPENINGS = 15;
const SEARCH_TARGET_MS = 10;
const READY_TARGET_MS = 300;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const ms = (value: number) => value.toFixed(2);

/** `NOTE_COUNT` notes of realistic length, spread over the records. */
function sampleNotes(dataset: FullDataset): [string, string[]][] {
  const sentences = [
    'Raised at the corporate parenting panel; the council wants evidence from other areas before committing.',
    'Ask the virtual school about how this is funded locally and whether the pilot reached our families.',
    'Kinship carers at the support group said the allowance would let them keep working part time.',
    'Follow up with the director of children’s services after the next scrutiny committee meeting in June.',
  ];
  const byRecord = new Map<string, string[]>();
  for (let n = 0; n < NOTE_COUNT; n += 1) {
    const record = dataset.records[(n * 7) % dataset.records.length]!;
    byRecord.set(record.id, [...(byRecord.get(record.id) ?? []), `${sentences[n % sentences.length]} (note ${n})`]);
  }
  return [...byRecord];
}

async function searchModuleSource(): Promise<string> {
  const result = await build({
    entryPoints: ['utils/extension/search/search-index.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'CareLensSearch',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  });
  return `${result.outputFiles[0]!.text}\nwindow.CareLensSearch = CareLensSearch;`;
}

export default async function popupSearchBench({ browser }: BenchContext): Promise<BenchResult> {
  const dataset = JSON.parse(readFileSync('data/generated/dataset.json', 'utf8')) as FullDataset;
  const notes = sampleNotes(dataset);

  // 1. The search itself, per keystroke, in the popup's own page (same engine, same origin).
  const page = await browser.openExtensionPage('popup.html');
  await page.locator('.lens-popup[data-ready="true"]').waitFor();
  // tsx keeps function names with an `__name` helper that functions passed to page.evaluate then call.
  await page.evaluate('globalThis.__name = (target) => target');
  await page.evaluate(await searchModuleSource());
  const timeSearches = (withNotes: [string, string[]][]) =>
    page.evaluate(
      ({ records, notes, queries, rounds }) => {
        type SearchModule = {
          createSearchIndex(records: unknown[], notes: Map<string, string[]>): { search(query: string): unknown[] };
        };
        const { createSearchIndex } = (window as unknown as { CareLensSearch: SearchModule }).CareLensSearch;
        const buildStart = performance.now();
        const index = createSearchIndex(records, new Map(notes));
        const buildMs = performance.now() - buildStart;
        const search = (query: string) => index.search(query);
        for (const query of queries) search(query); // warm up the JIT
        // Each keystroke's time is the best of `rounds` runs, which keeps other processes' noise out.
        const prefixes = queries.flatMap((query) => [...query].map((_, index) => query.slice(0, index + 1)));
        const perKeystroke = prefixes.map(() => Infinity);
        for (let round = 0; round < rounds; round += 1) {
          prefixes.forEach((prefix, index) => {
            const start = performance.now();
            search(prefix);
            perKeystroke[index] = Math.min(perKeystroke[index]!, performance.now() - start);
          });
        }
        return { buildMs, perKeystroke };
      },
      { records: dataset.records, notes: withNotes, queries: QUERIES, rounds: SEARCH_ROUNDS },
    );
  const datasetOnly = await timeSearches([]);
  const withNotes = await timeSearches(notes);

  // 2. Keystroke to updated results in the real popup (event handler, search, render and layout).
  const renderTimes = await page.evaluate(
    async ({ queries, rounds }) => {
      const input = document.querySelector<HTMLInputElement>('#popup-search')!;
      const yieldToRenderer = () =>
        new Promise<void>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        });
      const type = async (value: string) => {
        const start = performance.now();
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await yieldToRenderer();
        void document.body.offsetHeight; // include style and layout of the new results
        return performance.now() - start;
      };
      const best: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        let keystroke = 0;
        for (const query of queries) {
          for (let length = 1; length <= query.length; length += 1) {
            const time = await type(query.slice(0, length));
            best[keystroke] = Math.min(best[keystroke] ?? Infinity, time);
            keystroke += 1;
          }
          await type('');
        }
      }
      return best;
    },
    { queries: QUERIES, rounds: 3 },
  );
  await page.close();

  // 3. Opening popup.html to a focused box, and to a box that searches the records.
  const openings: { focused: number; ready: number }[] = [];
  for (let run = 0; run < OPENINGS; run += 1) {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.locator('.lens-popup[data-ready="true"]').waitFor();
    openings.push(
      await popup.evaluate(
        (marks) => ({
          focused: performance.getEntriesByName(marks.focused)[0]?.startTime ?? NaN,
          ready: performance.getEntriesByName(marks.ready)[0]?.startTime ?? NaN,
        }),
        POPUP_MARKS,
      ),
    );
    await popup.close();
  }

  const searchP95 = percentile(datasetOnly.perKeystroke, 95);
  const row = (label: string, times: number[]) => [
    label,
    ms(percentile(times, 50)),
    ms(percentile(times, 95)),
    ms(Math.max(...times)),
  ];
  const readyMedian = percentile(
    openings.map((opening) => opening.ready),
    50,
  );
  return {
    tables: [
      {
        title: `Popup search per keystroke (${dataset.records.length} records; ${datasetOnly.perKeystroke.length} keystrokes: ${QUERIES.length} queries typed letter by letter, best of ${SEARCH_ROUNDS} runs each)`,
        columns: ['measure', 'median ms', 'p95 ms', 'max ms'],
        rows: [
          row('search only (Fuse.js), the dataset', datasetOnly.perKeystroke),
          row(`search only (Fuse.js), the dataset and ${NOTE_COUNT} notes`, withNotes.perKeystroke),
          row('keystroke to updated results in the real popup (best of 3)', renderTimes),
          ['building the index (once per open)', ms(datasetOnly.buildMs), '', ''],
        ],
      },
      {
        title: `Opening popup.html (${OPENINGS} openings, ms from navigation start)`,
        columns: ['moment', 'first open', 'median ms', 'max ms'],
        rows: (['focused', 'ready'] as const).map((moment) => [
          moment === 'focused' ? 'search box focused' : 'search box usable (records indexed)',
          ms(openings[0]![moment]),
          ms(
            percentile(
              openings.map((opening) => opening[moment]),
              50,
            ),
          ),
          ms(Math.max(...openings.map((opening) => opening[moment]))),
        ]),
      },
    ],
    targets: [
      {
        name: 'popup search per keystroke',
        pass: searchP95 < SEARCH_TARGET_MS,
        detail: `p95 ${ms(searchP95)} ms (target under ${SEARCH_TARGET_MS} ms)`,
      },
      {
        name: 'popup opens to a usable search box',
        pass: readyMedian < READY_TARGET_MS,
        detail: `median ${ms(readyMedian)} ms (target under ${READY_TARGET_MS} ms)`,
      },
    ],
  };
}
