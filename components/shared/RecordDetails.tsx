/**
 * Everything the dataset says about one recommendation (or background record), shared by the in-page card, the popup and the
 * library page. Public dataset text only: notes are never rendered here.
 */
import type { CardRecord } from '../../data/compiled-types';
import type { ActReference } from '../../data/schema';
import { formatDate } from '../../utils/shared/format-date';
import { themeLabel } from '../../utils/shared/theme-labels';
import { SourceList } from './SourceList';
import { StatusBadge } from './StatusBadge';
import { Timeline, countEventsSince } from './Timeline';

export interface RelatedRecordSummary {
  id: string;
  title: string;
}

export interface RecordDetailsProps {
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
  /** Link target for a related record (library page). */
  relatedHref?: (id: string) => string;
  /** Called when a related record is chosen (card, popup); used when `relatedHref` is not given. */
  onSelectRelated?: (id: string) => void;
}

export function sinceSummary(count: number, since: string): string {
  const changes = count === 1 ? '1 change' : `${count} changes`;
  return `${changes} since this article was published (${formatDate(since)})`;
}

/** "Children's Wellbeing and Schools Act 2026, sections 8 and 9. Not in force yet: …" */
export function actSummary(act: ActReference): string {
  const { sections } = act;
  const named =
    sections.length === 0
      ? ''
      : sections.length === 1
        ? `, section ${sections[0]}`
        : `, sections ${sections.slice(0, -1).join(', ')} and ${sections.at(-1)}`;
  return `Children’s Wellbeing and Schools Act 2026${named}. ${act.commencement}`;
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
      {record.statusReason && <p class="crl-status-reason">{record.statusReason}</p>}
      {record.act && <p class="crl-act">{actSummary(record.act)}</p>}
      {since && sinceCount > 0 && <p class="crl-since-summary">{sinceSummary(sinceCount, since)}</p>}

      <Section class="crl-section-title">{record.kind === 'context' ? 'What it is' : 'What the review asked'}</Section>
      <p>{record.ask}</p>
      {record.figures.length > 0 && (
        <ul class="crl-figures">
          {record.figures.map((figure) => (
            <li key={figure}>{figure}</li>
          ))}
        </ul>
      )}

      {record.response !== undefined && (
        <>
          <Section class="crl-section-title">The February 2023 response</Section>
          <p>{record.response}</p>
        </>
      )}

      <Section class="crl-section-title">What happened since</Section>
      <Timeline key={record.id} events={record.timeline} since={since} initialCount={props.timelineInitialCount} />

      {record.caveats.length > 0 && (
        <>
          <Section class="crl-section-title">Caveats</Section>
          <ul class="crl-caveats">
            {record.caveats.map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
          </ul>
        </>
      )}

      <Section class="crl-section-title">Sources</Section>
      <SourceList sources={record.sources} />

      {related.length > 0 && (
        <>
          <Section class="crl-section-title">Related</Section>
          <ul class="crl-related">
            {related.map((item) => (
              <li key={item.id}>
                <RelatedLink item={item} {...props} />
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

function RelatedLink({ item, relatedHref, onSelectRelated }: { item: RelatedRecordSummary } & RecordDetailsProps) {
  if (relatedHref) return <a href={relatedHref(item.id)}>{item.title}</a>;
  if (onSelectRelated) {
    return (
      <button type="button" class="crl-link-button" onClick={() => onSelectRelated(item.id)}>
        {item.title}
      </button>
    );
  }
  return <span>{item.title}</span>;
}
