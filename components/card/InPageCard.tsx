/**
 * The card shown next to a marked phrase on a news page. One or several records (a shared phrase points at
 * several: they are listed and one is expanded), a "Why is this marked?" explanation and actions. It shows only
 * the public dataset: notes are opened in the extension's own page, never here.
 */
import { useState } from 'preact/hooks';
import type { CardRecord } from '../../data/compiled-types';
import { RecordDetails } from '../shared/RecordDetails';
import { StatusBadge } from '../shared/StatusBadge';

export interface InPageCardProps {
  records: readonly CardRecord[];
  /** The words on the page and the dataset term they matched. */
  matchedText: string;
  termKey: string;
  /** The page's publication date when known (ISO). */
  since: string | null;
  pinned: boolean;
  theme: 'light' | 'dark';
  titleId: string;
  /** A problem to tell the reader about, such as an action that failed. */
  notice?: string | null;
  resolveRecord: (id: string) => CardRecord | undefined;
  onOpenNotes: (recordId: string) => void;
  onDisableSite: () => void;
  onClose: () => void;
}

export function InPageCard(props: InPageCardProps) {
  const { records, pinned, theme, titleId } = props;
  const [expandedId, setExpandedId] = useState(records[0]?.id ?? '');
  const [trail, setTrail] = useState<CardRecord[]>([]);
  const [whyOpen, setWhyOpen] = useState(false);
  const relatedShown = trail[trail.length - 1];
  const currentId = relatedShown?.id ?? expandedId;
  const showRelated = (id: string) => {
    const record = props.resolveRecord(id);
    if (record) setTrail([...trail, record]);
  };
  const resolveRelated = (id: string) => props.resolveRecord(id);

  return (
    <div
      class="crl-card"
      role="dialog"
      lang="en-GB"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-crl-theme={theme}
      data-pinned={pinned ? 'true' : 'false'}
    >
      <div class="crl-card-bar">
        <span class="crl-card-brand">Care Review Lens</span>
        <button type="button" class="crl-close" aria-label="Close card" onClick={props.onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>

      <div class="crl-card-body">
        {relatedShown ? (
          <>
            <button type="button" class="crl-link-button crl-back" onClick={() => setTrail(trail.slice(0, -1))}>
              ← Back
            </button>
            <RecordDetails
              record={relatedShown}
              since={props.since}
              titleId={titleId}
              resolveRelated={resolveRelated}
              onSelectRelated={showRelated}
            />
          </>
        ) : records.length === 1 ? (
          <RecordDetails
            record={records[0]!}
            since={props.since}
            titleId={titleId}
            resolveRelated={resolveRelated}
            onSelectRelated={showRelated}
          />
        ) : (
          <>
            <h2 class="crl-record-title" id={titleId}>
              {records.length} proposals match “{props.matchedText}”
            </h2>
            <ul class="crl-choices">
              {records.map((record) => {
                const expanded = record.id === expandedId;
                const panelId = `${titleId}-${record.id}`;
                return (
                  <li key={record.id} class="crl-choice">
                    <h3 class="crl-choice-heading">
                      <button
                        type="button"
                        class="crl-choice-button"
                        aria-expanded={expanded}
                        aria-controls={panelId}
                        onClick={() => setExpandedId(expanded ? '' : record.id)}
                      >
                        <span class="crl-choice-title">{record.title}</span>
                        <StatusBadge status={record.status} />
                      </button>
                    </h3>
                    {expanded && (
                      <div id={panelId}>
                        <RecordDetails
                          record={record}
                          since={props.since}
                          headingLevel={3}
                          hideTitle
                          resolveRelated={resolveRelated}
                          onSelectRelated={showRelated}
                        />
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>

      <div class="crl-card-actions">
        {whyOpen && (
          <p class="crl-why" id={`${titleId}-why`}>
            Marked because the page says “{props.matchedText}”, which matches the term “{props.termKey}” in the dataset
            of the 2022 children’s social care review.
            {records.length > 1 && ` That term belongs to ${records.length} proposals.`}
          </p>
        )}
        <p class="crl-notice" role="status">
          {props.notice}
        </p>
        <div class="crl-card-buttons">
          {currentId && (
            <button type="button" class="crl-action" onClick={() => props.onOpenNotes(currentId)}>
              Open notes
            </button>
          )}
          <button type="button" class="crl-action" aria-expanded={whyOpen} onClick={() => setWhyOpen(!whyOpen)}>
            Why is this marked?
          </button>
          <button type="button" class="crl-action" onClick={() => props.onDisableSite()}>
            Not on this site
          </button>
        </div>
      </div>
    </div>
  );
}
