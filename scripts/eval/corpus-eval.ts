/**
 * The labelled corpus (tests/fixtures/corpus/) read by the real page pipeline: each passage becomes the page's
 * body, and the content script's own pieces read it — the text walk and its segments, the term matcher, the
 * sections' context and its evidence readings, the mention store — without the idle scheduling and painting.
 * What would be painted is compared with the passage's expected marks, span by span (text and records).
 *
 * Runs wherever a DOM is global: the unit suite (happy-dom) and `npm run eval` (scripts/eval.ts).
 */
import { readFileSync } from 'node:fs';
import type { ContentIndex } from '../../data/compiled-types';
import { createSectionContext } from '../../utils/page/match/section-context';
import { createTermMatcher, type TermMatcher } from '../../utils/page/match/term-matcher';
import { MentionStore } from '../../utils/page/mark/mention-store';
import { createPageScanner } from '../../utils/page/scan/page-scanner';
import { createPageSections } from '../../utils/page/scan/page-sections';
import { readTitle, scanHandlers, type SessionFindings } from '../../utils/page/session/session-findings';

export const CORPUS_DIR = 'tests/fixtures/corpus';

export interface ExpectedSpan {
  text: string;
  /** The record the span points at; a list when the data shares the phrase between records. */
  record: string | string[];
}

export interface Passage {
  id: string;
  kind: 'positive' | 'negative';
  topic: string;
  html: string;
  /** Every span to mark, in document order. */
  expect: ExpectedSpan[];
}

export interface FoundSpan {
  text: string;
  records: string[];
  /** The normalised term that matched. */
  term: string;
}

export interface PassageResult {
  passage: Passage;
  found: FoundSpan[];
  /** Expected spans matched by a found one (same text, same records), by index in `passage.expect`. */
  hits: Set<number>;
  /** Found spans that match no expected one, by index in `found`. */
  extra: number[];
}

export function readCorpus(dir = CORPUS_DIR): { passages: Passage[]; traps: Record<string, string[]> } {
  return {
    passages: JSON.parse(readFileSync(`${dir}/passages.json`, 'utf8')) as Passage[],
    traps: JSON.parse(readFileSync(`${dir}/unmarked.json`, 'utf8')) as Record<string, string[]>,
  };
}

export function readContentIndex(): ContentIndex {
  return JSON.parse(readFileSync('data/generated/content-index.json', 'utf8')) as ContentIndex;
}

export const expectedRecords = (span: ExpectedSpan) => (Array.isArray(span.record) ? span.record : [span.record]);
/** Text as the labels write it: soft hyphens dropped. */
const visible = (text: string) => text.replace(/\u00ad/g, '');
const sameRecords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

/** Reads the document's body as the content script would and returns what it would paint, in document order. */
export function readPage(matcher: TermMatcher): FoundSpan[] {
  const sections = createPageSections();
  const context = createSectionContext({ weights: matcher.evidence.weights, ancestorsOf: sections.ancestorsOf });
  const store = new MentionStore((stored) => context.mentionRemoved(stored));
  const shadowRoots = new Set<ShadowRoot>();
  const findings: SessionFindings = {
    store,
    hidden: new Set(),
    context,
    sections,
    paint: { dirty: false },
    changedRoots: [],
    shadowRoots,
    readTitle: () => readTitle(findings, matcher),
  };
  const scanner = createPageScanner(
    matcher,
    scanHandlers(findings, () => undefined),
  );
  scanner.enqueue(document.body);
  while (!scanner.work(() => false));
  return store
    .inDocumentOrder()
    .filter((stored) => !stored.hidden && context.shows(stored))
    .map((stored) => ({
      text: visible(stored.mention.matchedText),
      records: stored.mention.recordIds,
      term: stored.term.key,
    }));
}

/** Pairs found and expected spans in order (longest common subsequence on text and records). */
function align(expected: readonly ExpectedSpan[], found: readonly FoundSpan[]): Set<[number, number]> {
  const same = (e: number, f: number) =>
    visible(expected[e]!.text) === found[f]!.text && sameRecords(expectedRecords(expected[e]!), found[f]!.records);
  const table = Array.from({ length: expected.length + 1 }, () => new Array<number>(found.length + 1).fill(0));
  for (let e = expected.length - 1; e >= 0; e -= 1) {
    for (let f = found.length - 1; f >= 0; f -= 1) {
      table[e]![f] = same(e, f) ? table[e + 1]![f + 1]! + 1 : Math.max(table[e + 1]![f]!, table[e]![f + 1]!);
    }
  }
  const pairs = new Set<[number, number]>();
  for (let e = 0, f = 0; e < expected.length && f < found.length;) {
    if (same(e, f)) pairs.add([e++, f++]);
    else if (table[e + 1]![f]! >= table[e]![f + 1]!) e += 1;
    else f += 1;
  }
  return pairs;
}

export function evaluatePassage(passage: Passage, matcher: TermMatcher): PassageResult {
  document.title = '';
  document.body.innerHTML = passage.html;
  const found = readPage(matcher);
  document.body.innerHTML = '';
  const pairs = align(passage.expect, found);
  const hits = new Set([...pairs].map(([e]) => e));
  const matched = new Set([...pairs].map(([, f]) => f));
  return { passage, found, hits, extra: found.map((_, i) => i).filter((i) => !matched.has(i)) };
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export const precision = (t: Tally) =>
  t.truePositives + t.falsePositives === 0 ? 1 : t.truePositives / (t.truePositives + t.falsePositives);
export const recall = (t: Tally) =>
  t.truePositives + t.falseNegatives === 0 ? 1 : t.truePositives / (t.truePositives + t.falseNegatives);

export interface CorpusReport {
  overall: Tally;
  /** By record id (a shared span counts for each of its records). */
  byRecord: Map<string, Tally>;
  /** By term: the normalised matched term, or for a miss the expected text lower-cased. */
  byTerm: Map<string, Tally>;
  results: PassageResult[];
}

export function evaluateCorpus(passages: readonly Passage[], index: ContentIndex = readContentIndex()): CorpusReport {
  const matcher = createTermMatcher(index);
  const report: CorpusReport = {
    overall: { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
    byRecord: new Map(),
    byTerm: new Map(),
    results: [],
  };
  const count = (key: string, map: Map<string, Tally>, field: keyof Tally) => {
    const tally = map.get(key) ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    tally[field] += 1;
    map.set(key, tally);
  };
  for (const passage of passages) {
    const result = evaluatePassage(passage, matcher);
    report.results.push(result);
    passage.expect.forEach((span, i) => {
      const field = result.hits.has(i) ? 'truePositives' : 'falseNegatives';
      report.overall[field] += 1;
      for (const record of expectedRecords(span)) count(record, report.byRecord, field);
      const term = result.found.find((found) => found.text === visible(span.text))?.term;
      count(term ?? visible(span.text).toLowerCase(), report.byTerm, field);
    });
    for (const i of result.extra) {
      const found = result.found[i]!;
      report.overall.falsePositives += 1;
      for (const record of found.records) count(record, report.byRecord, 'falsePositives');
      count(found.term, report.byTerm, 'falsePositives');
    }
  }
  return report;
}
