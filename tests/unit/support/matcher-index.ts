/**
 * A small content index compiled by the real compile step (data/compile-content-index.ts) from hand-written
 * terms, for tests of the matcher and the sections' context: `matcherIndex({ 'family help': { record: 'fh-1',
 * ambiguous: true }, 'Regional Care Co-operative': 'care-1' })`. The evidence (signals, nations) is the real one.
 */
import { compileContentIndex } from '../../../data/compile-content-index';
import type { ContentIndex } from '../../../data/compiled-types';
import type { DatasetRecord, Term } from '../../../data/schema';

export type TermSpec = string | (Omit<Term, 'text'> & { record: string });

export function matcherIndex(terms: Record<string, TermSpec>): ContentIndex {
  const records = new Map<string, Term[]>();
  for (const [text, spec] of Object.entries(terms)) {
    const { record, ...flags } = typeof spec === 'string' ? { record: spec } : spec;
    records.set(record, [...(records.get(record) ?? []), { text, ...flags }]);
  }
  const dataset = [...records].map(([id, recordTerms]) => ({ id, kind: 'recommendation', terms: recordTerms }));
  return compileContentIndex({
    meta: { version: '2026.12.1', asOf: '2026-12-06', title: 'test' },
    records: dataset as unknown as DatasetRecord[],
  });
}
