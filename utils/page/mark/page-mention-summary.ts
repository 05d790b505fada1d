/**
 * What the popup's "On this page" list shows: each record mentioned, how often, in order of first mention, and
 * whether the page names it only as background (through a term such as a funding total).
 */
import type { Mention } from './mention-types';
import type { PageMentionSummary } from '../../shared/messages/ui-to-content';

export function summariseMentions(
  mentionsInDocumentOrder: Iterable<Mention>,
  isBackgroundTerm: (mention: Mention) => boolean = () => false,
): PageMentionSummary[] {
  const counts = new Map<string, { count: number; proposal: boolean }>();
  for (const mention of mentionsInDocumentOrder) {
    const proposal = !isBackgroundTerm(mention);
    for (const recordId of new Set(mention.recordIds)) {
      const known = counts.get(recordId);
      if (known) {
        known.count += 1;
        known.proposal ||= proposal;
      } else counts.set(recordId, { count: 1, proposal });
    }
  }
  return [...counts].map(([recordId, { count, proposal }]) =>
    proposal ? { recordId, count } : { recordId, count, background: true },
  );
}
