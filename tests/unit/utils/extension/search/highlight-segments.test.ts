import { describe, expect, it } from 'vitest';
import { excerptAround, splitByRanges } from '../../../../../utils/extension/search/highlight-segments';

describe('splitByRanges', () => {
  it('cuts a text into plain and matched pieces', () => {
    expect(splitByRanges('A kinship allowance at fostering rates', [[2, 18]])).toEqual([
      { text: 'A ', matched: false },
      { text: 'kinship allowance', matched: true },
      { text: ' at fostering rates', matched: false },
    ]);
  });

  it('copes with unsorted, overlapping and out-of-range ranges', () => {
    expect(
      splitByRanges('abcdef', [
        [4, 9],
        [0, 1],
        [1, 2],
      ]),
    ).toEqual([
      { text: 'abc', matched: true },
      { text: 'd', matched: false },
      { text: 'ef', matched: true },
    ]);
  });

  it('returns the whole text when nothing matched', () => {
    expect(splitByRanges('plain', [])).toEqual([{ text: 'plain', matched: false }]);
  });
});

describe('excerptAround', () => {
  const long = `${'Earlier words come first here. '.repeat(6)}The kinship allowance pilot starts in eight areas.${' More words after it.'.repeat(6)}`;
  const start = long.indexOf('kinship');

  it('leaves short texts alone', () => {
    expect(excerptAround('short text', [[0, 4]], 120)).toEqual({ text: 'short text', ranges: [[0, 4]] });
  });

  it('cuts a long text around the first match, at word boundaries, and moves the ranges', () => {
    const excerpt = excerptAround(long, [[start, start + 16]], 80);
    expect(excerpt.text.startsWith('…')).toBe(true);
    expect(excerpt.text.endsWith('…')).toBe(true);
    expect(excerpt.text.length).toBeLessThanOrEqual(82);
    const [from, to] = excerpt.ranges[0]!;
    expect(excerpt.text.slice(from, to + 1)).toBe('kinship allowance');
    expect(excerpt.text.slice(1, 2)).not.toBe(' ');
  });
});
