/**
 * Several records behind one phrase: the closest first. A recommendation comes before background; then a record
 * whose own title carries the matched words (the phrase names it most specifically) before one that only lists
 * the phrase among its terms; otherwise the term index's order is kept.
 */
import type { CardRecord } from '../../../data/compiled-types';

/** Lower case, hyphens and apostrophes dropped, single spaces, and a plural "s" taken off each word. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’'‐‑–—-]/g, '')
    .split(/[^\p{L}\p{N}£]+/u)
    .filter(Boolean)
    .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
}

function titleNamesTerm(record: CardRecord, termKey: string): boolean {
  const title = ` ${words(record.title).join(' ')} `;
  const term = words(termKey).join(' ');
  return term !== '' && title.includes(` ${term} `);
}

export function orderByCloseness(records: readonly CardRecord[], termKey: string): CardRecord[] {
  const rank = (record: CardRecord) =>
    (record.kind === 'recommendation' ? 0 : 2) + (titleNamesTerm(record, termKey) ? 0 : 1);
  return records
    .map((record, index) => ({ record, index, rank: rank(record) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ record }) => record);
}
