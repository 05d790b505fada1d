/**
 * The card's details, one click or key from the summary: what the review asked, the February 2023 response, the
 * whole timeline (one "Article published" divider), caveats, sources, related records and why the phrase is marked.
 */
import type { Ref } from 'preact';
import type { CardRecord } from '../../data/compiled-types';
import { actSummary } from '../shared/RecordDetails';
import { SourceList } from '../shared/SourceList';
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
      {record.statusReason && <p class="crl-status-reason">{record.statusReason}</p>}
      {record.act && <p class="crl-act">{actSummary(record.act)}</p>}
      <h3 class="crl-section-title">{record.kind === 'context' ? 'What it is' : 'What the review asked'}</h3>
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
          <h3 class="crl-section-title">The February 2023 response</h3>
          <p>{record.response}</p>
        </>
      )}
      <h3 class="crl-section-title" id={`${id}-timeline`} tabIndex={-1} ref={timelineRef}>
        What happened since
      </h3>
      <Timeline events={record.timeline} since={since} initialCount={Number.POSITIVE_INFINITY} />
      {record.caveats.length > 0 && (
        <>
          <h3 class="crl-section-title">Caveats</h3>
          <ul class="crl-caveats">
            {record.caveats.map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
          </ul>
        </>
      )}
      <h3 class="crl-section-title">Sources</h3>
      <SourceList sources={record.sources} />
      {related.length > 0 && (
        <>
          <h3 class="crl-section-title">Related</h3>
          <ul class="crl-related">
            {related.map((item) => (
              <li key={item.id}>
                <button type="button" class="crl-link-button" onClick={() => onSelectRelated(item.id)}>
                  {item.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 class="crl-section-title">Why is this marked?</h3>
      <p class="crl-why">
        The page uses the words “{termKey}”, a term the dataset of the 2022 children’s social care review gives for this
        proposal.
      </p>
    </div>
  );
}
