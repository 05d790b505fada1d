import { fakeBrowser } from '../../../support/fake-browser';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FullDataset } from '../../../../../data/compiled-types';
import dataset from '../../../../../data/generated/dataset.json';
import { LibraryApp } from '../../../../../components/pages/library/LibraryApp';
import { addNote, listNotes } from '../../../../../utils/extension/notes/notes-repository';
import { getSettings } from '../../../../../utils/shared/settings';
import { updateSettings } from '../../../../../utils/extension/update-settings';
import { resetLibraryState } from '../../../support/library-support';

const full = dataset as FullDataset;
const kinship = full.records.find((record) => record.id === 'fn-3')!;

describe('library: a record', () => {
  afterEach(cleanup);

  it('shows the whole timeline, every source, related links and the notes', async () => {
    await resetLibraryState('#/record/fn-3');
    render(<LibraryApp />);
    const heading = await screen.findByRole('heading', { level: 2, name: kinship.title });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.querySelectorAll('.crl-timeline-event')).toHaveLength(kinship.timeline.length);
    expect(screen.queryByRole('button', { name: /earlier event/ })).toBeNull();
    expect(document.querySelectorAll('.crl-source-list li')).toHaveLength(kinship.sources.length);
    for (const relatedId of kinship.related.filter((id) => full.records.some((record) => record.id === id))) {
      const related = full.records.find((record) => record.id === relatedId)!;
      expect(screen.getByRole('link', { name: related.title }).getAttribute('href')).toBe(`#/record/${relatedId}`);
    }
    expect(screen.getByRole('region', { name: 'Your notes' })).toBeTruthy();
    expect(document.title).toBe(`${kinship.title} — Care Review Lens library`);
    // The review's numbering, not the dataset's id.
    expect(screen.getByText('Chapter 4, recommendation 3')).toBeTruthy();
    expect(screen.queryByText(/Id: fn-3/)).toBeNull();
  });

  it('lands on the note box, ready to type, from an "Open notes" link', async () => {
    const scrolled = vi.fn();
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(scrolled);
    await resetLibraryState('#/record/fn-3/notes');
    render(<LibraryApp />);
    await screen.findByRole('heading', { level: 2, name: kinship.title });
    const box = screen.getByLabelText('Add a note');
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(scrolled).toHaveBeenCalledWith({ block: 'center' });

    // Moving on to another record's notes in the same tab lands there too.
    window.location.hash = '#/record/care-1/notes';
    await screen.findByRole('heading', { level: 2, name: /Regional Care Co-operatives/ });
    await waitFor(() => expect(document.activeElement?.id).toBe('note-new-care-1'));
  });

  it('says when the dataset was last checked more than three months ago, and not before', async () => {
    await resetLibraryState('#/record/fn-3');
    const { unmount } = render(<LibraryApp />);
    await screen.findByRole('heading', { level: 2, name: kinship.title });
    expect(document.querySelector('.lens-stale')).toBeNull();
    unmount();
    const asOf = new Date(`${full.meta.asOf}T12:00:00Z`);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(asOf.getTime() + 100 * 24 * 60 * 60 * 1000));
    try {
      render(<LibraryApp />);
      await screen.findByRole('heading', { level: 2, name: kinship.title });
      expect(document.querySelector('.lens-stale')?.textContent).toContain('more than three months ago');
    } finally {
      vi.useRealTimers();
    }
  });

  it('says so for an unknown id', async () => {
    await resetLibraryState('#/record/no-such-thing');
    render(<LibraryApp />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Not found' })).toBeTruthy();
    expect(screen.getByText(/no recommendation with the id “no-such-thing”/)).toBeTruthy();
  });

  it('follows the hash, marking the current section in the navigation', async () => {
    await resetLibraryState('#/');
    render(<LibraryApp />);
    await screen.findByRole('heading', { level: 2, name: 'All recommendations' });
    window.location.hash = '#/about';
    const about = await screen.findByRole('heading', { level: 2, name: 'About Care Review Lens' });
    await waitFor(() => expect(document.activeElement).toBe(about));
    const nav = screen.getByRole('navigation', { name: 'Library' });
    expect(within(nav).getByRole('link', { name: 'About' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Recommendations' }).getAttribute('aria-current')).toBeNull();
  });
});

describe('library: all notes', () => {
  beforeEach(() => resetLibraryState('#/notes'));
  afterEach(cleanup);

  it('lists, searches, edits and deletes notes with undo', async () => {
    await addNote('fn-3', 'Raised at the March scrutiny committee');
    await addNote('care-1', 'Ask the director about regional pilots');
    render(<LibraryApp />);
    const region = await screen.findByRole('region', { name: 'Your notes' });
    await within(region).findByText('Raised at the March scrutiny committee');
    expect(within(region).getByText('2 notes')).toBeTruthy();

    fireEvent.input(within(region).getByLabelText('Search your notes'), { target: { value: 'scrutiny' } });
    expect(within(region).getByText('1 of 2 notes match')).toBeTruthy();
    expect(within(region).getByRole('link', { name: kinship.title }).getAttribute('href')).toBe('#/record/fn-3');
    expect(region.querySelector('mark')?.textContent).toBe('scrutiny');

    fireEvent.click(within(region).getByRole('button', { name: /^Delete/ }));
    await waitFor(async () => expect((await listNotes('fn-3')).length).toBe(0));
    fireEvent.click(await within(region).findByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(region.querySelector('.lens-note-text')?.textContent).toBe('Raised at the March scrutiny committee'),
    );

    fireEvent.click(within(region).getByRole('button', { name: /^Edit/ }));
    fireEvent.input(within(region).getByLabelText('Edit note'), {
      target: { value: 'Raised again in April scrutiny' },
    });
    fireEvent.click(within(region).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await listNotes('fn-3'))[0]?.text).toBe('Raised again in April scrutiny'));
  });
});

