/** Search hits as a keyboard-walkable list: title and matched words highlighted, status in words, why it matched. */
import { excerptAround } from '../../../utils/extension/search/highlight-segments';
import type { FieldMatch, SearchHit } from '../../../utils/extension/search/search-index';
import { themeLabel } from '../../../utils/shared/theme-labels';
import { HighlightedText } from '../HighlightedText';
import { KeyboardList } from './KeyboardList';
import { StatusBadge } from '../../shared/StatusBadge';

const FIELD_INTRO: Record<FieldMatch['field'], string> = {
  title: '',
  terms: 'Also called',
  ask: 'The review asked',
  response: 'The response',
  notes: 'Your note',
};

export interface SearchResultsProps {
  hits: readonly SearchHit[];
  noteCounts?: Readonly<Record<string, number>>;
  labelledBy: string;
  onOpen(recordId: string): void;
  onLeave(): void;
}

/** The best match outside the title, shown as a short excerpt under the result. */
function WhyItMatched({ hit }: { hit: SearchHit }) {
  const match = hit.matches.find((candidate) => candidate.field !== 'title');
  if (!match) return null;
  const excerpt = excerptAround(match.text, match.ranges, 110);
  return (
    <span class="lens-result-why">
      <span class="lens-result-why-field">{FIELD_INTRO[match.field]}: </span>
      <HighlightedText text={excerpt.text} ranges={excerpt.ranges} />
    </span>
  );
}

export function SearchResults({ hits, noteCounts = {}, labelledBy, onOpen, onLeave }: SearchResultsProps) {
  return (
    <KeyboardList class="lens-results" labelledBy={labelledBy} onLeave={onLeave}>
      {hits.map((hit) => {
        const titleMatch = hit.matches.find((match) => match.field === 'title');
        const notes = noteCounts[hit.record.id] ?? 0;
        return (
          <li key={hit.record.id}>
            <button
              type="button"
              class="lens-result"
              data-list-item
              data-record-id={hit.record.id}
              onClick={() => onOpen(hit.record.id)}
            >
              <span class="lens-result-title">
                <HighlightedText text={hit.record.title} ranges={titleMatch?.ranges} />
              </span>
              <span class="lens-result-meta">
                {hit.record.kind === 'recommendation' ? (
                  <StatusBadge status={hit.record.status} inForce={hit.record.inForce} />
                ) : (
                  <span class="lens-muted">Background</span>
                )}
                <span class="lens-muted">{themeLabel(hit.record.theme)}</span>
                {notes > 0 && <span class="lens-muted">{notes === 1 ? '1 note' : `${notes} notes`}</span>}
              </span>
              <WhyItMatched hit={hit} />
            </button>
          </li>
        );
      })}
    </KeyboardList>
  );
}
