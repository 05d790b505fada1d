import { describe, expect, it } from 'vitest';
import { listMoveForKey, nextListIndex } from '../../../../../utils/extension/search/list-keyboard';

describe('list keyboard movement', () => {
  it('maps the arrow keys, Home and End, and nothing else', () => {
    expect(listMoveForKey('ArrowDown')).toBe('next');
    expect(listMoveForKey('ArrowUp')).toBe('previous');
    expect(listMoveForKey('Home')).toBe('first');
    expect(listMoveForKey('End')).toBe('last');
    expect(listMoveForKey('Enter')).toBeUndefined();
  });

  it('steps within the list, stops at the end, and leaves from the top', () => {
    expect(nextListIndex(-1, 3, 'next')).toBe(0);
    expect(nextListIndex(1, 3, 'next')).toBe(2);
    expect(nextListIndex(2, 3, 'next')).toBe(2);
    expect(nextListIndex(2, 3, 'previous')).toBe(1);
    expect(nextListIndex(0, 3, 'previous')).toBe(-1);
    expect(nextListIndex(1, 3, 'first')).toBe(0);
    expect(nextListIndex(0, 3, 'last')).toBe(2);
    expect(nextListIndex(-1, 0, 'next')).toBe(-1);
  });
});
