/** Turns the validated dataset into the content script's term index and its card text. Pure, so it is unit-tested. */
import type { CardText, CompiledTerm, ContentIndex, FullDataset } from './compiled-types';
import type { DatasetRecord, Term } from './schema';
import { toCardRecord } from '../utils/shared/card-record';
import { normaliseForMatching } from '../utils/page/match/normalise-text';
import { compileEvidence } from './care-context-signals';
import { compileMatchPattern } from './match-pattern';
import { termFormSpellings } from './term-spellings';

/** Matcher flags as they leave the compile step: words normalised like the page text they are compared with. */
interface TermFlags {
  otherNations: boolean;
  notAfter: string[];
  notBefore: string[];
  requiresNearby: string[];
  background: boolean;
}

function flagsOf(record: DatasetRecord, term: Term): TermFlags {
  return {
    otherNations: term.otherNations === true,
    notAfter: (term.notAfter ?? []).map(normaliseForMatching),
    notBefore: (term.notBefore ?? []).map(normaliseForMatching),
    requiresNearby: (term.requiresNearby ?? []).map(normaliseForMatching),
    // Context records name background by definition.
    background: record.kind === 'context' || term.background === true,
  };
}

const union = (a: readonly string[] | undefined, b: readonly string[]): string[] =>
  [...new Set([...(a ?? []), ...b])].sort();

/** Adds one record's flags to a key's entry; absent flags stay absent, so the index stays small. */
function mergeFlags(entry: CompiledTerm, flags: TermFlags, firstClaim: boolean): void {
  if (flags.otherNations) entry.otherNations = true;
  if (flags.notAfter.length > 0) entry.notAfter = union(entry.notAfter, flags.notAfter);
  if (flags.notBefore.length > 0) entry.notBefore = union(entry.notBefore, flags.notBefore);
  if (flags.requiresNearby.length > 0) entry.requiresNearby = union(entry.requiresNearby, flags.requiresNearby);
  // Background only while every record behind the key is background.
  if (firstClaim && flags.background) entry.background = true;
  else if (!flags.background) delete entry.background;
}

export function compileContentIndex(dataset: Pick<FullDataset, 'meta' | 'records'>): ContentIndex {
  const byKey = new Map<string, CompiledTerm>();
  for (const record of dataset.records) {
    for (const term of record.terms) {
      const flags = flagsOf(record, term);
      for (const spelling of termFormSpellings(term.text, term.plural)) {
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
        mergeFlags(entry, flags, known === undefined);
        byKey.set(spelling.key, entry);
      }
    }
  }
  const terms = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const written = dataset.records.flatMap((record) =>
    record.terms.flatMap((term) => (term.plural ? [term.text, term.plural] : [term.text])),
  );
  const nearby = dataset.records.flatMap((record) => record.terms.flatMap((term) => term.requiresNearby ?? []));
  return {
    meta: dataset.meta,
    terms,
    termPattern: compileMatchPattern([...new Set(written)]),
    evidence: compileEvidence([...new Set(nearby)]),
  };
}

export function compileCardText(dataset: Pick<FullDataset, 'meta' | 'records'>): CardText {
  return { version: dataset.meta.version, asOf: dataset.meta.asOf, cards: dataset.records.map(toCardRecord) };
}
