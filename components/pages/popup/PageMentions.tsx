/**
 * "On this page": the review's proposals the current tab mentions, then the background it names (the review, the
 * strategy, the Act, people, funding totals), each in order of first mention and with how often. Choosing one
 * scrolls the page to its first mention and opens its card; "Details" opens it here in the popup. The arrow keys
 * walk both groups as one list; the background group opens with a button.
 */
import { useRef, useState } from 'preact/hooks';
import type { PageMentionEntry, PageMentionGroups } from '../../../utils/extension/popup/page-mention-groups';
import { listKeyDown } from './KeyboardList';
import { StatusBadge } from '../../shared/StatusBadge';

export interface PageMentionsProps {
  groups: PageMentionGroups;
  /** How many notes the reader has on each record: a record with notes shows a small marker. */
  noteCounts?: Readonly<Record<string, number>>;
  onReveal(recordId: string): void;
  onOpen(recordId: string): void;
  onLeave(): void;
}

const PROPOSALS_HEADING = 'popup-proposals-heading';
const BACKGROUND_LIST = 'popup-background-list';

export function PageMentions({ groups, noteCounts = {}, onReveal, onOpen, onLeave }: PageMentionsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { proposals, background } = groups;
  // With no proposal on the page, the background is all there is to show.
  const [backgroundOpen, setBackgroundOpen] = useState(proposals.length === 0);
  const showBackground = backgroundOpen || proposals.length === 0;
  const rowProps = { noteCounts, onReveal, onOpen };
  return (
    <div ref={ref} class="lens-mention-groups" onKeyDown={(event) => listKeyDown(ref.current, event, onLeave)}>
      {proposals.length > 0 && (
        <>
          <h2 id={PROPOSALS_HEADING} class="lens-group-heading">
            Proposals on this page <span class="lens-group-count">({proposals.length})</span>
          </h2>
          <ul class="lens-mentions" aria-labelledby={PROPOSALS_HEADING}>
            {proposals.map((entry) => (
              <MentionRow key={entry.recordId} entry={entry} {...rowProps} />
            ))}
          </ul>
        </>
      )}
      {background.length > 0 && (
        <>
          <h2 class="lens-group-heading">
            {proposals.length === 0 ? (
              <>
                Background on this page <span class="lens-group-count">({background.length})</span>
              </>
            ) : (
              <button
                type="button"
                class="lens-group-toggle"
                data-list-item
                aria-expanded={showBackground}
                aria-controls={BACKGROUND_LIST}
                onClick={() => setBackgroundOpen(!backgroundOpen)}
              >
                <span class="lens-group-toggle-arrow" aria-hidden="true">
                  {showBackground ? '▾' : '▸'}
                </span>
                Background on this page <span class="lens-group-count">({background.length})</span>
              </button>
            )}
          </h2>
          <ul
            id={BACKGROUND_LIST}
            class="lens-mentions lens-mentions--background"
            aria-label="Background on this page"
            hidden={!showBackground}
          >
            {showBackground &&
              background.map((entry) => <MentionRow key={entry.recordId} entry={entry} {...rowProps} />)}
          </ul>
        </>
      )}
    </div>
  );
}

function MentionRow({
  entry,
  noteCounts,
  onReveal,
  onOpen,
}: {
  entry: PageMentionEntry;
  noteCounts: Readonly<Record<string, number>>;
  onReveal(recordId: string): void;
  onOpen(recordId: string): void;
}) {
  const { recordId, count, record } = entry;
  const title = record?.title ?? recordId;
  const times = count === 1 ? '1 mention' : `${count} mentions`;
  const notes = noteCounts[recordId] ?? 0;
  return (
    <li class="lens-mention" data-record-id={recordId}>
      <button type="button" class="lens-mention-reveal" data-list-item onClick={() => onReveal(recordId)}>
        <span class="lens-result-title">{title}</span>
        <span class="lens-result-meta">
          {record?.kind === 'recommendation' && <StatusBadge status={record.status} inForce={record.inForce} />}
          <span class="lens-mention-count">{times}</span>
          {notes > 0 && (
            <span class="lens-note-marker" title="You have notes on this">
              <span aria-hidden="true">✎ </span>
              {notes === 1 ? '1 note' : `${notes} notes`}
            </span>
          )}
          <span class="crl-visually-hidden">: show on the page</span>
        </span>
      </button>
      {record && (
        <button type="button" class="lens-secondary-button lens-details-button" onClick={() => onOpen(recordId)}>
          Details<span class="crl-visually-hidden"> of {title}</span>
        </button>
      )}
    </li>
  );
}
