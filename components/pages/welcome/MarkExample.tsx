/**
 * The welcome page's live example: a sentence as it might appear in the news, with one phrase marked by the CSS
 * Custom Highlight API under the same names and styles as marks on news pages (utils/shared/marks), and the card
 * that phrase opens, drawn from the stored dataset with the record views the card itself uses.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { DatasetRecord } from '../../../data/schema';
import { toCardRecord } from '../../../utils/shared/card-record';
import { HIGHLIGHT_NAMES } from '../../../utils/shared/marks/highlight-names';
import type { HighlightStyle } from '../../../utils/shared/settings';
import { libraryPath } from '../../../utils/extension/library/library-route';
import { RecordDetails } from '../../shared/RecordDetails';

/** The phrase the example marks, and the record it names. */
export const EXAMPLE_PHRASE = 'kinship allowance';
export const EXAMPLE_RECORD_ID = 'fn-3';

export interface MarkExampleProps {
  /** Null while the dataset loads. */
  record: DatasetRecord | null;
  recordsById: ReadonlyMap<string, DatasetRecord>;
  style: HighlightStyle;
}

/** Registers a highlight over `element`'s text for as long as the component shows it. */
function useMark(element: { current: HTMLElement | null }, style: HighlightStyle): void {
  useEffect(() => {
    const target = element.current;
    if (!target || typeof Highlight === 'undefined' || !('highlights' in CSS)) return;
    const range = document.createRange();
    range.selectNodeContents(target);
    const name = HIGHLIGHT_NAMES[style];
    const highlight = new Highlight(range);
    CSS.highlights.set(name, highlight);
    return () => {
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    };
  }, [style]);
}

export function MarkExample({ record, recordsById, style }: MarkExampleProps) {
  const phraseRef = useRef<HTMLSpanElement>(null);
  useMark(phraseRef, style);
  return (
    <div class="lens-welcome-example">
      <figure class="lens-welcome-article">
        <blockquote>
          <p>
            Carers’ groups want to know when the <span ref={phraseRef}>{EXAMPLE_PHRASE}</span> will reach their area.
          </p>
        </blockquote>
        <figcaption>
          A sentence as it might appear in a news article. Care Review Lens has marked “{EXAMPLE_PHRASE}”
          {style === 'tint' ? ' with a soft background colour' : ' with a dotted underline'}, exactly as it marks news
          pages.
        </figcaption>
      </figure>
      <p class="lens-welcome-arrow">Hover over a mark, or step to it with the keyboard, and its card opens:</p>
      {record ? (
        <div
          class="lens-welcome-card"
          role="region"
          aria-label={`Example card: ${record.title}`}
          tabIndex={0}
          data-record-id={record.id}
        >
          <p class="lens-welcome-card-brand" aria-hidden="true">
            Care Review Lens
          </p>
          <RecordDetails
            record={toCardRecord(record)}
            headingLevel={3}
            titleId="welcome-example-title"
            timelineInitialCount={2}
            resolveRelated={(id) => {
              const related = recordsById.get(id);
              return related ? { id, title: related.title } : undefined;
            }}
            relatedHref={(id) => libraryPath({ view: 'record', recordId: id }).slice(1)}
          />
        </div>
      ) : (
        <p class="lens-muted">Loading the example card…</p>
      )}
    </div>
  );
}
