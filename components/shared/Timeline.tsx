/**
 * What happened after the review, newest first: the latest few events, with the earlier ones one click away.
 * Given a `since` date (an article's publication date), events after it are marked so a reader of an older
 * article sees what changed.
 */
import { useState } from 'preact/hooks';
import type { TimelineEvent } from '../../data/schema';
import { formatDate, isAfter } from '../../utils/shared/format-date';
import { SourceList } from './SourceList';

export interface TimelineProps {
  events: readonly TimelineEvent[];
  since?: string | null;
  /** How many of the latest events show before "Show earlier events". */
  initialCount?: number;
}

/**
 * Whether an event certainly came after `since`. An event known only by its month counts when its month is later:
 * one in the article's own month may have come before it.
 */
export function isEventAfter(event: TimelineEvent, since: string | null | undefined): boolean {
  if (!since) return false;
  return event.datePrecision === 'month'
    ? isAfter(event.date.slice(0, 7), since.slice(0, 7))
    : isAfter(event.date, since);
}

/** How many events came after `since` (0 when no date is known). */
export function countEventsSince(events: readonly TimelineEvent[], since: string | null | undefined): number {
  return events.filter((event) => isEventAfter(event, since)).length;
}

function eventDateText(event: TimelineEvent): string {
  return formatDate(event.datePrecision === 'month' ? event.date.slice(0, 7) : event.date);
}

export function Timeline({ events, since, initialCount = 3 }: TimelineProps) {
  const [showAll, setShowAll] = useState(false);
  if (events.length === 0) return <p class="crl-muted">Nothing recorded since the response.</p>;
  const newestFirst = [...events].reverse();
  const shown = showAll ? newestFirst : newestFirst.slice(0, initialCount);
  const hiddenCount = newestFirst.length - shown.length;
  return (
    <div class="crl-timeline">
      <ol class="crl-timeline-list">
        {shown.map((event, index) => {
          const isNew = isEventAfter(event, since);
          return (
            <li
              key={`${event.date}-${index}`}
              class={isNew ? 'crl-timeline-event crl-timeline-event--new' : 'crl-timeline-event'}
            >
              <time
                class="crl-timeline-date"
                dateTime={event.datePrecision === 'month' ? event.date.slice(0, 7) : event.date}
              >
                {eventDateText(event)}
              </time>
              {isNew && <span class="crl-new-tag">New since this article</span>}
              <span class="crl-timeline-text">{event.text}</span>
              <SourceList sources={event.sources} variant="inline" />
            </li>
          );
        })}
      </ol>
      {newestFirst.length > initialCount && (
        // One button that stays in place, so keyboard focus is not lost when the list grows or shrinks.
        <button type="button" class="crl-link-button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer events' : `Show ${hiddenCount} earlier ${hiddenCount === 1 ? 'event' : 'events'}`}
        </button>
      )}
    </div>
  );
}
