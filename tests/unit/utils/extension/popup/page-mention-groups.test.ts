// @vitest-environment node
import { describe, expect, it } from 'vitest';
import dataset from '../../../../../data/generated/dataset.json';
import type { DatasetRecord } from '../../../../../data/schema';
import {
  groupPageMentions,
  pageSummaryText,
  STATUS_AFTER_COUNT,
  statusBreakdown,
} from '../../../../../utils/extension/popup/page-mention-groups';
import { STATUSES } from '../../../../../utils/shared/vocabulary';

const records = dataset.records as DatasetRecord[];
const recordsById = new Map(records.map((record) => [record.id, record]));
const statusOf = (id: string) => {
  const record = recordsById.get(id);
  return record?.kind === 'recommendation' ? record.status : undefined;
};

describe('the popup’s account of a page', () => {
  it('splits proposals from background, each in order of first mention', () => {
    const groups = groupPageMentions(
      [
        { recordId: 'independent-review', count: 6 },
        { recordId: 'impl-1', count: 2, background: true },
        { recordId: 'fn-3', count: 2 },
        { recordId: 'josh-macalister', count: 1 },
        { recordId: 'care-1', count: 1 },
        { recordId: 'no-such-record', count: 1 },
      ],
      recordsById,
    );
    expect(groups.proposals.map((entry) => [entry.recordId, entry.count])).toEqual([
      ['fn-3', 2],
      ['care-1', 1],
    ]);
    expect(groups.background.map((entry) => entry.recordId)).toEqual([
      'independent-review',
      'impl-1',
      'josh-macalister',
      'no-such-record',
    ]);
  });

  it('sums up the proposals by status in the vocabulary’s order, then the background', () => {
    expect(statusOf('fn-3')).toBe('piloting');
    expect(statusOf('ce-5')).toBe('legislated');
    expect(statusOf('care-7a')).toBe('rejected');
    const groups = groupPageMentions(
      [
        { recordId: 'care-7a', count: 1 },
        { recordId: 'fn-3', count: 3 },
        { recordId: 'ce-5', count: 1 },
        { recordId: 'ce-4', count: 1 },
        { recordId: 'stable-homes-built-on-love', count: 2 },
      ],
      recordsById,
    );
    expect(statusBreakdown(groups.proposals)).toBe('2 in law, 1 being piloted, 1 rejected');
    expect(pageSummaryText(groups)).toBe(
      'This article mentions 4 of the review’s proposals (2 in law, 1 being piloted, 1 rejected) and 1 background item.',
    );
  });

  it('reads well with one proposal, with background only, and says nothing for an empty page', () => {
    const one = groupPageMentions([{ recordId: 'fn-3', count: 1 }], recordsById);
    expect(pageSummaryText(one)).toBe('This article mentions 1 of the review’s proposals (1 being piloted).');
    const backgroundOnly = groupPageMentions(
      [
        { recordId: 'independent-review', count: 1 },
        { recordId: 'impl-1', count: 1, background: true },
      ],
      recordsById,
    );
    expect(pageSummaryText(backgroundOnly)).toBe(
      'This article mentions none of the review’s proposals, only 2 background items.',
    );
    expect(pageSummaryText(groupPageMentions([], recordsById))).toBeNull();
  });

  it('has words for every status', () => {
    expect(Object.keys(STATUS_AFTER_COUNT).sort()).toEqual([...STATUSES].sort());
  });
});
