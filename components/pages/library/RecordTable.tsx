/**
 * Every record in a sortable, filterable table: words (typo-tolerant, notes included), status, theme and kind.
 * It opens in the review's own order, each row numbered as the review numbers it ("Ch 2 · 1"), background records
 * after the recommendations. Column headers are buttons; `aria-sort` tells assistive technology the current order.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { DatasetRecord, Theme } from '../../../data/schema';
import { formatDate } from '../../../utils/shared/format-date';
import { recordNumber } from '../../../utils/shared/record-number';
import { libraryHash } from '../../../utils/extension/library/library-route';
import {
  DEFAULT_SORT,
  nextSort,
  sortRows,
  toRecordRow,
  type RecordRow,
  type SortKey,
  type SortState,
} from '../../../utils/extension/library/record-table';
import type { MatchRange, SearchIndex } from '../../../utils/extension/search/search-index';
import { themeLabel } from '../../../utils/shared/theme-labels';
import { HighlightedText } from '../HighlightedText';
import { RecordFilters, type RecordFilterValues } from '../RecordFilters';
import { StatusBadge } from '../../shared/StatusBadge';
import { SearchField } from '../SearchField';

type KindFilter = 'recommendation' | 'context' | 'all';

export interface RecordTableProps {
  records: readonly DatasetRecord[];
  index: SearchIndex;
  noteCounts: Readonly<Record<string, number>>;
  /** Next to the table's heading (the library puts its charts toggle there). */
  headingAction?: ComponentChildren;
  /** Between the heading and the table's controls (the charts, when shown). */
  beforeControls?: ComponentChildren;
}

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'chapter', label: 'Chapter' },
  { key: 'title', label: 'Recommendation' },
  { key: 'theme', label: 'Theme' },
  { key: 'status', label: 'Status' },
  { key: 'statusAsOf', label: 'Status as of' },
  { key: 'latestEvent', label: 'Latest event' },
  { key: 'notes', label: 'Your notes' },
];

export function RecordTable({ records, index, noteCounts, headingAction, beforeControls }: RecordTableProps) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<RecordFilterValues>({ status: null, theme: null });
  const [kind, setKind] = useState<KindFilter>('recommendation');
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const themes = useMemo(() => [...new Set(records.map((record) => record.theme))] as Theme[], [records]);

  const hits = useMemo(
    () => index.search(query, { ...filters, kind: kind === 'all' ? null : kind }),
    [index, query, filters, kind],
  );
  const titleRanges = new Map(
    hits.map((hit) => [hit.record.id, hit.matches.find((match) => match.field === 'title')?.ranges]),
  );
  const rows = sortRows(
    hits.map((hit) => toRecordRow(hit.record, noteCounts[hit.record.id] ?? 0)),
    sort,
  );
  const total = records.filter((record) => kind === 'all' || record.kind === kind).length;

  return (
    <section aria-labelledby="records-table-heading" class="lens-records">
      <div class="lens-heading-row">
        <h2 id="records-table-heading">All recommendations</h2>
        {headingAction}
      </div>
      {beforeControls}
      <div class="lens-table-controls">
        <SearchField
          id="records-search"
          label="Search titles, terms, text and your notes"
          value={query}
          onInput={setQuery}
        />
        <RecordFilters idPrefix="records-filter" value={filters} onChange={setFilters} themes={themes} />
        <div class="lens-field">
          <label for="records-kind">Show</label>
          <select id="records-kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as KindFilter)}>
            <option value="recommendation">Recommendations</option>
            <option value="context">Background (the review, strategies, the Act…)</option>
            <option value="all">Everything</option>
          </select>
        </div>
      </div>
      <p role="status" class="lens-muted" id="records-count">
        Showing {rows.length} of {total}
      </p>
      <div class="lens-table-wrap" role="region" aria-label="Table of recommendations" tabIndex={0}>
        <table class="lens-table" id="records-table">
          <caption class="crl-visually-hidden">
            Recommendations, sortable: choose a column heading to sort by it. At first in the review’s order.
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort.key === column.key ? sort.direction : undefined}
                  class={`lens-col-${column.key}`}
                >
                  <button type="button" class="lens-sort-button" onClick={() => setSort(nextSort(sort, column.key))}>
                    {column.label}
                    <span class="lens-sort-arrow" aria-hidden="true">
                      {sort.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <RecordTableRow key={row.record.id} row={row} titleRanges={titleRanges.get(row.record.id)} />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p class="lens-notice">Nothing matches. Try fewer words, or clear the filters.</p>}
    </section>
  );
}

function RecordTableRow({ row, titleRanges }: { row: RecordRow; titleRanges: readonly MatchRange[] | undefined }) {
  const { record, latestEvent, notes } = row;
  return (
    <tr data-record-id={record.id}>
      <td class="lens-col-chapter">
        <RecordNumberCell record={record} />
      </td>
      <th scope="row" class="lens-col-title">
        <a href={libraryHash({ view: 'record', recordId: record.id })}>
          <HighlightedText text={record.title} ranges={titleRanges} />
        </a>
      </th>
      <td>{themeLabel(record.theme)}</td>
      <StatusCells record={record} />
      <td>
        {latestEvent ? (
          <time dateTime={latestEvent}>{formatDate(latestEvent)}</time>
        ) : (
          <span class="lens-muted">none</span>
        )}
      </td>
      <td class="lens-col-notes">{notes}</td>
    </tr>
  );
}

/** "Ch 2 · 1", read out in full; background records are labelled as such. */
function RecordNumberCell({ record }: { record: DatasetRecord }) {
  const number = recordNumber(record);
  if (!number) return <span class="crl-background-label">Background</span>;
  return (
    <>
      <span aria-hidden="true">{number.short}</span>
      <span class="crl-visually-hidden">{number.long}</span>
    </>
  );
}

/** Status and as-of date; a background record has neither. */
function StatusCells({ record }: { record: DatasetRecord }) {
  if (record.kind !== 'recommendation') {
    return (
      <>
        <td>
          <span class="lens-muted">No status</span>
        </td>
        <td />
      </>
    );
  }
  return (
    <>
      <td>
        <StatusBadge status={record.status} inForce={record.inForce} />
      </td>
      <td>
        <time dateTime={record.statusAsOf}>{formatDate(record.statusAsOf)}</time>
      </td>
    </>
  );
}
