import '../../../support/fake-browser';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FullDataset } from '../../../../../data/compiled-types';
import { STATUSES } from '../../../../../utils/shared/vocabulary';
import dataset from '../../../../../data/generated/dataset.json';
import { LibraryApp } from '../../../../../components/pages/library/LibraryApp';
import { addNote } from '../../../../../utils/extension/notes/notes-repository';
import { chartsShownItem } from '../../../../../utils/extension/library/library-preferences';
import { resetLibraryState } from '../../../support/library-support';

const full = dataset as FullDataset;
const recommendations = full.records.filter((record) => record.kind === 'recommendation');

async function renderTable() {
  render(<LibraryApp />);
  return screen.findByRole('table', { name: /Recommendations, sortable/ });
}

function rowIds(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.dataset.recordId ?? '');
}

describe('library: the recommendations table', () => {
  beforeEach(() => resetLibraryState('#/'));
  afterEach(cleanup);

  it('lists every recommendation in the review’s order, numbered as the review numbers it, with status in words', async () => {
    const table = await renderTable();
    const ids = rowIds(table);
    expect(ids).toHaveLength(recommendations.length);
    const inReviewOrder = [...recommendations].sort((a, b) => a.chapter - b.chapter || a.order - b.order);
    expect(ids).toEqual(inReviewOrder.map((record) => record.id));
    expect(ids[0]).toBe('fh-1');
    const chapterHeader = within(table).getByRole('columnheader', { name: /Chapter/ });
    expect(chapterHeader.getAttribute('aria-sort')).toBe('ascending');

    const kinship = within(table).getByRole('row', { name: /A kinship allowance at fostering rates/ });
    expect(within(kinship).getByText('Piloting')).toBeTruthy();
    expect(within(kinship).getByText('Ch 4 · 3')).toBeTruthy();
    expect(within(kinship).getByText('Chapter 4, recommendation 3')).toBeTruthy();
    // No internal ids on show.
    expect(table.textContent).not.toMatch(/\bfn-3\b/);
    expect(screen.getByRole('status', { name: '' }).textContent).toContain(`Showing ${recommendations.length} of`);
  });

  it('puts background records after every chapter, labelled as background', async () => {
    const table = await renderTable();
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'all' } });
    const ids = rowIds(table);
    const kinds = ids.map((id) => full.records.find((record) => record.id === id)!.kind);
    const firstContext = kinds.indexOf('context');
    expect(firstContext).toBe(recommendations.length);
    expect(kinds.slice(firstContext).every((kind) => kind === 'context')).toBe(true);
    const act = within(table).getByRole('row', {
      name: /Children’s Wellbeing and Schools Act 2026|Children's Wellbeing and Schools Act 2026/,
    });
    expect(within(act).getByText('Background')).toBeTruthy();
  });

  it('sorts by status and flips the order, saying so with aria-sort', async () => {
    const table = await renderTable();
    const statusHeader = within(table).getByRole('columnheader', { name: /Status$/ });
    fireEvent.click(within(statusHeader).getByRole('button'));
    expect(statusHeader.getAttribute('aria-sort')).toBe('ascending');
    const order = (ids: string[]) =>
      ids.map((id) => STATUSES.indexOf(recommendations.find((r) => r.id === id)!.status));
    const ascending = order(rowIds(table));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    fireEvent.click(within(statusHeader).getByRole('button'));
    expect(statusHeader.getAttribute('aria-sort')).toBe('descending');
    const descending = order(rowIds(table));
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
  });

  it('filters by words with a typo and marks the matched words in titles', async () => {
    const table = await renderTable();
    fireEvent.input(screen.getByLabelText('Search titles, terms, text and your notes'), {
      target: { value: 'regional care co-operatves' },
    });
    await waitFor(() => expect(rowIds(table)).toContain('care-1'));
    const row = within(table).getByRole('row', { name: /Regional Care Co-operatives/ });
    expect(row.querySelector('mark')?.textContent).toContain('Regional Care Co-operatives');
  });

  it('filters by status and theme, and shows background records on request', async () => {
    const table = await renderTable();
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'education' } });
    const education = recommendations.filter((record) => record.theme === 'education').map((record) => record.id);
    expect(rowIds(table).sort()).toEqual(education.sort());
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'context' } });
    expect(rowIds(table)).toContain('childrens-wellbeing-and-schools-act-2026');
    expect(rowIds(table).every((id) => full.records.find((record) => record.id === id)!.kind === 'context')).toBe(true);
  });

  it('counts each recommendation’s notes, live', async () => {
    const table = await renderTable();
    await addNote('fn-3', 'One');
    await addNote('fn-3', 'Two');
    const row = within(table).getByRole('row', { name: /A kinship allowance at fostering rates/ });
    await waitFor(() => expect(row.querySelector('.lens-col-notes')?.textContent).toBe('2'));
  });
});

describe('library: the status charts', () => {
  beforeEach(() => resetLibraryState('#/'));
  afterEach(cleanup);

  async function showCharts() {
    render(<LibraryApp />);
    const toggle = await screen.findByRole('button', { name: /Status charts/ });
    fireEvent.click(toggle);
    return toggle;
  }

  it('keeps the charts behind a toggle under the table’s heading, and remembers the choice', async () => {
    render(<LibraryApp />);
    const toggle = await screen.findByRole('button', { name: /Status charts/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('img', { name: /Recommendations by status/ })).toBeNull();
    const heading = screen.getByRole('heading', { level: 2, name: 'All recommendations' });
    expect(heading.compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await screen.findByRole('img', { name: /Recommendations by status/ })).toBeTruthy();
    await waitFor(async () => expect(await chartsShownItem.getValue()).toBe(true));

    // A library opened later shows them straight away.
    cleanup();
    render(<LibraryApp />);
    expect(await screen.findByRole('img', { name: /Recommendations by status/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Status charts/ }).getAttribute('aria-expanded')).toBe('true');
  });

  it('draws current counts per status as an SVG with a text alternative that adds up', async () => {
    await showCharts();
    const chart = await screen.findByRole('img', { name: /Recommendations by status as of/ });
    const description = chart.querySelector('desc')?.textContent ?? '';
    for (const status of ['legislated', 'rejected'] as const) {
      const count = recommendations.filter((record) => record.status === status).length;
      expect(description).toMatch(new RegExp(`${status === 'legislated' ? 'In law' : 'Rejected'}: ${count}`));
    }
    expect(chart.querySelectorAll('rect.lens-chart-fill').length).toBe(STATUSES.length);
  });

  it('labels the history chart honestly and gives its numbers as a table', async () => {
    await showCharts();
    await screen.findByRole('img', { name: /Status of the recommendations over time/ });
    expect(screen.getByText(/from each record’s dated status history/)).toBeTruthy();
    const numbers = screen.getByRole('region', { name: 'Numbers behind the status chart' });
    const lastRow = within(numbers).getAllByRole('row').at(-1)!;
    expect(within(lastRow).getAllByRole('cell').at(-1)!.textContent).toBe('0');
  });
});
