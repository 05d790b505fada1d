import { describe, expect, it } from 'vitest';
import { countTicks, dayNumber, linearScale, yearStarts } from '../../../../../utils/extension/library/chart-scale';

describe('chart scales', () => {
  it('counts calendar days', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2023-02-02') - dayNumber('2022-05-23')).toBe(255);
  });

  it('maps a domain onto a range, including reversed ranges for y axes', () => {
    const x = linearScale([0, 10], [100, 200]);
    expect(x(5)).toBe(150);
    const y = linearScale([0, 60], [240, 0]);
    expect(y(0)).toBe(240);
    expect(y(60)).toBe(0);
    expect(linearScale([3, 3], [0, 10])(3)).toBe(0);
  });

  it('ticks each new year inside the window', () => {
    expect(yearStarts('2022-05-23', '2026-06-29')).toEqual(['2023-01-01', '2024-01-01', '2025-01-01', '2026-01-01']);
    expect(yearStarts('2023-01-01', '2023-12-31')).toEqual([]);
  });

  it('picks round count ticks that reach the maximum', () => {
    expect(countTicks(60)).toEqual([0, 20, 40, 60]);
    expect(countTicks(63)).toEqual([0, 20, 40, 60, 80]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(0)).toEqual([0]);
  });
});
