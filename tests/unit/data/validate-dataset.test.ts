// @vitest-environment node
/**
 * Every rule of the second-edition dataset, one planted violation each: the real records are copied, one record is
 * broken, and validation must fail naming that record and that field (formatProblem style). The build-step test
 * (hardening-dataset-build.test.ts) shows that such a failure stops `compile-data`; this one covers each rule fast.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../../data/validate-dataset';

const DATA = resolve(__dirname, '../../../data');
type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function realRecords(): Raw[] {
  const dir = join(DATA, 'records');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Raw[]);
}
const meta = JSON.parse(readFileSync(join(DATA, 'meta.json'), 'utf8'));
const statuses = JSON.parse(readFileSync(join(DATA, 'statuses.json'), 'utf8'));

function validate(records: Raw[], statusFile: unknown = statuses) {
  return validateDataset(
    meta,
    records.map((value) => ({ origin: 'test.json', value })),
    statusFile,
  );
}

/** Breaks the first record `pick` accepts and returns every problem line. */
function linesAfter(
  pick: (record: Raw) => boolean,
  breakIt: (record: Raw, all: Raw[]) => void,
): { id: string; lines: string[] } {
  const records = realRecords();
  const record = records.find(pick);
  if (!record) throw new Error('no record to break');
  breakIt(record, records);
  const result = validate(records);
  return { id: record.id, lines: result.ok ? [] : result.problems.map(formatProblem) };
}

function expectProblem(run: { id: string; lines: string[] }, field: string, words: RegExp): void {
  const line = run.lines.find((text) => text.startsWith(`record "${run.id}", field "${field}":`));
  expect(line, `no problem names record "${run.id}" and field "${field}" in:\n${run.lines.join('\n')}`).toBeDefined();
  expect(line).toMatch(words);
}

const rec = (record: Raw) => record.kind === 'recommendation';
const legislated = (record: Raw) => record.status === 'legislated' && record.act?.sections.length > 0;
const src = (url: string, extra: Raw = {}) => ({
  url,
  publisher: 'Somebody',
  title: 'A page',
  date: '2025-01',
  ...extra,
});

