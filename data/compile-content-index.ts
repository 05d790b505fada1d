/** Turns the validated dataset into the content script's term index and its card text. Pure, so it is unit-tested. */
import type { CardText, CompiledTerm, ContentIndex, FullDataset } from './compiled-types';
import { toCardRecord } from '../utils/shared/card-record';
import { careSignalKeys } from './care-context-signals';
import { termSpellings } from './term-spellings';

export function compileContentIndex(dataset: FullDataset): ContentIndex {
  const byKey = new Map<string, CompiledTerm>();
  for (const record of dataset.records) {
    for (const term of record.terms) {
      for (const spelling of termSpellings(term.text)) {
        const known = byKey.get(spelling.key);
        const entry = known ?? { key: spelling.key, recordIds: [], ambiguous: false };
        if (!entry.recordIds.includes(record.id)) entry.recordIds.push(record.id);
        entry.ambiguous ||= term.ambiguous === true;
        // A token needs capitals only if every spelling of the key wrote it as an acronym.
        const acronyms = known
          ? (known.acronyms ?? []).filter((i) => spelling.acronyms.includes(i))
          : spelling.acronyms;
        if (acronyms.length > 0) entry.acronyms = acronyms;
        else delete entry.acronyms;
        byKey.set(spelling.key, entry);
      }
    }
  }
  const terms = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { meta: dataset.meta, terms, contextSignals: careSignalKeys() };
}

export function compileCardText(dataset: FullDataset): CardText {
  return { version: dataset.meta.version, cards: dataset.records.map(toCardRecord) };
}
