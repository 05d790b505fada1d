/**
 * The content index the build compiles for the content script: every record findable by its test sentence
 * (tests/fixtures/term-sentences/*.json, `{ recordId: sentence }`, written by the dataset engineers), the matcher
 * flags carried through, inflections left to the pattern, and the pattern itself within the limits that keep it
 * fast on a page's first read (research: ../shared/research/matcher-regex.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContentIndex } from '../../../data/compile-content-index';
import type { FullDataset } from '../../../data/compiled-types';
import { createTermMatcher } from '../../../utils/page/match/term-matcher';

const dataset = JSON.parse(readFileSync('data/generated/dataset.json', 'utf8')) as FullDataset;
const sentencesDir = 'tests/fixtures/term-sentences';
const sentences: Record<string, string> = {};
for (const file of readdirSync(sentencesDir).filter((name) => name.endsWith('.json'))) {
  Object.assign(sentences, JSON.parse(readFileSync(join(sentencesDir, file), 'utf8')) as Record<string, string>);
}
const index = compileContentIndex(dataset);
const matcher = createTermMatcher(index);
const byKey = new Map(index.terms.map((term) => [term.key, term]));

/** Records the matcher finds in `text`, before any judgement of the page (every rule's term counts here). */
const recordsIn = (text: string) => matcher.findAll(text).matches.flatMap((match) => match.term.recordIds);

describe('every record is marked by its test sentence', () => {
  it('has records to check', () => {
    expect(dataset.records.length).toBeGreaterThan(0);
  });

  it.each(dataset.records.map((record) => record.id))('%s', (recordId) => {
    const sentence = sentences[recordId];
    expect(sentence, `no sentence for "${recordId}" in ${sentencesDir}/*.json`).toBeTypeOf('string');
    expect(recordsIn(sentence!), `"${sentence}" does not mark ${recordId}`).toContain(recordId);
  });
});

describe('every term of the dataset', () => {
  const terms = dataset.records.flatMap((record) => record.terms.map((term) => ({ record, term })));

  it.each(terms.map(({ record, term }) => [record.id, term.text] as const))(
    '%s: “%s” is matched as itself, in the plural and possessive, in capitals and across odd spaces',
    (recordId, text) => {
      const last = text.split(' ').at(-1)!;
      const forms = [text, text.toUpperCase(), text.replace(/ /g, '\u00a0'), `${text}’s`];
      if (/[a-z]$/i.test(last) && !/s$/.test(last) && !/[0-9]/.test(last)) {
        const lower = last !== last.toUpperCase();
        if (lower && /[^aeiou]y$/.test(last)) forms.push(`${text.slice(0, -1)}ies`);
        else if (lower && /(x|z|ch|sh)$/.test(last)) forms.push(`${text}es`);
        else forms.push(`${text}s`);
      }
      for (const form of forms) {
        const sentence = `They said ${form} would matter.`;
        const matches = matcher.findAll(sentence).matches;
        const whole = matches.find((match) => match.start === 10);
        expect(whole && sentence.slice(whole.start, whole.end), `${form} in "${sentence}"`).toBe(form);
        expect(whole!.term.recordIds).toContain(recordId);
      }
    },
  );
});

describe('the compiled index', () => {
  it('carries notAfter, notBefore, requiresNearby, otherNations and background', () => {
    expect(byKey.get('secure school')?.notAfter).toContain('help');
    expect(byKey.get('independent review of children social care')?.notBefore).toEqual(['services']);
    expect(byKey.get('macalister')?.requiresNearby).toContain('josh macalister');
    expect(byKey.get('care review')?.otherNations).toBe(true);
    // Context records name background: their terms are background automatically.
    expect(byKey.get('national implementation board')?.background).toBe(true);
    expect(byKey.get('family help team')?.background).toBeUndefined();
  });

  it('lists irregular plurals from the data but never regular ones: the pattern allows those', () => {
    expect(byKey.get('children in need')?.recordIds).toEqual(['fh-1']);
    expect(byKey.has('regional care cooperatives')).toBe(false);
    expect(recordsIn('Regional Care Co-operatives’ budgets')).toEqual(['care-1']);
  });

  it('writes a pattern V8 reads fast: literal characters, under 20 KB, for flag g alone', () => {
    for (const source of [index.termPattern, index.evidence.pattern]) {
      expect(source).not.toMatch(/\\u|\\x/);
      expect(new TextEncoder().encode(source).length).toBeLessThan(20_000);
      expect(() => new RegExp(source, 'g')).not.toThrow();
    }
  });

  it('tells, for each evidence spelling, what the shorter phrases it starts with tell too', () => {
    expect(index.evidence.phrases['children services']?.nearby).toContain('children');
    expect(index.evidence.phrases['scotland']?.nation).toBe('other');
    expect(index.evidence.weights.length).toBeGreaterThan(40);
  });
});
