import { describe, expect, it } from 'vitest';
import { checkedText, statusEventText } from '../../../../utils/shared/status-event';
import { isDatasetStale, staleDatasetText } from '../../../../utils/shared/dataset-age';

describe('status dates', () => {
  it('says when a status happened apart from when it was checked', () => {
    expect(statusEventText('legislated', '2026-04-29')).toBe('Royal Assent 29 Apr 2026');
    expect(statusEventText('rejected', '2023-02-02')).toBe('Since 2 Feb 2023');
    expect(statusEventText('piloting', undefined)).toBeNull();
    expect(checkedText('2026-12-06')).toBe('Checked 6 Dec 2026');
  });
});

describe('dataset age', () => {
  it('is stale only when the as-of date is more than three months back', () => {
    expect(isDatasetStale('2026-12-06', new Date('2027-03-06T12:00:00Z'))).toBe(false);
    expect(isDatasetStale('2026-12-06', new Date('2027-03-08T12:00:00Z'))).toBe(true);
    expect(isDatasetStale('2026-12-06', new Date('2026-12-07T00:00:00Z'))).toBe(false);
    expect(staleDatasetText('6 December 2026')).toMatch(/^These facts were last checked on 6 December 2026/);
  });
});
