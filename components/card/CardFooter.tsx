/**
 * The card's footer: "Copy with sources" (plain text, or Markdown), "Not on this site" with its undo in place, a
 * notice in words when something failed or worked, and the dataset's version and date on every card.
 */
import type { ComponentChildren } from 'preact';
import { formatDate } from '../../utils/shared/format-date';
import { isDatasetStale, staleDatasetText } from '../../utils/shared/dataset-age';

export interface CardFooterProps {
  /** Copying needs a record (not the chooser). */
  canCopy: boolean;
  notice: string | null;
  /** The site marking was switched off for, while the undo is offered. */
  siteOff: string | null;
  dataset: { version: string; asOf: string } | null;
  today: Date;
  onCopy(format: 'text' | 'markdown'): void;
  onSiteOff(): void;
  onUndoSiteOff(): void;
  children?: ComponentChildren;
}

export function CardFooter(props: CardFooterProps) {
  const { dataset, siteOff } = props;
  return (
    <div class="crl-card-actions">
      <p class="crl-notice" role="status">
        {props.notice}
      </p>
      {siteOff ? (
        <p class="crl-site-off">
          Care Review Lens is off on <strong>{siteOff}</strong>.{' '}
          <button type="button" class="crl-action" onClick={props.onUndoSiteOff}>
            Undo
          </button>
        </p>
      ) : (
        <div class="crl-card-buttons">
          {props.canCopy && (
            <>
              <button type="button" class="crl-action" onClick={() => props.onCopy('text')}>
                Copy with sources
              </button>
              <button
                type="button"
                class="crl-action"
                aria-label="Copy with sources, as Markdown"
                onClick={() => props.onCopy('markdown')}
              >
                Markdown
              </button>
            </>
          )}
          <button type="button" class="crl-action" onClick={props.onSiteOff}>
            Not on this site
          </button>
        </div>
      )}
      {dataset && (
        <p class="crl-dataset-line">
          Dataset {dataset.version}, checked <time dateTime={dataset.asOf}>{formatDate(dataset.asOf)}</time>
          {isDatasetStale(dataset.asOf, props.today) && (
            <span class="crl-stale" role="note">
              {' '}
              {staleDatasetText(formatDate(dataset.asOf))}
            </span>
          )}
        </p>
      )}
    </div>
  );
}
