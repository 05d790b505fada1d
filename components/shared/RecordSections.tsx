/**
 * The sections of a record's details that read the same wherever they are shown: the card (components/card/
 * CardDetails.tsx) and the popup and library (RecordDetails.tsx). Each takes its heading element, because the card's
 * sections are h3 while the pages' sit one level under their title.
 */
import type { CardRecord } from '../../data/compiled-types';
import type { ActReference, Source } from '../../data/schema';
import { SourceList } from './SourceList';

export type SectionHeading = 'h3' | 'h4';

export interface RelatedRecordSummary {
  id: string;
  title: string;
}

/** How a related record opens: a link (library page), else a button (card, popup), else its title alone. */
export interface RelatedTarget {
  /** Link target for a related record (library page). */
  relatedHref?: (id: string) => string;
  /** Called when a related record is chosen (card, popup); used when `relatedHref` is not given. */
  onSelectRelated?: (id: string) => void;
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

/** Why the record has its status, and the Act that carries it, when the data says. */
export function StatusNotes({ record }: { record: CardRecord }) {
  return (
    <>
      {record.statusReason && <p class="crl-status-reason">{record.statusReason}</p>}
      {record.act && <p class="crl-act">{actSummary(record.act)}</p>}
    </>
  );
}

/** What the review asked (or what a background item is), its figures, and the February 2023 response. */
export function AskSection({ record, heading: Heading }: { record: CardRecord; heading: SectionHeading }) {
  return (
    <>
      <Heading class="crl-section-title">{record.kind === 'context' ? 'What it is' : 'What the review asked'}</Heading>
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
          <Heading class="crl-section-title">The February 2023 response</Heading>
          <p>{record.response}</p>
        </>
      )}
    </>
  );
}

export function CaveatsSection({ caveats, heading: Heading }: { caveats: readonly string[]; heading: SectionHeading }) {
  if (caveats.length === 0) return null;
  return (
    <>
      <Heading class="crl-section-title">Caveats</Heading>
      <ul class="crl-caveats">
        {caveats.map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
    </>
  );
}

export function SourcesSection({ sources, heading: Heading }: { sources: readonly Source[]; heading: SectionHeading }) {
  return (
    <>
      <Heading class="crl-section-title">Sources</Heading>
      <SourceList sources={sources} />
    </>
  );
}

export interface RelatedSectionProps extends RelatedTarget {
  related: readonly RelatedRecordSummary[];
  heading: SectionHeading;
}

export function RelatedSection({ related, heading: Heading, ...target }: RelatedSectionProps) {
  if (related.length === 0) return null;
  return (
    <>
      <Heading class="crl-section-title">Related</Heading>
      <ul class="crl-related">
        {related.map((item) => (
          <li key={item.id}>
            <RelatedLink item={item} {...target} />
          </li>
        ))}
      </ul>
    </>
  );
}

function RelatedLink({ item, relatedHref, onSelectRelated }: { item: RelatedRecordSummary } & RelatedTarget) {
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
