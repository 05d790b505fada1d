/**
 * The popup's first view under the summary and switches: the search box and filters, then either the search
 * results or what the current page mentions, grouped. Down arrow moves from the search box into the list; Enter
 * opens the first result.
 */
import type { RefObject } from 'preact';
import type { DatasetRecord } from '../../../data/schema';
import type { SearchHit } from '../../../utils/extension/search/search-index';
import type { PageMentionGroups } from '../../../utils/extension/popup/page-mention-groups';
import { RecordFilters, type RecordFilterValues } from '../RecordFilters';
import { focusFirstListItem } from './KeyboardList';
import { PageMentions } from './PageMentions';
import { SearchResults } from './SearchResults';

export interface PopupHomeProps {
  inputRef: RefObject<HTMLInputElement>;
  listAreaRef: RefObject<HTMLDivElement>;
  query: string;
  onQuery(query: string): void;
  filters: RecordFilterValues;
  onFilters(filters: RecordFilterValues): void;
  /** Null while the dataset loads. */
  recordsById: ReadonlyMap<string, DatasetRecord> | null;
  searching: boolean;
  hits: readonly SearchHit[];
  noteCounts: Readonly<Record<string, number>>;
  /** What the page mentions, grouped; null while the page or the dataset is still being read. */
  groups: PageMentionGroups | null;
  onOpen(recordId: string): void;
  onReveal(recordId: string): void;
}

export function PopupHome(props: PopupHomeProps) {
  const { inputRef, listAreaRef, searching, hits, groups } = props;
  const backToSearch = () => inputRef.current?.focus();
  const onSearchKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      if (focusFirstListItem(listAreaRef.current)) event.preventDefault();
    } else if (event.key === 'Enter') {
      const first = hits[0];
      if (searching && first) {
        event.preventDefault();
        props.onOpen(first.record.id);
      }
    }
  };

  return (
    <>
      <div role="search" class="lens-search">
        <label for="popup-search" class="crl-visually-hidden">
          Search the review’s recommendations
        </label>
        <input
          ref={inputRef}
          id="popup-search"
          class="lens-search-input"
          type="search"
          autocomplete="off"
          spellcheck={false}
          placeholder="Search, e.g. kinship allowance"
          aria-describedby="popup-search-hint"
          value={props.query}
          onInput={(event) => props.onQuery(event.currentTarget.value)}
          onKeyDown={onSearchKeyDown}
        />
        <p id="popup-search-hint" class="crl-visually-hidden">
          Down arrow moves to the list; Enter opens; Escape goes back.
        </p>
      </div>
      <RecordFilters idPrefix="popup-filter" value={props.filters} onChange={props.onFilters} compact />
      <div ref={listAreaRef}>
        {searching ? (
          <SearchSection {...props} onLeave={backToSearch} />
        ) : (
          groups &&
          groups.proposals.length + groups.background.length > 0 && (
            <section aria-label="On this page">
              <PageMentions
                groups={groups}
                noteCounts={props.noteCounts}
                onReveal={props.onReveal}
                onOpen={props.onOpen}
                onLeave={backToSearch}
              />
            </section>
          )
        )}
      </div>
    </>
  );
}

function SearchSection(props: PopupHomeProps & { onLeave(): void }) {
  const { recordsById, hits } = props;
  return (
    <section aria-labelledby="popup-results-heading">
      <h2 id="popup-results-heading" class="lens-list-heading">
        {!recordsById ? 'Loading…' : hits.length === 1 ? '1 result' : `${hits.length} results`}
      </h2>
      <p role="status" class="crl-visually-hidden">
        {recordsById ? `${hits.length} results` : ''}
      </p>
      {recordsById && hits.length === 0 && (
        <p class="lens-muted">Nothing matches. Try fewer words, or clear the filters.</p>
      )}
      <SearchResults
        hits={hits}
        noteCounts={props.noteCounts}
        labelledBy="popup-results-heading"
        onOpen={props.onOpen}
        onLeave={props.onLeave}
      />
    </section>
  );
}
