/**
 * "On this page": the recommendations the current tab mentions, with how often. Choosing one scrolls the page to
 * its first mention and opens its card; "Details" opens it here in the popup.
 */
import type { DatasetRecord } from '../../../data/schema';
import type { PageMentionsState } from '../../../utils/extension/sites/tab-messaging';
import { KeyboardList } from './KeyboardList';
import { StatusBadge } from '../../shared/StatusBadge';

export interface PageMentionsProps {
  state: PageMentionsState;
  recordsById: ReadonlyMap<string, DatasetRecord>;
  headingId: string;
  /** How many notes the reader has on each record: a record with notes shows a small marker. */
  noteCounts?: Readonly<Record<string, number>>;
  onReveal(recordId: string): void;
  onOpen(recordId: string): void;
  onLeave(): void;
}

function StateMessage({ state }: { state: PageMentionsState }) {
  switch (state.status) {
    case 'loading':
      return <p class="lens-muted">Looking at this page…</p>;
    case 'no-tab':
      return <p class="lens-muted">There is no open page to look at.</p>;
    case 'unsupported':
      return (
        <p class="lens-notice">
          Care Review Lens cannot read browser pages like this one. Open a news article to see what it mentions.
        </p>
      );
    case 'not-running':
      return state.url ? (
        <p class="lens-notice">
          Care Review Lens is not running on this page. Switch it on for this site below; if you just installed or
          updated the extension, reload the page.
        </p>
      ) : (
        <p class="lens-notice">Care Review Lens is not running on this page, or cannot read it.</p>
      );
    case 'ready':
      if (!state.marking) {
        return <p class="lens-notice">Marking is off for this page (paused, or switched off for this site).</p>;
      }
      return state.mentions.length === 0 ? (
        <p class="lens-muted">This page mentions none of the review’s recommendations.</p>
      ) : null;
  }
}

export function PageMentions(props: PageMentionsProps) {
  const { state, recordsById, headingId, noteCounts = {}, onReveal, onOpen, onLeave } = props;
  const mentions = state.status === 'ready' && state.marking ? state.mentions : [];
  return (
    <>
      <StateMessage state={state} />
      {mentions.length > 0 && (
        <KeyboardList class="lens-mentions" labelledBy={headingId} onLeave={onLeave}>
          {mentions.map((mention) => {
            const record = recordsById.get(mention.recordId);
            const title = record?.title ?? mention.recordId;
            const times = mention.count === 1 ? '1 mention' : `${mention.count} mentions`;
            const notes = noteCounts[mention.recordId] ?? 0;
            return (
              <li key={mention.recordId} class="lens-mention" data-record-id={mention.recordId}>
                <button
                  type="button"
                  class="lens-mention-reveal"
                  data-list-item
                  onClick={() => onReveal(mention.recordId)}
                >
                  <span class="lens-result-title">{title}</span>
                  <span class="lens-result-meta">
                    {record?.kind === 'recommendation' && (
                      <StatusBadge status={record.status} inForce={record.inForce} />
                    )}
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
                  <button type="button" class="lens-secondary-button" onClick={() => onOpen(mention.recordId)}>
                    Details<span class="crl-visually-hidden"> of {title}</span>
                  </button>
                )}
              </li>
            );
          })}
        </KeyboardList>
      )}
    </>
  );
}