describe('the second-edition dataset', () => {
  it('is valid as committed', () => {
    const result = validate(realRecords());
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});

describe('one planted violation per rule', () => {
  it.each([
    [
      'kind outside recommendation | context',
      rec,
      (r: Raw) => (r.kind = 'entity'),
      'kind',
      /recommendation" or "context/,
    ],
    [
      'context record with a status',
      (r: Raw) => r.kind === 'context',
      (r: Raw) => (r.status = 'partial'),
      'status',
      /Invalid key/,
    ],
    ['chapter outside 2–9', rec, (r: Raw) => (r.chapter = 1), 'chapter', /chapter of the final report/],
    ['title over 90 characters', rec, (r: Raw) => (r.title = 'x'.repeat(91)), 'title', /90 characters/],
    ['ask over 60 words', rec, (r: Raw) => (r.ask = 'word '.repeat(61).trim()), 'ask', /at most 60 words/],
    [
      'response over 50 words',
      rec,
      (r: Raw) => (r.response = 'word '.repeat(51).trim()),
      'response',
      /at most 50 words/,
    ],
    [
      'timeline text over 40 words',
      rec,
      (r: Raw) => (r.timeline[0].text = 'word '.repeat(41).trim()),
      'timeline.0.text',
      /at most 40 words/,
    ],
    ['status outside the vocabulary', rec, (r: Raw) => (r.status = 'probably'), 'status', /must be one of/],
    [
      'inForce on a record not in law',
      (r: Raw) => rec(r) && r.status === 'implementing',
      (r: Raw) => (r.inForce = 'yes'),
      'inForce',
      /only for "legislated"/,
    ],
    ['legislated without inForce', legislated, (r: Raw) => delete r.inForce, 'inForce', /required/],
    ['legislated without act', legislated, (r: Raw) => delete r.act, 'act', /required/],
    [
      'Act section not cited in readable form',
      legislated,
      (r: Raw) => r.act.sections.push(77),
      'act.sections.1',
      /section\/77/,
    ],
    [
      'no commencement source',
      legislated,
      (r: Raw) => stripUrl(r, /section\/78$/),
      'act.commencement',
      /commencement source/,
    ],
    [
      'Act section cited but not claimed',
      (r: Raw) => rec(r) && !r.act,
      (r: Raw) => r.sources.push(src('https://www.legislation.gov.uk/ukpga/2026/21/section/12')),
      'act',
      /section 12/,
    ],
    [
      'machine-readable legislation URL',
      rec,
      (r: Raw) => r.sources.push(src('https://www.legislation.gov.uk/ukpga/2026/21/section/9/data.xml')),
      'sources.',
      /readable/,
    ],
    [
      'legislation URL not in readable form',
      rec,
      (r: Raw) => r.sources.push(src('https://www.legislation.gov.uk/ukpga/2026/21/section/9/enacted')),
      'sources.',
      /readable form/,
    ],
    [
      'history last status differs',
      rec,
      (r: Raw) => (r.statusHistory.at(-1).status = r.status === 'rejected' ? 'partial' : 'rejected'),
      'statusHistory',
      /ends at/,
    ],
    [
      'history date with no timeline event',
      rec,
      (r: Raw) => (r.statusHistory[0].from = '2023-01-17'),
      'statusHistory.0.from',
      /no timeline event/,
    ],
    [
      'history not oldest first',
      (r: Raw) => rec(r) && r.statusHistory.length > 1,
      (r: Raw) => r.statusHistory.reverse(),
      'statusHistory',
      /oldest first/,
    ],
    [
      'rejection with no 2 February 2023 event',
      (r: Raw) => rec(r) && r.statusHistory[0].status === 'rejected',
      dropResponseEvent,
      'timeline',
      /2 February 2023/,
    ],
    ['statusAsOf after the dataset', rec, (r: Raw) => (r.statusAsOf = '2027-01-01'), 'statusAsOf', /after the dataset/],
    [
      'statusAsOf before the latest event',
      rec,
      (r: Raw) => (r.statusAsOf = '2022-01-01'),
      'statusAsOf',
      /earlier than the latest/,
    ],
    [
      'timeline not oldest first',
      (r: Raw) => rec(r) && r.timeline.length > 1 && r.timeline[0].date < r.timeline.at(-1).date,
      (r: Raw) => r.timeline.reverse(),
      'timeline',
      /oldest first/,
    ],
    ['source without a date', rec, (r: Raw) => delete r.sources.at(-1).date, 'sources.', /date|Invalid key|expected/i],
    ['source without a title', rec, (r: Raw) => delete r.sources.at(-1).title, 'sources.', /title|expected/i],
    [
      'source off the allowlist',
      rec,
      (r: Raw) => r.sources.push(src('https://example.com/story')),
      'sources.',
      /allowlist/,
    ],
    [
      'host with a trailing dot',
      rec,
      (r: Raw) => r.sources.push(src('https://thefosteringnetwork.org.uk./node/1', { allowReason: 'x' })),
      'sources.',
      /trailing dot/,
    ],
    [
      'test server',
      rec,
      (r: Raw) => r.sources.push(src('https://webtest.parliament.uk/page', { allowReason: 'x' })),
      'sources.',
      /test or staging/,
    ],
    [
      'CV site',
      rec,
      (r: Raw) => r.sources.push(src('https://rezume.co.uk/cv', { allowReason: 'x' })),
      'sources.',
      /CV site/,
    ],
    [
      'primary source after a secondary one',
      (r: Raw) => rec(r) && r.sources.length > 1,
      (r: Raw) => r.sources.push(src('https://www.gov.uk/government/news/x')),
      'sources.',
      /primary source/,
    ],
    [
      'final report not cited',
      rec,
      (r: Raw) => stripUrl(r, /groups\/independent-review-of-childrens-social-care$/),
      'sources',
      /final report/,
    ],
    [
      'strategy not cited in responseSources',
      rec,
      (r: Raw) =>
        (r.responseSources = r.responseSources.filter((s: Raw) => !s.url.includes('stable-homes-built-on-love'))),
      'responseSources',
      /Stable Homes/,
    ],
    [
      'only the strategy in responseSources',
      rec,
      (r: Raw) =>
        (r.responseSources = r.responseSources.filter((s: Raw) => s.url.includes('stable-homes-built-on-love'))),
      'responseSources',
      /specific response/,
    ],
    [
      'KCSHFT page alone',
      rec,
      (r: Raw) =>
        (r.timeline[0].sources = [
          src('https://www.gov.uk/government/publications/keeping-children-safe-helping-families-thrive'),
        ]),
      'timeline.0.sources',
      /alone/,
    ],
    [
      'banned phrase in a response',
      rec,
      (r: Raw) => (r.response = 'Sources consulted do not show it.'),
      'response',
      /sources consulted/,
    ],
    [
      'banned phrase in a caveat',
      rec,
      (r: Raw) => (r.caveats = ['The research pack gives no overall status.']),
      'caveats.0',
      /research pack/,
    ],
    [
      'banned phrase in timeline text',
      rec,
      (r: Raw) => (r.timeline[0].text = 'This was not verified.'),
      'timeline.0.text',
      /not verified/,
    ],
    [
      'banned phrase in statusReason',
      rec,
      (r: Raw) => (r.statusReason = 'Officials could not confirm it.'),
      'statusReason',
      /could not confirm/,
    ],
    [
      'banned phrase in a context record',
      (r: Raw) => r.kind === 'context',
      (r: Raw) => (r.about = 'No evidence was found of this.'),
      'about',
      /no evidence was found/,
    ],
    [
      'duplicate order in a chapter',
      (r: Raw) => rec(r) && r.order === 2,
      (r: Raw) => (r.order = 1),
      'order',
      /already has order 1/,
    ],
    ['unknown related id', rec, (r: Raw) => r.related.push('no-such-record'), 'related.', /unknown record id/],
    [
      'related id that is an alias',
      (r: Raw) => rec(r) && r.id !== 'fh-1',
      (r: Raw) => r.related.push('edu-3'),
      'related.',
      /alias of fh-1/,
    ],
    [
      'alias that is a live id',
      (r: Raw) => rec(r) && r.id !== 'fh-2',
      (r: Raw) => (r.aliases = ['fh-2']),
      'aliases.0',
      /id of a record/,
    ],
    [
      'alias claimed twice',
      (r: Raw) => rec(r) && r.id !== 'fh-1',
      (r: Raw) => (r.aliases = ['edu-3']),
      'aliases.0',
      /already an alias/,
    ],
    ['empty notAfter list', rec, (r: Raw) => (r.terms[0].notAfter = []), 'terms.0.notAfter', /at least one/],
    [
      'term listed twice with different flags',
      rec,
      (r: Raw) => r.terms.push({ text: r.terms[0].text.toUpperCase(), background: !r.terms[0].background }),
      'terms',
      /listed twice with different flags/,
    ],
  ])('%s', (_name, pick, breakIt, field, words) => {
    const run = linesAfter(pick as (r: Raw) => boolean, breakIt as (r: Raw, all: Raw[]) => void);
    if (field.endsWith('.')) {
      const line = run.lines.find((text) => text.startsWith(`record "${run.id}", field "${field}`));
      expect(
        line,
        `no problem names record "${run.id}" and a field starting "${field}" in:\n${run.lines.join('\n')}`,
      ).toBeDefined();
      expect(run.lines.filter((text) => text.startsWith(`record "${run.id}", field "${field}`)).join('\n')).toMatch(
        words,
      );
    } else {
      expectProblem(run, field, words);
    }
  });

  it('duplicate ids', () => {
    const records = realRecords();
    records.push(structuredClone(records[0]!));
    const result = validate(records);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toContain(
      `record "${records[0]!.id}", field "id": duplicate id`,
    );
  });

  it('status definitions that miss a status', () => {
    const partial = { ...statuses, statuses: statuses.statuses.filter((entry: Raw) => entry.id !== 'rejected') };
    const result = validate(realRecords(), partial);
    expect(result.ok ? [] : result.problems.map(formatProblem).join('\n')).toMatch(/status definitions.*exactly once/);
  });
});

function stripUrl(record: Raw, pattern: RegExp): void {
  const keep = (list: Raw[]) => list.filter((source) => !pattern.test(source.url));
  record.sources = keep(record.sources);
  record.responseSources = keep(record.responseSources);
  for (const event of record.timeline) event.sources = keep(event.sources);
  for (const entry of record.statusHistory) if (pattern.test(entry.source.url)) entry.source = record.sources.at(-1);
}

function dropResponseEvent(record: Raw): void {
  record.timeline = record.timeline.filter((event: Raw) => event.date !== '2023-02-02');
  record.statusHistory[0].from = record.timeline[0].date;
}
