/** What the popup's "On this page" list shows: each recommendation mentioned, how often, in order of first mention. */
import type { Mention } from './mention-types';
import type { PageMentionSummary } from '../../shared/messages/ui-to-content';

export function summariseMentions(mentionsInDocumentOrder: Iterable<Mention>): PageMentionSummary[] {
  const counts = new Map<string, number>();
  for (const mention of mentionsInDocumentOrder) {
    for (const recordId of new Set(mention.recordIds)) counts.set(recordId, (counts.get(recordId) ?? 0) + 1);
  }
  return [...counts].map(([recordId, count]) => ({ recordId, count }));
}
