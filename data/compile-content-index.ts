/** Turns the validated dataset into the content script's term index and card text. Pure, so it is unit-tested. */
import type { CardRecord, CompiledTerm, ContentIndex, FullDataset } from './compiled-types';
import { normaliseForMatching } from '../utils/normalise-text';

export function compileContentIndex(dataset: FullDataset): ContentIndex {
  const byKey = new Map<string, CompiledTerm>();
  for (const record of dataset.records) {
    for (const term of record.terms) {
      const key = normaliseForMatching(term.text);
      const entry = byKey.get(key) ?? { key, recordIds: [], ambiguous: false };
      if (!entry.recordIds.includes(record.id)) entry.recordIds.push(record.id);
      entry.ambiguous ||= term.ambiguous === true;
      byKey.set(key, entry);
    }
  }
  const cards: CardRecord[] = dataset.records.map((record) => ({
    id: record.id,
    kind: record.kind,
    theme: record.theme,
    title: record.title,
    ask: record.ask,
    figures: record.figures,
    response: record.response,
    timeline: record.timeline,
    status: record.status,
    statusAsOf: record.statusAsOf,
    statusReason: record.statusReason,
    caveats: record.caveats ?? [],
    sources: record.sources,
    related: record.related,
  }));
  const terms = [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
  return { meta: dataset.meta, terms, cards };
}
