/** The card's footer: "Why is this marked?", a notice when an action failed, and the actions. */
import { useState } from 'preact/hooks';
import type { CardRecord } from '../../data/compiled-types';

export interface CardActionsProps {
  records: readonly CardRecord[];
  matchedText: string;
  termKey: string;
  titleId: string;
  notice?: string | null;
  /** The record "Open notes" opens ('' when none is chosen). */
  currentId: string;
  onOpenNotes(recordId: string): void;
  onDisableSite(): void;
}

export function CardActions(props: CardActionsProps) {
  const { records, matchedText, termKey, titleId, notice, currentId, onOpenNotes, onDisableSite } = props;
  const [whyOpen, setWhyOpen] = useState(false);
  return (
    <div class="crl-card-actions">
      {whyOpen && (
        <p class="crl-why" id={`${titleId}-why`}>
          Marked because the page says “{matchedText}”, which matches the term “{termKey}” in the dataset of the 2022
          children’s social care review.
          {records.length > 1 && ` That term belongs to ${records.length} proposals.`}
        </p>
      )}
      <p class="crl-notice" role="status">
        {notice}
      </p>
      <div class="crl-card-buttons">
        {currentId && (
          <button type="button" class="crl-action" onClick={() => onOpenNotes(currentId)}>
            Open notes
          </button>
        )}
        <button type="button" class="crl-action" aria-expanded={whyOpen} onClick={() => setWhyOpen(!whyOpen)}>
          Why is this marked?
        </button>
        <button type="button" class="crl-action" onClick={() => onDisableSite()}>
          Not on this site
        </button>
      </div>
    </div>
  );
}