describe('library: export and import', () => {
  beforeEach(() => resetLibraryState('#/data'));
  afterEach(cleanup);

  it('shows the importer’s exact message for a bad file and imports a good one', async () => {
    render(<LibraryApp />);
    const input = (await screen.findByLabelText('Notes file (JSON)')) as HTMLInputElement;
    const bad = new File(['{"format":"care-review-lens-notes","formatVersion":1,"notes":[{"id":"a"}]'], 'notes.json', {
      type: 'application/json',
    });
    fireEvent.change(input, { target: { files: [bad] } });
    fireEvent.click(screen.getByRole('button', { name: 'Import notes' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file is cut off: it ends before the notes list is complete, perhaps because a download or copy did not ' +
        'finish. Export your notes again and import the new file. Nothing was imported.',
    );

    const good = new File(
      [
        JSON.stringify({
          format: 'care-review-lens-notes',
          formatVersion: 1,
          notes: [
            {
              id: 'imported-1',
              recordId: 'fn-3',
              text: 'From my other laptop',
              createdAt: '2026-01-02T10:00:00Z',
              updatedAt: '2026-01-02T10:00:00Z',
            },
          ],
        }),
      ],
      'notes.json',
      { type: 'application/json' },
    );
    fireEvent.change(input, { target: { files: [good] } });
    fireEvent.click(screen.getByRole('button', { name: 'Import notes' }));
    expect(await screen.findByText('Imported 1 note: 1 added, 0 updated, 0 already up to date.')).toBeTruthy();
    expect((await listNotes('fn-3')).map((note) => note.text)).toEqual(['From my other laptop']);
  });

  it('keeps Import and the note exports disabled until they can act', async () => {
    render(<LibraryApp />);
    const importButton = (await screen.findByRole('button', { name: 'Import notes' })) as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);
    expect(screen.getByText('Choose a file first.')).toBeTruthy();
    const file = new File(['{}'], 'my-notes.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Notes file (JSON)'), { target: { files: [file] } });
    expect(importButton.disabled).toBe(false);
    expect(screen.getByText('Ready to import my-notes.json.')).toBeTruthy();

    for (const name of ['Notes as JSON', 'Notes as Markdown', 'Notes as CSV']) {
      expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
    }
    expect(screen.getByText(/You have no notes yet/)).toBeTruthy();
    await addNote('fn-3', 'Something to export');
    cleanup();
    render(<LibraryApp />);
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Notes as JSON' }) as HTMLButtonElement).disabled).toBe(false),
    );
  });

  it('says what the dataset downloads are for, in readers’ words', async () => {
    render(<LibraryApp />);
    const section = await screen.findByRole('region', { name: 'Download the dataset' });
    expect(section.textContent).toContain('opens in a spreadsheet');
    expect(section.textContent).not.toMatch(/npm|--json/);
  });

  it('says which dataset version the downloads hold', async () => {
    render(<LibraryApp />);
    const section = await screen.findByRole('region', { name: 'Download the dataset' });
    expect(section.textContent).toContain(`dataset version ${full.meta.version}`);
    expect(within(section).getByRole('button', { name: 'Dataset as JSON' })).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Dataset as CSV' })).toBeTruthy();
  });
});

