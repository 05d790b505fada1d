import { describe, expect, it } from 'vitest';
import { formatDate, isAfter } from '../../../../utils/shared/format-date';

describe('formatDate', () => {
  it('writes dates the British way', () => {
    expect(formatDate('2026-04-29')).toBe('29 April 2026');
    expect(formatDate('2023-02-02')).toBe('2 February 2023');
    expect(formatDate('2024-12')).toBe('December 2024');
  });
  it('leaves anything else as it is', () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatDate('2024-13-01')).toBe('2024-13-01');
  });
  it('compares ISO dates by day', () => {
    expect(isAfter('2024-01-02', '2024-01-01')).toBe(true);
    expect(isAfter('2024-01-01', '2024-01-01')).toBe(false);
    expect(isAfter('2024-01-01T23:00:00Z', '2024-01-01')).toBe(false);
  });
});
