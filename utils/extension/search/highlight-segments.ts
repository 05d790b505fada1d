/**
 * Cuts a text into plain and matched pieces for rendering search highlights, and trims long texts to an excerpt
 * around the first match so a result line shows why it matched.
 */
import type { MatchRange } from './search-index';

export interface TextSegment {
  text: string;
  matched: boolean;
}

export function splitByRanges(text: string, ranges: readonly MatchRange[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(start, cursor);
    const to = Math.min(end + 1, text.length);
    if (from >= to) continue;
    if (from > cursor) segments.push({ text: text.slice(cursor, from), matched: false });
    const last = segments.at(-1);
    if (last?.matched && from === cursor) last.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), matched: true });
    cursor = to;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), matched: false });
  return segments;
}

export interface Excerpt {
  text: string;
  ranges: MatchRange[];
}

/**
 * About `length` characters of `text` around its first match, cut at word boundaries and marked with ellipses,
 * with the ranges moved to the excerpt's offsets.
 */
export function excerptAround(text: string, ranges: readonly MatchRange[], length = 120): Excerpt {
  if (text.length <= length) return { text, ranges: [...ranges] };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  start = Math.max(0, end - length);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && space > (ranges[0]?.[1] ?? 0)) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = start - prefix.length;
  const moved = ranges
    .filter(([from, to]) => to >= start && from < end)
    .map(([from, to]): MatchRange => [Math.max(from, start) - shift, Math.min(to, end - 1) - shift]);
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, ranges: moved };
}
