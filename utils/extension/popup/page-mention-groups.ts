/**
 * The popup's account of a page: what it mentions, split into the review's proposals and background (context
 * records, and records the page names only through a background term such as a funding total), each in order of
 * first mention; and the one-line summary above the list ("This article mentions 6 of the review’s proposals …").
 */
import type { DatasetRecord } from '../../../data/schema';
import type { PageMentionSummary } from '../../shared/messages/ui-to-content';
import { STATUSES, type Status } from '../../shared/vocabulary';

export interface PageMentionEntry {
  recordId: string;
  count: number;
  /** Undefined for an id the stored dataset does not know (a page read with a newer index). */
  record: DatasetRecord | undefined;
}

export interface PageMentionGroups {
  proposals: PageMentionEntry[];
  background: PageMentionEntry[];
}

export function groupPageMentions(
  mentions: readonly PageMentionSummary[],
  recordsById: ReadonlyMap<string, DatasetRecord>,
): PageMentionGroups {
  const groups: PageMentionGroups = { proposals: [], background: [] };
  for (const mention of mentions) {
    const record = recordsById.get(mention.recordId);
    const entry = { recordId: mention.recordId, count: mention.count, record };
    if (record?.kind === 'recommendation' && !mention.background) groups.proposals.push(entry);
    else groups.background.push(entry);
  }
  return groups;
}

/** Each status as it reads after a number: "2 in law", "1 being piloted". */
export const STATUS_AFTER_COUNT: Readonly<Record<Status, string>> = {
  legislated: 'in law',
  'in-legislation': 'in a bill',
  implementing: 'being implemented',
  piloting: 'being piloted',
  consulting: 'under consultation',
  committed: 'committed',
  partial: 'partly taken up',
  'not-mentioned': 'not taken up',
  rejected: 'rejected',
};

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** "2 in law, 3 being implemented, 1 rejected": the proposals' statuses, in the vocabulary's order. */
export function statusBreakdown(proposals: readonly PageMentionEntry[]): string {
  const counts = new Map<Status, number>();
  for (const { record } of proposals) {
    if (record?.kind === 'recommendation') counts.set(record.status, (counts.get(record.status) ?? 0) + 1);
  }
  return STATUSES.filter((status) => counts.has(status))
    .map((status) => `${counts.get(status)} ${STATUS_AFTER_COUNT[status]}`)
    .join(', ');
}

export interface PageSummaryParts {
  /** "This article mentions " */
  lead: string;
  /** "6 of the review’s proposals", "none of the review’s proposals" */
  proposals: string;
  /** " (2 in law, 1 rejected)", or empty */
  breakdown: string;
  /** " and ", ", only " or empty */
  joiner: string;
  /** "4 background items", or empty */
  background: string;
}

/** The summary line in parts (the popup sets the counts in bold); null when the page mentions nothing. */
export function pageSummaryParts({ proposals, background }: PageMentionGroups): PageSummaryParts | null {
  const items = background.length > 0 ? plural(background.length, 'background item', 'background items') : '';
  const lead = 'This article mentions ';
  if (proposals.length === 0) {
    if (!items) return null;
    return { lead, proposals: 'none of the review’s proposals', breakdown: '', joiner: ', only ', background: items };
  }
  const breakdown = statusBreakdown(proposals);
  return {
    lead,
    proposals: `${proposals.length} of the review’s proposals`,
    breakdown: breakdown ? ` (${breakdown})` : '',
    joiner: items ? ' and ' : '',
    background: items,
  };
}

/** The summary line as one sentence; null when the page mentions nothing (the popup then says why). */
export function pageSummaryText(groups: PageMentionGroups): string | null {
  const parts = pageSummaryParts(groups);
  if (!parts) return null;
  return `${parts.lead}${parts.proposals}${parts.breakdown}${parts.joiner}${parts.background}.`;
}
