/**
 * Every record in the dataset must be findable: the dataset engineers give one sentence per record
 * (tests/fixtures/term-sentences/*.json, `{ recordId: sentence }`), and the matcher — with the page judged to be
 * about children's social care, so ambiguous terms count — must mark that record in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContentIndex } from '../../../data/compile-content-index';
import type { FullDataset } from '../../../data/compiled-types';
import { createPageContext } from '../../../utils/page/match/care-context';
import { createTermMatcher } from '../../../utils/page/match/term-matcher';

const dataset = JSON.parse(readFileSync('data/generated/dataset.json', 'utf8')) as FullDataset;
const sentencesDir = 'tests/fixtures/term-sentences';
const sentences: Record<string, string> = {};
for (const file of readdirSync(sentencesDir).filter((name) => name.endsWith('.json'))) {
  Object.assign(sentences, JSON.parse(readFileSync(join(sentencesDir, file), 'utf8')) as Record<string, string>);
}
const matcher = createTermMatcher(compileContentIndex(dataset).terms);
const context = createPageContext({ aboutCare: true });

function recordsMarkedIn(sentence: string): string[] {
  return matcher
    .findAll(sentence)
    .matches.filter((match) => !match.term.ambiguous || context.isAboutCare())
    .flatMap((match) => match.term.recordIds);
}

describe('every record is marked by its test sentence', () => {
  it('has records to check', () => {
    expect(dataset.records.length).toBeGreaterThan(0);
  });

  it.each(dataset.records.map((record) => record.id))('%s', (recordId) => {
    const sentence = sentences[recordId];
    expect(sentence, `no sentence for "${recordId}" in ${sentencesDir}/*.json`).toBeTypeOf('string');
    expect(recordsMarkedIn(sentence!), `"${sentence}" does not mark ${recordId}`).toContain(recordId);
  });
});