describe('library: settings', () => {
  beforeEach(() => resetLibraryState('#/settings'));
  afterEach(cleanup);

  it('saves pause, first mention only, highlight style and hover delay at once', async () => {
    render(<LibraryApp />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Pause on all sites' }));
    fireEvent.click(screen.getByLabelText('Mark only the first mention of each recommendation on a page'));
    fireEvent.click(screen.getByLabelText(/^Tint/));
    fireEvent.input(screen.getByRole('slider', { name: /Wait before a card opens on hover/ }), {
      target: { value: '900' },
    });
    await waitFor(async () =>
      expect(await getSettings()).toMatchObject({
        paused: true,
        firstMentionOnly: true,
        highlightStyle: 'tint',
        hoverDelayMs: 900,
      }),
    );
  });

  it('marks proposals only, fading repeats, until the reader asks for background marks', async () => {
    render(<LibraryApp />);
    const background = (await screen.findByLabelText(
      /^Mark background items \(the review, the strategy, the Act, people, funding totals\)/,
    )) as HTMLInputElement;
    const fade = screen.getByLabelText(/^Fade repeated mentions after the first in each section/) as HTMLInputElement;
    expect(background.checked).toBe(false);
    expect(fade.checked).toBe(true);
    fireEvent.click(background);
    fireEvent.click(fade);
    await waitFor(async () => expect(await getSettings()).toMatchObject({ markBackground: true, fadeRepeats: false }));

    // With only first mentions marked there are no repeats to fade.
    fireEvent.click(screen.getByLabelText('Mark only the first mention of each recommendation on a page'));
    await waitFor(() => expect(fade.disabled).toBe(true));
    expect(fade.getAttribute('aria-describedby')).toBe('fade-repeats-hint');
    expect(document.getElementById('fade-repeats-hint')?.textContent).toContain('Nothing to fade');
  });

  it('lists sites switched on and off, and switches them back', async () => {
    await updateSettings({ enabledSites: ['news.example.org'], disabledSites: ['www.communitycare.co.uk'] });
    (fakeBrowser.permissions as { remove: unknown }).remove = vi.fn(async () => true);
    render(<LibraryApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Switch off for news.example.org' }));
    await waitFor(async () => expect((await getSettings()).enabledSites).toEqual([]));
    fireEvent.click(screen.getByRole('button', { name: 'Switch back on for www.communitycare.co.uk' }));
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['news.example.org']));
  });

  it('asks for permission when adding a site, and refuses what is not a web address', async () => {
    const request = vi.fn(async () => true);
    (fakeBrowser.permissions as { request: unknown }).request = request;
    render(<LibraryApp />);
    const field = await screen.findByLabelText('Switch on another site');
    expect((screen.getByRole('button', { name: 'Switch on' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(field, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Switch on' }));
    expect((await screen.findByRole('alert')).textContent).toContain('is not a web address');
    fireEvent.input(field, { target: { value: 'https://news.example.org/story' } });
    fireEvent.click(screen.getByRole('button', { name: 'Switch on' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://news.example.org/*', 'http://news.example.org/*'] });
    await waitFor(async () => expect((await getSettings()).enabledSites).toEqual(['news.example.org']));
  });
});

describe('library: about', () => {
  beforeEach(() => resetLibraryState('#/about'));
  afterEach(cleanup);

  it('shows the version, as-of date, privacy promise and sources', async () => {
    render(<LibraryApp />);
    expect((await screen.findByTestId('dataset-version')).textContent).toBe(full.meta.version);
    const about = screen.getByRole('region', { name: 'About Care Review Lens' });
    expect(within(about).getByText(/makes no network requests/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your privacy: nothing leaves your browser' })).toBeTruthy();
    expect(
      screen.getAllByRole('link').filter((link) => link.getAttribute('href')?.startsWith('https://')).length,
    ).toBeGreaterThan(10);
  });

  it('defines every status in the data’s own words, with the in-force states of a law', async () => {
    render(<LibraryApp />);
    const about = await screen.findByRole('region', { name: 'About Care Review Lens' });
    expect(within(about).getByText('6 December 2026')).toBeTruthy();
    for (const entry of full.statuses.statuses) expect(within(about).getByText(entry.definition)).toBeTruthy();
    for (const entry of full.statuses.inForce) {
      expect(within(about).getByText(entry.label)).toBeTruthy();
      expect(within(about).getByText(entry.definition)).toBeTruthy();
    }
    expect(within(about).getByText('Not taken up')).toBeTruthy();
  });
});
