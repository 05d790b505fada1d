/**
 * Everything the dataset says about one recommendation (or background record), shared by the in-page card, the popup and the
 * library page. Public dataset text only: notes are never rendered here.
 */
import type { CardRecord } from '../../data/compiled-types';
import { formatDate } from '../../utils/shared/format-date';
import { themeLabel } from '../../utils/shared/theme-labels';
import {
  AskSection,
  CaveatsSection,
  RelatedSection,
  SourcesSection,
  StatusNotes,
  type RelatedRecordSummary,
  type RelatedTarget,
} from './RecordSections';
import { StatusBadge } from './StatusBadge';
import { Timeline, countEventsSince } from './Timeline';

export interface RecordDetailsProps extends RelatedTarget {
  record: CardRecord;
  /** The page's publication date (ISO): timeline events after it are marked. */
  since?: string | null;
  /** Heading level of the title; sections use the next level. */
  headingLevel?: 2 | 3;
  /** id for the title element, so a dialog can point `aria-labelledby` at it. */
  titleId?: string;
  /** Hide the title when the surrounding UI already shows it. */
  hideTitle?: boolean;
  timelineInitialCount?: number;
  /** Finds a related record's title; unknown ids are left out. */
  resolveRelated?: (id: string) => RelatedRecordSummary | undefined;
}

export function sinceSummary(count: number, since: string): string {
  const changes = count === 1 ? '1 change' : `${count} changes`;
  return `${changes} since this article was published (${formatDate(since)})`;
}

export function RecordDetails(props: RecordDetailsProps) {
  const { record, since, headingLevel = 2, titleId, hideTitle = false } = props;
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  const Section = headingLevel === 2 ? 'h3' : 'h4';
  const sinceCount = countEventsSince(record.timeline, since);
  const related = record.related
    .map((id) => props.resolveRelated?.(id))
    .filter((summary): summary is RelatedRecordSummary => Boolean(summary));
  return (
    <article class="crl-record" data-record-id={record.id}>
      {!hideTitle && (
        <Title class="crl-record-title" id={titleId}>
          {record.title}
        </Title>
      )}
      <p class="crl-record-meta">
        <span class="crl-theme">{themeLabel(record.theme)}</span>
        {record.status ? (
          <StatusBadge status={record.status} inForce={record.inForce} asOf={record.statusAsOf} />
        ) : (
          <span class="crl-background-label">Background: not a recommendation with a status</span>
        )}
      </p>
      <StatusNotes record={record} />
      {since && sinceCount > 0 && <p class="crl-since-summary">{sinceSummary(sinceCount, since)}</p>}

      <AskSection record={record} heading={Section} />

      <Section class="crl-section-title">What happened since</Section>
      <Timeline key={record.id} events={record.timeline} since={since} initialCount={props.timelineInitialCount} />

      <CaveatsSection caveats={record.caveats} heading={Section} />
      <SourcesSection sources={record.sources} heading={Section} />
      <RelatedSection
        related={related}
        heading={Section}
        relatedHref={props.relatedHref}
        onSelectRelated={props.onSelectRelated}
      />
    </article>
  );
}
