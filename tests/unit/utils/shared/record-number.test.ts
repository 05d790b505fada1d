import { describe, expect, it } from 'vitest';
import { recordNumber } from '../../../../utils/shared/record-number';

describe('a recommendation’s number in the review', () => {
  it('reads "Ch 2 · 1", and "Chapter 2, recommendation 1" in full', () => {
    expect(recordNumber({ kind: 'recommendation', chapter: 2, order: 1 })).toEqual({
      short: 'Ch 2 · 1',
      long: 'Chapter 2, recommendation 1',
    });
  });

  it('names only the chapter when the place in it is not known (card text carries no order)', () => {
    expect(recordNumber({ kind: 'recommendation', chapter: 5 })).toEqual({ short: 'Ch 5', long: 'Chapter 5' });
  });

  it('gives background records no number', () => {
    expect(recordNumber({ kind: 'context' })).toBeNull();
  });
});
