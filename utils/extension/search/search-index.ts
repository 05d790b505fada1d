/**
 * Fuzzy search over the dataset and the user's notes, for the popup and the library page. Typos are forgiven
 * ("kinship alowance"), a match anywhere in a long text counts (`ignoreLocation`), and a hit in a title or a
 * term outranks one in the review's ask or the response, which outranks one in a note. Each hit carries the
 * matched ranges, widened to whole words, so the UI can highlight what matched.
 */
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { DatasetRecord, Status, Theme } from '../../../data/schema';

export type SearchField = 'title' | 'terms' | 'ask' | 'response' | 'notes';

/** [start, end] character offsets, end inclusive (Fuse's convention). */
export type MatchRange = readonly [number, number];

export interface FieldMatch {
  field: SearchField;
  /** The text that matched (one term or one note for the list fields). */
  text: string;
  ranges: MatchRange[];
}

export interface SearchFilters {
  status?: Status | null;
  theme?: Theme | null;
  kind?: DatasetRecord['kind'] | null;
}

export interface SearchHit {
  record: DatasetRecord;
  /** 0 is a perfect match, 1 no match; 0 for every record when the query is empty. */
  score: number;
  matches: FieldMatch[];
}

export interface SearchIndex {
  search(query: string, filters?: SearchFilters): SearchHit[];
}

interface SearchDocument {
  record: DatasetRecord;
  title: string;
  terms: string[];
  ask: string;
  response: string;
  notes: string[];
}

const FIELD_WEIGHTS: Record<SearchField, number> = { title: 3, terms: 3, ask: 2, response: 2, notes: 1 };

const FUSE_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: (Object.keys(FIELD_WEIGHTS) as SearchField[]).map((name) => ({ name, weight: FIELD_WEIGHTS[name] })),
  ignoreLocation: true,
  threshold: 0.3,
  includeMatches: true,
  includeScore: true,
  minMatchCharLength: 2,
};

/** Recommendations before context records, then by title: the order of an unfiltered list. */
export function compareForListing(a: DatasetRecord, b: DatasetRecord): number {
  if (a.kind !== b.kind) return a.kind === 'recommendation' ? -1 : 1;
  return a.title.localeCompare(b.title, 'en-GB');
}

export function matchesFilters(record: DatasetRecord, filters: SearchFilters = {}): boolean {
  return (
    (!filters.status || (record.kind === 'recommendation' && record.status === filters.status)) &&
    (!filters.theme || record.theme === filters.theme) &&
    (!filters.kind || record.kind === filters.kind)
  );
}

/** Builds the index; `notesByRecord` maps a record id to the text of its notes. Cheap enough to rebuild on change. */
export function createSearchIndex(
  records: readonly DatasetRecord[],
  notesByRecord: ReadonlyMap<string, readonly string[]> = new Map(),
): SearchIndex {
  const documents: SearchDocument[] = records.map((record) => ({
    record,
    title: record.title,
    terms: record.terms.map((term) => term.text),
    ask: record.kind === 'recommendation' ? record.ask : record.about,
    response: record.kind === 'recommendation' ? record.response : '',
    notes: [...(notesByRecord.get(record.id) ?? [])],
  }));
  const fuse = new Fuse(documents, FUSE_OPTIONS);
  const listing = [...records].sort(compareForListing);

  return {
    search(query, filters = {}) {
      const trimmed = query.trim();
      if (!trimmed) {
        return listing
          .filter((record) => matchesFilters(record, filters))
          .map((record) => ({ record, score: 0, matches: [] }));
      }
      return fuse
        .search(trimmed)
        .filter((result) => matchesFilters(result.item.record, filters))
        .map(toHit);
    },
  };
}

function toHit(result: FuseResult<SearchDocument>): SearchHit {
  const matches: FieldMatch[] = [];
  for (const match of result.matches ?? []) {
    if (!match.key || match.value === undefined) continue;
    const ranges = widenToWords(match.value, match.indices);
    if (ranges.length > 0) matches.push({ field: match.key as SearchField, text: match.value, ranges });
  }
  matches.sort((a, b) => FIELD_WEIGHTS[b.field] - FIELD_WEIGHTS[a.field]);
  return { record: result.item.record, score: result.score ?? 0, matches };
}

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/**
 * Widens each range to the words it touches and joins ranges that only a space separates, so a highlight never cuts
 * a word in half and a matched phrase reads as one.
 */
export function widenToWords(text: string, ranges: readonly MatchRange[]): MatchRange[] {
  const widened = ranges
    .map(([start, end]): [number, number] => {
      let from = Math.max(0, start);
      let to = Math.min(text.length - 1, end);
      while (from <= to && !WORD_CHAR.test(text[from]!)) from += 1;
      while (to >= from && !WORD_CHAR.test(text[to]!)) to -= 1;
      if (from > to) return [from, to];
      while (from > 0 && WORD_CHAR.test(text[from - 1]!)) from -= 1;
      while (to < text.length - 1 && WORD_CHAR.test(text[to + 1]!)) to += 1;
      return [from, to];
    })
    .filter(([from, to]) => from <= to)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of widened) {
    const last = merged.at(-1);
    const onlySpaceBetween = last && /^\s*$/.test(text.slice(last[1] + 1, range[0]));
    if (last && onlySpaceBetween) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
