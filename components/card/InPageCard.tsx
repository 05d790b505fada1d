/**
 * The card shown next to a marked phrase on a news page. One or several records (a shared phrase points at
 * several: they are listed and one is expanded), a "Why is this marked?" explanation and actions. It shows only
 * the public dataset: notes are opened in the extension's own page, never here.
 */
import { useState } from 'preact/hooks';
import type { CardRecord } from '../../data/compiled-types';
import { RecordDetails } from '../shared/RecordDetails';
import { formatDate } from '../../utils/shared/format-date';
import { CardActions } from './CardActions';
import { RecordChoices } from './RecordChoices';

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
  /** The dataset's version and the date it was last checked, printed small under the card's text. */
  dataset?: { version: string; asOf: string } | null;
  onOpenNotes: (recordId: string) => void;
  onDisableSite: () => void;
  onClose: () => void;
}

export function InPageCard(props: InPageCardProps) {
  const { records, pinned, theme, titleId } = props;
  const [expandedId, setExpandedId] = useState(records[0]?.id ?? '');
  const [trail, setTrail] = useState<CardRecord[]>([]);
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
          <RecordChoices
            records={records}
            matchedText={props.matchedText}
            since={props.since}
            titleId={titleId}
            expandedId={expandedId}
            onExpand={setExpandedId}
            resolveRelated={resolveRelated}
            onSelectRelated={showRelated}
          />
        )}
        {props.dataset && <DatasetLine {...props.dataset} />}
      </div>

      <CardActions
        records={records}
        matchedText={props.matchedText}
        termKey={props.termKey}
        titleId={titleId}
        notice={props.notice}
        currentId={currentId}
        onOpenNotes={props.onOpenNotes}
        onDisableSite={props.onDisableSite}
      />
    </div>
  );
}

/** The dataset's version and the date it was last checked, in small print. */
function DatasetLine({ version, asOf }: { version: string; asOf: string }) {
  return (
    <p class="crl-dataset-line">
      Dataset {version}, checked <time dateTime={asOf}>{formatDate(asOf)}</time>
    </p>
  );
}
