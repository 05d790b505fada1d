import '../../../support/fake-browser';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FullDataset } from '../../../../../data/compiled-types';
import { STATUSES } from '../../../../../utils/shared/vocabulary';
import dataset from '../../../../../data/generated/dataset.json';
import { LibraryApp } from '../../../../../components/pages/library/LibraryApp';
import { addNote } from '../../../../../utils/extension/notes/notes-repository';
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

  it('lists every recommendation, alphabetically, with status in words', async () => {
    const table = await renderTable();
    const ids = rowIds(table);
    expect(ids).toHaveLength(recommendations.length);
    const titles = ids.map((id) => recommendations.find((record) => record.id === id)!.title);
    expect(titles).toEqual(
      [...titles].sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true, sensitivity: 'base' })),
    );
    const kinship = within(table).getByRole('row', { name: /A kinship allowance at fostering rates/ });
    expect(within(kinship).getByText('Piloting')).toBeTruthy();
    expect(screen.getByRole('status', { name: '' }).textContent).toContain(`Showing ${recommendations.length} of`);
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

describe('library: the overview chart', () => {
  beforeEach(() => resetLibraryState('#/'));
  afterEach(cleanup);

  it('draws current counts per status as an SVG with a text alternative that adds up', async () => {
    render(<LibraryApp />);
    const chart = await screen.findByRole('img', { name: /Recommendations by status as of/ });
    const description = chart.querySelector('desc')?.textContent ?? '';
    for (const status of ['legislated', 'rejected'] as const) {
      const count = recommendations.filter((record) => record.status === status).length;
      expect(description).toMatch(new RegExp(`${status === 'legislated' ? 'In law' : 'Rejected'}: ${count}`));
    }
    expect(chart.querySelectorAll('rect.lens-chart-fill').length).toBe(STATUSES.length);
  });

  it('labels the history chart honestly and gives its numbers as a table', async () => {
    render(<LibraryApp />);
    await screen.findByRole('img', { name: /Status of the recommendations over time/ });
    expect(screen.getByText(/from each record’s dated status history/)).toBeTruthy();
    const numbers = screen.getByRole('region', { name: 'Numbers behind the status chart' });
    const lastRow = within(numbers).getAllByRole('row').at(-1)!;
    expect(within(lastRow).getAllByRole('cell').at(-1)!.textContent).toBe('0');
  });
});
