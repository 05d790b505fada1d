/**
 * The labelled corpus (tests/fixtures/corpus/), read by the real page pipeline in happy-dom: at least 0.98
 * precision and recall over every mark, or the suite fails. `npm run eval` prints the detail (per record, per
 * term, every error).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FullDataset } from '../../../../data/compiled-types';
import { evaluateCorpus, expectedRecords, precision, readCorpus, recall } from '../../../../scripts/eval/corpus-eval';

const { passages, traps } = readCorpus();
const dataset = JSON.parse(readFileSync('data/generated/dataset.json', 'utf8')) as FullDataset;

describe('the labelled corpus', () => {
  it('is well formed: unique ids, known records, every labelled span in the passage in order', () => {
    expect(passages.length).toBeGreaterThanOrEqual(300);
    expect(new Set(passages.map((passage) => passage.id)).size).toBe(passages.length);
    const ids = new Set(dataset.records.map((record) => record.id));
    for (const passage of passages) {
      document.body.innerHTML = passage.html;
      const text = (document.body.textContent ?? '').replace(/\u00ad/g, '');
      let from = 0;
      for (const span of passage.expect) {
        for (const record of expectedRecords(span)) expect(ids, `${passage.id}: ${record}`).toContain(record);
        const at = text.indexOf(span.text, from);
        expect(at, `${passage.id}: “${span.text}”`).toBeGreaterThanOrEqual(0);
        from = at + span.text.length;
      }
      expect(passage.kind === 'positive' ? passage.expect.length > 0 : true, passage.id).toBe(true);
    }
    expect(Object.keys(traps).every((id) => passages.some((passage) => passage.id === id))).toBe(true);
  });

  it('has positives for every record of the dataset', () => {
    const marked = new Set(passages.flatMap((passage) => passage.expect.flatMap(expectedRecords)));
    expect(dataset.records.map((record) => record.id).filter((id) => !marked.has(id))).toEqual([]);
  });

  it('is marked with at least 0.98 precision and 0.98 recall', () => {
    const report = evaluateCorpus(passages);
    const errors = report.results.flatMap((result) => [
      ...result.passage.expect
        .filter((_, i) => !result.hits.has(i))
        .map((span) => `missed ${result.passage.id}: ${span.text}`),
      ...result.extra.map((i) => `extra ${result.passage.id}: ${result.found[i]!.text}`),
    ]);
    expect(precision(report.overall), errors.join('\n')).toBeGreaterThanOrEqual(0.98);
    expect(recall(report.overall), errors.join('\n')).toBeGreaterThanOrEqual(0.98);
  });
});
