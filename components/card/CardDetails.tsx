/**
 * The card's details, one click or key from the summary: what the review asked, the February 2023 response, the
 * whole timeline (one "Article published" divider), caveats, sources, related records and why the phrase is marked.
 */
import type { Ref } from 'preact';
import type { CardRecord } from '../../data/compiled-types';
import { AskSection, CaveatsSection, RelatedSection, SourcesSection, StatusNotes } from '../shared/RecordSections';
import { Timeline } from '../shared/Timeline';

export interface CardDetailsProps {
  record: CardRecord;
  since: string | null;
  id: string;
  termKey: string;
  /** Titles of related records the card can show. */
  resolveRelated(id: string): CardRecord | undefined;
  onSelectRelated(id: string): void;
  timelineRef?: Ref<HTMLHeadingElement>;
}

export function CardDetails({
  record,
  since,
  id,
  termKey,
  resolveRelated,
  onSelectRelated,
  timelineRef,
}: CardDetailsProps) {
  const related = record.related.map(resolveRelated).filter((found): found is CardRecord => Boolean(found));
  return (
    <div class="crl-details crl-record" id={id}>
      <StatusNotes record={record} />
      <AskSection record={record} heading="h3" />
      <h3 class="crl-section-title" id={`${id}-timeline`} tabIndex={-1} ref={timelineRef}>
        What happened since
      </h3>
      <Timeline events={record.timeline} since={since} initialCount={Number.POSITIVE_INFINITY} />
      <CaveatsSection caveats={record.caveats} heading="h3" />
      <SourcesSection sources={record.sources} heading="h3" />
      <RelatedSection related={related} heading="h3" onSelectRelated={onSelectRelated} />
      <h3 class="crl-section-title">Why is this marked?</h3>
      <p class="crl-why">
        The page uses the words “{termKey}”, a term the dataset of the 2022 children’s social care review gives for this
        proposal.
      </p>
    </div>
  );
}
