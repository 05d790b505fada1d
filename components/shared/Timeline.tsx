/**
 * What happened after the review, newest first: the latest few events, with the earlier ones one click away.
 * Given a `since` date (an article's publication date), one divider shows where the article falls, so a reader of an
 * older article sees what changed after it.
 */
import { useState } from 'preact/hooks';
import type { TimelineEvent } from '../../data/schema';
import { formatDate, isAfter } from '../../utils/shared/format-date';
import { SourceList } from './SourceList';

export interface TimelineProps {
  events: readonly TimelineEvent[];
  /** The article's publication date: one "Article published" divider goes where it falls. */
  since?: string | null;
  /** How many of the latest events show before "Show earlier events" (events after `since` always show). */
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
  // Every event after the article is always shown, so the count the card gives matches the list.
  const newCount = countEventsSince(events, since);
  const shownCount = showAll ? newestFirst.length : Math.max(initialCount, newCount);
  const shown = newestFirst.slice(0, shownCount);
  const hiddenCount = newestFirst.length - shown.length;
  // One divider where the article's date falls (after the newer events), instead of a tag on each of them.
  const dividerAt = since ? newestFirst.findIndex((event) => !isEventAfter(event, since)) : -1;
  const divider = since ? (
    <li key="published" class="crl-timeline-divider">
      Article published <time dateTime={since}>{formatDate(since)}</time>
    </li>
  ) : null;
  return (
    <div class="crl-timeline">
      <ol class="crl-timeline-list">
        {shown.map((event, index) => {
          const isNew = isEventAfter(event, since);
          return [
            index === dividerAt ? divider : null,
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
              <span class="crl-timeline-text">{event.text}</span>
              <SourceList sources={event.sources} variant="inline" />
            </li>,
          ];
        })}
        {(dividerAt === shown.length || (dividerAt === -1 && hiddenCount === 0)) && divider}
      </ol>
      {newestFirst.length > Math.max(initialCount, newCount) && (
        // One button that stays in place, so keyboard focus is not lost when the list grows or shrinks.
        <button type="button" class="crl-link-button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer events' : `Show ${hiddenCount} earlier ${hiddenCount === 1 ? 'event' : 'events'}`}
        </button>
      )}
    </div>
  );
}
